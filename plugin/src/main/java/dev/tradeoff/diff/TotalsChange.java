package dev.tradeoff.diff;

import dev.tradeoff.analysis.Totals;

/** The SPEC.md section 3 totals of each side. */
public record TotalsChange(Totals before, Totals after) {

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
