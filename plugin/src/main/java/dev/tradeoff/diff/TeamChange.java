package dev.tradeoff.diff;

/**
 * A team (on both sides) whose peak utilisation moved: load over capacity at its busiest quarter,
 * null when it has no capacity.
 */
public record TeamChange(String id, String name, Double peakBefore, Double peakAfter, boolean overloadedBefore,
        boolean overloadedAfter) {

    /** Not overloaded before, overloaded after. */
    public boolean becomesOverloaded() {
        return !overloadedBefore && overloadedAfter;
    }
}
