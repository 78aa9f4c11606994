package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.InitiativeFinancials;
import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import java.util.Optional;

/**
 * Work whose benefits the plan cuts short. SPEC §2 counts only the quarters in the plan, so the NPV
 * of work that goes live late, or ramps up slowly, holds its costs and only a few quarters of
 * benefits: it understates the work.
 *
 * <p>Whether a loss is the horizon's doing is one rule, for every initiative that loses money: one
 * more horizon must plausibly pay it back. Its full-rate net benefit per quarter (the sum of its
 * benefit amounts less its run cost), earned in each quarter from the later of the quarter after the
 * plan ends and its go-live up to a horizon's length after the plan ends, and discounted to today as
 * the plan discounts, must be at least its loss (−NPV). The test is generous on purpose (it ignores
 * ramps and any build cost after the plan), so work it does not pass surely needs rethinking: a
 * $2M platform bringing $10k a quarter loses money whatever the horizon. Work that passes loses money
 * only because the plan ends, wherever in the plan it goes live ({@code understates}). Work that gains
 * money is said to be understated when it goes live in the plan's last quarter or later, or reaches
 * full rate only after it. Work whose full-rate benefits do not outweigh its run cost is never cut
 * short: the quarters left out would not add value.
 *
 * <p>{@code fullRate} is the quarter its slowest benefit reaches full rate; {@code inPlan} how many
 * quarters of benefits fall inside the plan; {@code understates} false for losing work whose benefits
 * fall late yet would not pay it back in one more horizon (its page says so, and it is to be rethought).
 */
record BenefitsAfterThePlan(Initiative initiative, Quarter fullRate, int inPlan, boolean understates) {

    /** The work's benefits cut short, whether or not that is what makes it lose money. */
    static Optional<BenefitsAfterThePlan> of(InitiativeFigures figures, Plan plan) {
        Initiative initiative = figures.initiative();
        if (figures.isDropped() || initiative.start().isAfter(plan.end())) {
            return Optional.empty();
        }
        NetAtFullRate atFullRate = NetAtFullRate.of(initiative);
        if (!atFullRate.coversRunCost()) {
            return Optional.empty();
        }
        double net = atFullRate.net();
        // Benefit j = q − G + 1 is at amount × min(1, j / ramp): full from j = ramp on (ramp 0 at once).
        int slowestRamp = initiative.benefits().stream().mapToInt(Benefit::ramp).max().orElse(0);
        Quarter fullRate = initiative.goLive().plus(Math.max(0, slowestRamp - 1));
        boolean cut = !initiative.goLive().isBefore(plan.end()) || fullRate.isAfter(plan.end());
        boolean losing = figures.npv() < 0;
        boolean recovers = losing && net * oneMoreHorizon(initiative, plan) >= -figures.npv();
        if (!cut && !recovers) {
            return Optional.empty();
        }
        Quarter firstInPlan = initiative.goLive().isBefore(plan.start()) ? plan.start() : initiative.goLive();
        return Optional.of(new BenefitsAfterThePlan(initiative, fullRate,
                Math.max(0, plan.end().minus(firstInPlan) + 1), !losing || recovers));
    }

    /** Work whose NPV the plan's end understates: a loss it shows is no reason to rethink it. */
    static Optional<BenefitsAfterThePlan> understated(InitiativeFigures figures, Plan plan) {
        return of(figures, plan).filter(BenefitsAfterThePlan::understates);
    }

    /**
     * The sum of the discount factors of quarters k = max(horizon + 1, go-live) … 2 × horizon: today's
     * value of one unit a quarter over one more horizon, from go-live on.
     */
    private static double oneMoreHorizon(Initiative initiative, Plan plan) {
        return afterThePlan(initiative, plan, plan.horizon());
    }

    /** As {@link #oneMoreHorizon}, over the {@code quarters} after the plan ends instead of a horizon. */
    private static double afterThePlan(Initiative initiative, Plan plan, int quarters) {
        double r = InitiativeFinancials.quarterlyRate(plan.discountRate());
        int first = Math.max(plan.horizon() + 1, plan.indexOf(initiative.goLive()));
        double sum = 0;
        for (int k = first; k <= plan.horizon() + quarters; k++) {
            sum += Math.pow(1 + r, -k);
        }
        return sum;
    }

    /**
     * How many quarters after the plan's end its full-rate net benefits take to pay back a loss of
     * {@code −npv}, by the rule that makes it understated: at most a horizon, for work that
     * {@link #understates} while losing money; 0 when it does not lose money.
     */
    int quartersToPayBack(double npv, Plan plan) {
        double net = NetAtFullRate.of(initiative).net();
        int quarters = 0;
        while (quarters < plan.horizon() && net * afterThePlan(initiative, plan, quarters) < -npv) {
            quarters++;
        }
        return quarters;
    }

    /**
     * What the verdict says of this work when it loses money as planned, instead of "Rethink it":
     * {@code npv} is its NPV.
     */
    Finding inVerdict(double npv, Plan plan) {
        boolean liveInTime = initiative.goLive().isBefore(plan.end());
        String why = liveInTime && !fullRate.isAfter(plan.end())
                ? "it goes live in {3}, so only {5} of its benefits count by the plan's end in {2}"
                : !initiative.goLive().isAfter(plan.end()) && !fullRate.isAfter(plan.end())
                ? "it goes live in {3}, the plan's last quarter, so only one quarter of its benefits counts"
                : fullRate.isAfter(initiative.goLive()) && !initiative.goLive().isAfter(plan.end())
                ? "it goes live in {3} and reaches its full benefits only in {4}, after the plan ends in {2}"
                : "it goes live in {3}, after the plan ends in {2}, so none of its benefits count";
        return Finding.of(Severity.INFO, "value",
                "{0} loses {1} as planned, but its NPV understates it: " + why
                        + ". Lengthen the horizon to value it before rethinking it.",
                Figure.text(initiative.title()), Figure.money(-npv), Figure.quarter(plan.end()),
                Figure.quarter(initiative.goLive()), Figure.quarter(fullRate), Figure.quarters(inPlan));
    }

    /** What its page says, after its value: why its NPV understates it, and how to value it. */
    Finding finding(Plan plan) {
        Figure goLive = Figure.quarter(initiative.goLive());
        Figure end = Figure.quarter(plan.end());
        Figure full = Figure.quarter(fullRate);
        if (!understates) {
            // Late benefits, but not what makes it lose money: no horizon advice, which would read as
            // a reason to keep it.
            return Finding.of(Severity.WARNING, "value", inPlan == 0
                            ? "Goes live in {0}, after the plan ends in {1}, so none of its benefits counts here; but even {2} more at its full benefits would not recover its loss."
                            : "Goes live in {0}, so few of its benefits count by the plan's end in {1}; but even {2} more at its full benefits would not recover its loss.",
                    goLive, end, Figure.quarters(plan.horizon()));
        }
        if (inPlan == 0) {
            return Finding.of(Severity.INFO, "value",
                    "Goes live in {0}, after the plan ends in {1}: none of its benefits falls inside the plan, so its NPV counts its costs alone and understates it. Lengthen the horizon to value it.",
                    goLive, end);
        }
        if (initiative.goLive().isBefore(plan.end()) && !fullRate.isAfter(plan.end())) {
            return Finding.of(Severity.INFO, "value",
                    "Goes live in {0}: only {2} of its benefits fall inside the plan, which ends in {1}, so its NPV understates it. Lengthen the horizon to value it.",
                    goLive, end, Figure.quarters(inPlan));
        }
        if (!fullRate.isAfter(plan.end())) {
            return Finding.of(Severity.INFO, "value",
                    "Goes live in {0}, the plan's last quarter: only one quarter of its benefits falls inside the plan, so its NPV understates it. Lengthen the horizon to value it.",
                    goLive);
        }
        String benefits = inPlan == 1 ? "only one quarter of its benefits, still ramping up, falls"
                : "only {3} of its benefits, still ramping up, fall";
        return Finding.of(Severity.INFO, "value",
                "Goes live in {0} and reaches its full benefits only in {2}, after the plan ends in {1}: " + benefits
                        + " inside the plan, so its NPV understates it. Lengthen the horizon to value it.",
                goLive, end, full, Figure.quarters(inPlan));
    }
}
