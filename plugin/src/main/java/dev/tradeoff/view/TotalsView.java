package dev.tradeoff.view;

/** Portfolio totals, formatted, with the counts behind them; {@code done} counts among {@code initiatives}. */
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
        int done,
        int dropped) {
}
