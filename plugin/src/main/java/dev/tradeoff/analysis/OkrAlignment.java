package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC.md section 3, alignment: key results no non-dropped initiative names, non-dropped initiatives
 * naming no key result, and the share of non-dropped effort that is linked to key results.
 */
public final class OkrAlignment {

    private OkrAlignment() {
    }

    public static Alignment analyse(Strategy strategy) {
        return analyse(strategy, KeyResultIndex.of(strategy.initiatives()));
    }

    public static Alignment analyse(Strategy strategy, KeyResultIndex index) {
        List<String> unfunded = new ArrayList<>();
        for (Objective objective : strategy.objectives()) {
            for (KeyResult keyResult : objective.keyResults()) {
                String reference = objective.id() + "/" + keyResult.id();
                if (!index.isFunded(reference)) {
                    unfunded.add(reference);
                }
            }
        }
        unfunded.sort(IdOrder.CODE_POINTS);

        List<String> unaligned = new ArrayList<>();
        double linkedEffort = 0;
        double allEffort = 0;
        for (Initiative initiative : IdOrder.initiatives(strategy.initiatives())) {
            if (initiative.isDropped()) {
                continue;
            }
            allEffort += initiative.effort();
            if (initiative.keyResults().isEmpty()) {
                unaligned.add(initiative.id());
            } else {
                linkedEffort += initiative.effort();
            }
        }
        Double share = allEffort == 0 ? null : linkedEffort / allEffort;
        return new Alignment(unfunded, unaligned, share);
    }
}
