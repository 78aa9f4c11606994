package dev.tradeoff.load;

import dev.tradeoff.model.Objective;
import java.util.Set;

/**
 * What could be read of one objective file: the ids of its key results ({@code keyResultIds} null
 * when they could not all be read, so references into it are not judged), and the
 * {@link Objective} when the file has no problem.
 */
record ObjectiveDraft(String id, Set<String> keyResultIds, Objective objective) {

    static ObjectiveDraft unreadable(String id) {
        return new ObjectiveDraft(id, null, null);
    }
}
