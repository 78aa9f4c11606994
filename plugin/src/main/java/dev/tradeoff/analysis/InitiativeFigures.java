package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import java.util.List;

/**
 * SPEC.md section 2 for one initiative. For a dropped initiative every figure is null and
 * {@code cashFlows} is empty. {@code cashFlows} holds quarter k = 1..horizon at index k − 1.
 * {@code enablementValue} is null for product initiatives.
 */
public record InitiativeFigures(
        Initiative initiative,
        List<CashFlow> cashFlows,
        Double npv,
        Double pvBenefits,
        Double pvCosts,
        Double roi,
        Quarter paybackQuarter,
        Double costOfDelay,
        Double cd3,
        Quadrant quadrant,
        Double enablementValue) {

    public InitiativeFigures {
        cashFlows = List.copyOf(cashFlows);
    }

    public String id() {
        return initiative.id();
    }

    public boolean isDropped() {
        return initiative.isDropped();
    }

    public boolean isDone() {
        return initiative.isDone();
    }

    /**
     * Whether the cumulative net goes below zero within the plan, by the rule that finds
     * {@code paybackQuarter}: without a payback quarter, true means it never recovers and false
     * that it needs none.
     */
    public boolean goesNegative() {
        return Payback.of(cashFlows).wentNegative();
    }

    /**
     * Whether it starts after the plan's last quarter: none of its flows is in view, so its figures
     * are zeros because the plan does not reach it, not because it is free.
     */
    public boolean startsAfterThePlan() {
        return !cashFlows.isEmpty() && initiative.start().isAfter(cashFlows.get(cashFlows.size() - 1).quarter());
    }
}
