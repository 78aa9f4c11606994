package dev.tradeoff.load;

import dev.tradeoff.model.Objective;

/**
 * What could be read of one objective file: the ids of its key results, as far as they could be read,
 * and the {@link Objective} when the file has no problem.
 */
record ObjectiveDraft(String id, KnownIds keyResults, Objective objective) {

    static ObjectiveDraft unreadable(String id) {
        return new ObjectiveDraft(id, KnownIds.unknown(), null);
    }
}
