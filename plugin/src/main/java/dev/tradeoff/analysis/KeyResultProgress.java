package dev.tradeoff.analysis;

import dev.tradeoff.model.KeyResult;
import java.util.List;

/** Progress of one key result (0..1) and the non-dropped initiatives that name it, in id order. */
public record KeyResultProgress(String objectiveId, KeyResult keyResult, double progress, List<String> initiatives) {

    public KeyResultProgress {
        initiatives = List.copyOf(initiatives);
    }

    /** The reference form {@code objective-id/kr-id}. */
    public String reference() {
        return objectiveId + "/" + keyResult.id();
    }
}
