package dev.tradeoff.narrative;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;

/**
 * How an initiative's build quarters fall against the plan: how many lie before its first quarter
 * (sunk, SPEC §2) and how many inside it. The rest, if any, lie after the plan's last quarter.
 */
record BuildQuarters(int beforePlan, int inPlan) {

    static BuildQuarters of(Initiative initiative, Plan plan) {
        int first = plan.indexOf(initiative.start());
        int last = first + initiative.duration() - 1;
        // Quarter index k = 1 is the plan start, so k ≤ 0 is before it and k > horizon after it.
        int before = Math.max(0, Math.min(last, 0) - first + 1);
        int in = Math.max(0, Math.min(last, plan.horizon()) - Math.max(first, 1) + 1);
        return new BuildQuarters(before, in);
    }

    /** Every build quarter is before the plan: the whole build is sunk. */
    boolean allBeforePlan(Initiative initiative) {
        return beforePlan == initiative.duration();
    }
}
