package dev.tradeoff.diff;

import dev.tradeoff.analysis.TeamLoad;

/**
 * A team whose peak utilisation moved (load over capacity at its busiest quarter, null when it has
 * no capacity), or whose work it cannot deliver moved. {@code before} and {@code after} are the team
 * on each side, null on a side it is not on: a team on one side only is listed when it owns work it
 * has no capacity for.
 */
public record TeamChange(String id, String name, Double peakBefore, Double peakAfter, boolean overloadedBefore,
        boolean overloadedAfter, Staffing before, Staffing after) {

    /**
     * A team on one side: its people, its capacity in person-months a quarter, and the person-months
     * of work it owns inside the plan (its load summed over the plan's quarters).
     */
    public record Staffing(double people, double capacity, double work) {

        static Staffing of(TeamLoad load) {
            return new Staffing(load.team().people(), load.capacity(), load.load().stream().mapToDouble(Double::doubleValue).sum());
        }

        /**
         * The work it owns that it cannot deliver: all of it when it has no capacity, where SPEC.md
         * gives it no peak utilisation and never calls it overloaded.
         */
        public double undeliverable() {
            return capacity == 0 ? work : 0;
        }
    }

    /** Not overloaded before, overloaded after. */
    public boolean becomesOverloaded() {
        return !overloadedBefore && overloadedAfter;
    }

    /** Overloaded on both sides, and more so after. */
    public boolean moreOverloaded() {
        return overloadedBefore && overloadedAfter && peakAfter > peakBefore;
    }

    /** Overloaded on both sides, and less so after. */
    public boolean lessOverloaded() {
        return overloadedBefore && overloadedAfter && peakAfter < peakBefore;
    }

    /** Overloaded before, not after, and still there with people to do its work. */
    public boolean endsOverload() {
        return overloadedBefore && !overloadedAfter && after != null && after.capacity() > 0;
    }

    /** Person-months of work it owns and cannot deliver before the change (0 when it was not there). */
    public double undeliverableBefore() {
        return before == null ? 0 : before.undeliverable();
    }

    /** Person-months of work it owns and cannot deliver after the change (0 when it is not there). */
    public double undeliverableAfter() {
        return after == null ? 0 : after.undeliverable();
    }

    /** More of its work than before has no one to deliver it: moved onto it, or its people gone. */
    public boolean strandsWork() {
        return undeliverableAfter() - undeliverableBefore() > PERSON_MONTH_NOISE;
    }

    /** Less of its work than before has no one to deliver it: moved off it, or people joined. */
    public boolean freesStrandedWork() {
        return undeliverableBefore() - undeliverableAfter() > PERSON_MONTH_NOISE;
    }

    /** Below this, person-months summed two ways are the same amount. */
    static final double PERSON_MONTH_NOISE = 1e-9;
}
