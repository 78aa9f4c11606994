package dev.tradeoff.diff;

import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.List;

/**
 * An initiative on both sides whose file differs. {@code fields} are the fields whose values differ
 * in YAML order (empty when only comments or formatting changed). {@code npvBefore} and
 * {@code npvAfter} are null for a dropped initiative; {@code npvDelta} counts those as 0.
 * {@code planEffect} is the part of {@code npvDelta} the plan's settings made ({@link PlanEffects}).
 * {@code startShift} is {@code startAfter − startBefore} in quarters (positive = later);
 * {@code costOfDelay} is the one after the change. {@code title} and {@code kind} are the ones after
 * the change, and so is {@code planStart}, the plan's start. {@code durationBefore} and
 * {@code durationAfter} are its build quarters on each side.
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
        double planEffect,
        Quarter startBefore,
        Quarter startAfter,
        int startShift,
        double costOfDelay,
        Quarter planStart,
        int durationBefore,
        int durationAfter) {

    public ChangedInitiative {
        fields = List.copyOf(fields);
    }

    /** The part of {@code npvDelta} made by its own changes, not by the plan's settings. */
    public double ownNpvDelta() {
        return npvDelta - planEffect;
    }

    /** Whether anything but comments or formatting changed. */
    public boolean hasFieldChanges() {
        return !fields.isEmpty();
    }

    public boolean isDroppedByChange() {
        return statusBefore != Status.DROPPED && statusAfter == Status.DROPPED;
    }

    /** Dropped before the change, planned after it. */
    public boolean isRevivedByChange() {
        return statusBefore == Status.DROPPED && statusAfter != Status.DROPPED;
    }

    /** Dropped on both sides, and changed all the same. */
    public boolean isStillDropped() {
        return statusBefore == Status.DROPPED && statusAfter == Status.DROPPED;
    }

    /** Its start moved while it was planned (not dropped) on both sides: a schedule shift with a delay cost. */
    public boolean isRescheduled() {
        return startShift != 0 && statusBefore != Status.DROPPED && statusAfter != Status.DROPPED;
    }

    /**
     * How many quarters longer (positive) or shorter its build became while it was planned on both
     * sides; 0 otherwise. It moves the go-live as much as a later start does, and costs no delay
     * in SPEC.md's sense, so it is said on its own.
     */
    public int durationChange() {
        return statusBefore != Status.DROPPED && statusAfter != Status.DROPPED ? durationAfter - durationBefore : 0;
    }

    /** The first quarter of benefits before the change. */
    public Quarter goLiveBefore() {
        return startBefore.plus(durationBefore);
    }

    /** The first quarter of benefits after the change. */
    public Quarter goLiveAfter() {
        return startAfter.plus(durationAfter);
    }

    /**
     * {@code startShift × costOfDelay} for a {@linkplain #isRescheduled() rescheduled} initiative, else
     * null. An initiative dropped on either side was not planned there: reviving it a quarter before
     * its old start makes no work start sooner, and dropping it makes none start later. Its NPV delta
     * says what the change is worth.
     */
    public Double delayCost() {
        return isRescheduled() ? startShift * costOfDelay : null;
    }

    /**
     * The quarters of a start's move that lie before the plan's start, either way: 2 for a start
     * moved from 2027-Q1 to 2026-Q3 in a plan from 2027-Q1, 1 for one moved from 2027-Q3 to 2026-Q4
     * (its other 2 quarters are within the plan), 1 for one moved from 2026-Q4 to 2027-Q2; 0 for a
     * move within the plan.
     */
    public int quartersBeforePlan() {
        if (!isRescheduled()) {
            return 0;
        }
        Quarter from = startShift > 0 ? startBefore : startAfter;
        Quarter to = startShift > 0 ? startAfter : startBefore;
        if (!from.isBefore(planStart)) {
            return 0;
        }
        return (to.isBefore(planStart) ? to : planStart).minus(from);
    }

    /** The start's move in quarters within the plan, with its sign: {@code startShift} less the quarters before the plan. */
    public int shiftWithinPlan() {
        return Integer.signum(startShift) * (Math.abs(startShift) - quartersBeforePlan());
    }

    /**
     * What the move costs in delay within the plan, as the verdict counts it: positive for a slip,
     * negative for a saving. The quarters before the plan's start count neither way: work moved back
     * before it is already under way or wrongly dated, so no change makes it start sooner, and work
     * moved out of them into the plan (a start corrected to the plan's) starts no later than the plan
     * could have it. 0 when the start did not move. {@link #delayCost()} is SPEC.md's figure, the whole shift.
     */
    public double delayWithinPlan() {
        return isRescheduled() ? shiftWithinPlan() * costOfDelay : 0;
    }
}
