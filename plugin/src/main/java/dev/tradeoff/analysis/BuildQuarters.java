package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;

/**
 * An initiative's build quarters as plan indexes k (1 is the plan's first quarter), from
 * {@code first} to {@code last}, against a plan of {@code horizon} quarters. SPEC §2 counts effort
 * only in 1..horizon: quarters before the plan are sunk, those after it out of view. The allocation,
 * the team load and what the pages say about sunk work all read the split from here.
 */
public record BuildQuarters(int first, int last, int horizon) {

    public static BuildQuarters of(Initiative initiative, Plan plan) {
        int first = plan.indexOf(initiative.start());
        return new BuildQuarters(first, first + initiative.duration() - 1, plan.horizon());
    }

    /** The first build quarter inside the plan; past {@link #lastInPlan()} when there is none. */
    public int firstInPlan() {
        return Math.max(first, 1);
    }

    /** The last build quarter inside the plan. */
    public int lastInPlan() {
        return Math.min(last, horizon);
    }

    /** How many build quarters lie inside the plan. */
    public int inPlan() {
        return Math.max(0, lastInPlan() - firstInPlan() + 1);
    }

    /** How many build quarters lie before the plan (k ≤ 0): sunk. */
    public int beforePlan() {
        return Math.max(0, Math.min(last, 0) - first + 1);
    }

    /** Every build quarter is before the plan: the whole build is sunk. */
    public boolean allBeforePlan() {
        return last < 1;
    }
}
