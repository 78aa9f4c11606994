package dev.tradeoff.analysis;

import dev.tradeoff.model.Objective;
import java.util.List;

/** An objective's score (mean key-result progress), grade, and its key results in the order written. */
public record ObjectiveScore(Objective objective, double score, Grade grade, List<KeyResultProgress> keyResults) {

    public ObjectiveScore {
        keyResults = List.copyOf(keyResults);
    }

    public String id() {
        return objective.id();
    }
}
