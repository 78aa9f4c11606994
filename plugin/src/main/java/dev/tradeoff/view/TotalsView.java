package dev.tradeoff.view;

/** Portfolio totals, formatted, with the counts behind them. */
public record TotalsView(
        String npv,
        String pvBenefits,
        String pvCosts,
        String platformNpv,
        String productNpv,
        String platformShareOfNpv,
        int initiatives,
        int platformInitiatives,
        int productInitiatives,
        int dropped) {
}
