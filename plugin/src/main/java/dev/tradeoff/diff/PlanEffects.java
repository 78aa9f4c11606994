package dev.tradeoff.diff;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.InitiativeFinancials;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;

/**
 * How much of an initiative's NPV change the plan's settings made. A new discount rate, cost per
 * person-month, start or horizon moves the NPV of every initiative, changed or not; without this the
 * diff would put that on whichever initiatives' files happened to change too (a comment edit next
 * to a discount-rate change read as "Checkout changed (NPV −$152k)"). The head's version of an
 * initiative is valued under the base's plan as well: the difference is the plan's part, the rest
 * its own changes'.
 */
final class PlanEffects {

    /** The head's initiatives under the base's plan; null when the plans value money alike. */
    private final InitiativeFinancials underBasePlan;
    private final Plan basePlan;
    private final Plan headPlan;

    private PlanEffects(InitiativeFinancials underBasePlan, Plan basePlan, Plan headPlan) {
        this.underBasePlan = underBasePlan;
        this.basePlan = basePlan;
        this.headPlan = headPlan;
    }

    static PlanEffects of(Plan before, Strategy head) {
        return new PlanEffects(valuesAlike(before, head.plan()) ? null : new InitiativeFinancials(before, head.initiatives()),
                before, head.plan());
    }

    /** The settings SPEC.md section 2 values cash flows with. */
    private static boolean valuesAlike(Plan a, Plan b) {
        return a.start().equals(b.start())
                && a.horizon() == b.horizon()
                && a.discountRate() == b.discountRate()
                && a.costPerPersonMonth().value().compareTo(b.costPerPersonMonth().value()) == 0;
    }

    /**
     * The NPV of the head's version under the head's plan less its NPV under the base's (a dropped
     * initiative's counting as 0): what the plan's settings alone did to it.
     */
    double of(InitiativeFigures base, InitiativeFigures head) {
        if (underBasePlan == null || head.npv() == null) {
            return 0;
        }
        Initiative initiative = head.initiative();
        if (followsThePlanStart(base.initiative(), initiative)) {
            // Under the base's plan it would start with that plan: the move is the plan's doing.
            initiative = initiative.startingIn(basePlan.start());
        }
        return head.npv() - underBasePlan.figures(initiative).npv();
    }

    /**
     * A proposed initiative that starts with the plan on both sides, when the plan's start moved:
     * almost always one that gives no start of its own and takes the plan's (SPEC.md's default).
     */
    private boolean followsThePlanStart(Initiative base, Initiative head) {
        return !basePlan.start().equals(headPlan.start())
                && base.status() == Status.PROPOSED && head.status() == Status.PROPOSED
                && base.start().equals(basePlan.start()) && head.start().equals(headPlan.start());
    }
}
