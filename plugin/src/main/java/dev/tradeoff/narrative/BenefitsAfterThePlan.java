package dev.tradeoff.narrative;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import java.util.Optional;

/**
 * Work whose benefits the plan cuts short: it goes live in the plan's last quarter or later, or its
 * benefits reach full rate only after that quarter. SPEC §2 counts only the quarters in the plan,
 * so its NPV holds its costs and at most a few quarters of ramping benefits: it understates the
 * work, and a loss it shows is no reason to rethink it. Only work whose full-rate benefits outweigh
 * its run cost counts; for other work, the quarters left out would not add value.
 * {@code fullRate} is the quarter its slowest benefit reaches full rate; {@code inPlan} how many
 * quarters of benefits fall inside the plan.
 */
record BenefitsAfterThePlan(Initiative initiative, Quarter fullRate, int inPlan) {

    static Optional<BenefitsAfterThePlan> of(Initiative initiative, Plan plan) {
        double benefits = initiative.benefits().stream().mapToDouble(benefit -> benefit.amount().amount()).sum();
        double runCost = initiative.runCost() == null ? 0 : initiative.runCost().amount();
        if (initiative.isDropped() || benefits <= runCost || initiative.start().isAfter(plan.end())) {
            return Optional.empty();
        }
        // Benefit j = q − G + 1 is at amount × min(1, j / ramp): full from j = ramp on (ramp 0 at once).
        int slowestRamp = initiative.benefits().stream().mapToInt(Benefit::ramp).max().orElse(0);
        Quarter fullRate = initiative.goLive().plus(Math.max(0, slowestRamp - 1));
        if (initiative.goLive().isBefore(plan.end()) && !fullRate.isAfter(plan.end())) {
            return Optional.empty();
        }
        Quarter firstInPlan = initiative.goLive().isBefore(plan.start()) ? plan.start() : initiative.goLive();
        return Optional.of(new BenefitsAfterThePlan(initiative, fullRate, Math.max(0, plan.end().minus(firstInPlan) + 1)));
    }

    /**
     * What the verdict says of this work when it loses money as planned, instead of "Rethink it":
     * {@code npv} is its NPV.
     */
    Finding inVerdict(double npv, Plan plan) {
        String why = !initiative.goLive().isAfter(plan.end()) && !fullRate.isAfter(plan.end())
                ? "it goes live in {3}, the plan's last quarter, so only one quarter of its benefits counts"
                : fullRate.isAfter(initiative.goLive()) && !initiative.goLive().isAfter(plan.end())
                ? "it goes live in {3} and reaches its full benefits only in {4}, after the plan ends in {2}"
                : "it goes live in {3}, after the plan ends in {2}, so none of its benefits count";
        return Finding.of(Severity.INFO, "value",
                "{0} loses {1} as planned, but its NPV understates it: " + why
                        + ". Lengthen the horizon to value it before rethinking it.",
                Figure.text(initiative.title()), Figure.money(-npv), Figure.quarter(plan.end()),
                Figure.quarter(initiative.goLive()), Figure.quarter(fullRate));
    }

    /** What its page says, after its value: why its NPV understates it, and how to value it. */
    Finding finding(Plan plan) {
        Figure goLive = Figure.quarter(initiative.goLive());
        Figure end = Figure.quarter(plan.end());
        Figure full = Figure.quarter(fullRate);
        if (inPlan == 0) {
            return Finding.of(Severity.INFO, "value",
                    "Goes live in {0}, after the plan ends in {1}: none of its benefits falls inside the plan, so its NPV counts its costs alone and understates it. Lengthen the horizon to value it.",
                    goLive, end);
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
