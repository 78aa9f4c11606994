package dev.tradeoff.analysis;

/** Portfolio totals over the non-dropped initiatives, with NPV split by kind. */
public record Totals(double npv, double pvBenefits, double pvCosts, double platformNpv, double productNpv) {
}
