package dev.tradeoff.narrative;

import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.Portfolio;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SPEC's unfunded key results (no non-dropped initiative names them) split by whether they are met.
 * One not yet met needs work someone should fund or drop; one already met needs none, and calling
 * it "unfunded" in red, or telling the reader to fund it, is wrong. Both lists keep SPEC's order.
 */
public record UnfundedKeyResults(List<String> unmet, List<String> met) {

    public UnfundedKeyResults {
        unmet = List.copyOf(unmet);
        met = List.copyOf(met);
    }

    /**
     * Whether a key result has reached its target, in whichever direction is better: SPEC's progress
     * is clamped to 1 exactly when current is at or past the target (or equals it when target and
     * baseline are the same).
     */
    public static boolean isMet(KeyResultProgress progress) {
        return progress.progress() >= 1;
    }

    public static UnfundedKeyResults of(Portfolio portfolio) {
        Set<String> met = new HashSet<>();
        for (ObjectiveScore objective : portfolio.okrs()) {
            for (KeyResultProgress progress : objective.keyResults()) {
                if (isMet(progress)) {
                    met.add(progress.reference());
                }
            }
        }
        List<String> unmetUnfunded = new ArrayList<>();
        List<String> metUnfunded = new ArrayList<>();
        for (String reference : portfolio.alignment().unfundedKeyResults()) {
            (met.contains(reference) ? metUnfunded : unmetUnfunded).add(reference);
        }
        return new UnfundedKeyResults(unmetUnfunded, metUnfunded);
    }
}
