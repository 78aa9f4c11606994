package dev.tradeoff.diff;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;

/**
 * An initiative of the head whose work has not started (proposed or committed) and yet falls, on
 * one side or both, before its plan's start, by a different amount on each side. SPEC.md section 2
 * counts every quarter before the plan start as sunk: that work, still to do, is in no figure, so
 * moving a start back before the plan takes its cost out of the NPV and reads as a gain.
 *
 * <p>{@code sunkQuartersBefore} and {@code sunkQuartersAfter} are its build quarters before the
 * plan start on each side (0 on a side where it has started, is done or dropped, or is not there);
 * {@code sunkCostBefore} and {@code sunkCostAfter} the cost of those quarters with its one-off cost
 * (spent in its first quarter), undiscounted, as written. {@code title}, {@code status},
 * {@code start} and {@code planStart} are the head's.
 */
public record UnstartedWorkBeforePlan(
        String id,
        String title,
        Status status,
        Quarter start,
        Quarter planStart,
        int sunkQuartersBefore,
        int sunkQuartersAfter,
        double sunkCostBefore,
        double sunkCostAfter) {

    /** The head's {@code after} compared with the base's {@code before} (null when it was not there). */
    static UnstartedWorkBeforePlan of(Initiative before, Plan basePlan, Initiative after, Plan headPlan) {
        return new UnstartedWorkBeforePlan(after.id(), after.title(), after.status(), after.start(), headPlan.start(),
                before == null ? 0 : sunkQuarters(before, basePlan), sunkQuarters(after, headPlan),
                before == null ? 0 : sunkCost(before, basePlan), sunkCost(after, headPlan));
    }

    /** Whether the sides differ at all (else there is nothing to say). */
    boolean differs() {
        return sunkQuartersBefore != sunkQuartersAfter || Math.abs(sunkCostAfter - sunkCostBefore) >= DiffWording.NO_MONEY;
    }

    /** More of its unstarted work is counted as already spent than before: what the verdict warns of. */
    boolean grows() {
        return sunkQuartersAfter > sunkQuartersBefore || sunkCostAfter - sunkCostBefore >= DiffWording.NO_MONEY;
    }

    /** The cost this change takes out of the figures (negative when it puts some back). */
    double sunkCostAdded() {
        return sunkCostAfter - sunkCostBefore;
    }

    /** Proposed and committed work has not begun: none of it can have been spent yet. */
    static boolean notStarted(Initiative initiative) {
        return initiative.status() == Status.PROPOSED || initiative.status() == Status.COMMITTED;
    }

    /** Build quarters of a not-started initiative before the plan's start; 0 for any other. */
    static int sunkQuarters(Initiative initiative, Plan plan) {
        if (!notStarted(initiative)) {
            return 0;
        }
        return Math.max(0, Math.min(initiative.duration(), plan.start().minus(initiative.start())));
    }

    /**
     * What SPEC.md section 2 leaves out of a not-started initiative's costs: its build cost per
     * quarter ({@code effort × costPerPersonMonth / duration}) in each quarter before the plan, and
     * its one-off cost when its first quarter is one of them. Undiscounted.
     */
    static double sunkCost(Initiative initiative, Plan plan) {
        int quarters = sunkQuarters(initiative, plan);
        if (quarters == 0) {
            return 0;
        }
        double buildPerQuarter = initiative.effort() * plan.costPerPersonMonth().amount() / initiative.duration();
        double oneOff = initiative.oneOffCost() == null ? 0 : initiative.oneOffCost().amount();
        return quarters * buildPerQuarter + oneOff;
    }
}
