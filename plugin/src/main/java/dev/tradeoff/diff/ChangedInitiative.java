package dev.tradeoff.diff;

import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.List;

/**
 * An initiative on both sides whose file differs. {@code fields} are the fields whose values differ
 * in YAML order (empty when only comments or formatting changed). {@code npvBefore} and
 * {@code npvAfter} are null for a dropped initiative; {@code npvDelta} counts those as 0.
 * {@code startShift} is {@code startAfter − startBefore} in quarters (positive = later);
 * {@code delayCost} is {@code startShift × costOfDelay} (the cost of delay after the change), null
 * when the start did not move or the initiative is dropped after the change. {@code title} and
 * {@code kind} are the ones after the change.
 */
public record ChangedInitiative(
        String id,
        String title,
        Kind kind,
        Status statusBefore,
        Status statusAfter,
        List<FieldChange> fields,
        Double npvBefore,
        Double npvAfter,
        double npvDelta,
        Quarter startBefore,
        Quarter startAfter,
        int startShift,
        double costOfDelay,
        Double delayCost) {

    public ChangedInitiative {
        fields = List.copyOf(fields);
    }

    /** Whether anything but comments or formatting changed. */
    public boolean hasFieldChanges() {
        return !fields.isEmpty();
    }

    public boolean isDroppedByChange() {
        return statusBefore != Status.DROPPED && statusAfter == Status.DROPPED;
    }
}
