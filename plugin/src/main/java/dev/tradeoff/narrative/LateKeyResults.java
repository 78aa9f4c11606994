package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Key results not yet met whose every initiative goes live after the objective's quarter: funded, so
 * SPEC's unfunded list leaves them out, but by work that cannot move them in time. Work moves a key
 * result from its go-live quarter, the first with benefits: work whose build ends in the objective's
 * quarter is late too. Done work has landed. The most quarters late first, then in the order the
 * objectives are written.
 */
record LateKeyResults(List<Late> late) {

    /** One such key result, with the first of its work to go live. */
    record Late(ObjectiveScore objective, KeyResultProgress keyResult, Initiative soonest) {

        int quartersLate() {
            return soonest.goLive().minus(objective.objective().quarter());
        }
    }

    LateKeyResults {
        late = List.copyOf(late);
    }

    static LateKeyResults of(Portfolio portfolio) {
        Map<String, Initiative> byId = new HashMap<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            byId.putIfAbsent(figures.id(), figures.initiative());
        }
        List<Late> late = new ArrayList<>();
        for (ObjectiveScore objective : portfolio.okrs()) {
            Quarter due = objective.objective().quarter();
            for (KeyResultProgress keyResult : objective.keyResults()) {
                Initiative soonest = soonest(keyResult, byId);
                if (!UnfundedKeyResults.isMet(keyResult) && soonest != null && !soonest.isDone()
                        && soonest.goLive().isAfter(due)) {
                    late.add(new Late(objective, keyResult, soonest));
                }
            }
        }
        // Stable: equally late ones stay in the order written.
        late.sort(Comparator.comparingInt(Late::quartersLate).reversed());
        return new LateKeyResults(late);
    }

    /** The key result's work that lands first (done work first of all); null when it has none. */
    private static Initiative soonest(KeyResultProgress keyResult, Map<String, Initiative> byId) {
        Initiative soonest = null;
        for (String id : keyResult.initiatives()) {
            Initiative initiative = byId.get(id);
            if (initiative.isDone()) {
                return initiative;
            }
            if (soonest == null || initiative.goLive().isBefore(soonest.goLive())) {
                soonest = initiative;
            }
        }
        return soonest;
    }
}
