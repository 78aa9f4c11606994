package dev.tradeoff.diff;

import dev.tradeoff.model.Quarter;
import java.util.List;

/**
 * The scalability inflexion on each side: the breach quarter (null without {@code scale.yaml} or
 * without a breach) and the scalability initiatives whose lateness moved, in id order.
 */
public record ScaleChange(
        boolean scaleBefore,
        boolean scaleAfter,
        Quarter breachBefore,
        Quarter breachAfter,
        List<LatenessChange> lateness) {

    public ScaleChange {
        lateness = List.copyOf(lateness);
    }

    public boolean breachMoved() {
        return breachBefore == null ? breachAfter != null : !breachBefore.equals(breachAfter);
    }

    /** {@code breachAfter − breachBefore} in quarters (negative = sooner), null unless both exist. */
    public Integer breachShift() {
        return breachBefore == null || breachAfter == null ? null : breachAfter.minus(breachBefore);
    }

    /** scale.yaml is on one side only: the other had no breach to compare, so the file moved, not the breach. */
    public boolean fileAddedOrRemoved() {
        return scaleBefore != scaleAfter;
    }

    public boolean isEmpty() {
        return !breachMoved() && lateness.isEmpty();
    }
}
