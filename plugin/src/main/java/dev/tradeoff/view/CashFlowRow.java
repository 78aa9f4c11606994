package dev.tradeoff.view;

/** One plan quarter of an initiative's cash flow, formatted. */
public record CashFlowRow(String quarter, String cost, String benefit, String net, String cumulativeNet) {
}
