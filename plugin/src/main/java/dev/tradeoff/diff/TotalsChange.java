package dev.tradeoff.diff;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.analysis.Totals;

/**
 * The SPEC.md section 3 totals of each side, the enablement value of each side's planned platform
 * work (the sum of their {@code enablementValue}s: SPEC.md keeps it beside the NPV, not in it, so a
 * change that takes it away moves no NPV and would go unsaid), and each side's sequencing (the cost
 * of delay of the planned order and of CD3 order, which no NPV holds either).
 */
public record TotalsChange(Totals before, Totals after, double enablementBefore, double enablementAfter,
        Sequencing sequencingBefore, Sequencing sequencingAfter) {

    static TotalsChange of(Portfolio before, Portfolio after) {
        return new TotalsChange(before.totals(), after.totals(), enablement(before), enablement(after),
                before.sequencing(), after.sequencing());
    }

    private static double enablement(Portfolio portfolio) {
        return portfolio.initiatives().stream()
                .filter(figures -> !figures.isDropped() && figures.enablementValue() != null)
                .mapToDouble(InitiativeFigures::enablementValue)
                .sum();
    }

    public double npvBefore() {
        return before.npv();
    }

    public double npvAfter() {
        return after.npv();
    }

    /** {@code npvAfter − npvBefore}. */
    public double npvDelta() {
        return after.npv() - before.npv();
    }
}
