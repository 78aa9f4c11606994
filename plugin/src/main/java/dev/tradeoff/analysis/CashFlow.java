package dev.tradeoff.analysis;

import dev.tradeoff.model.Quarter;

/** Undiscounted cost and benefit of one initiative in one plan quarter, with the running net. */
public record CashFlow(Quarter quarter, double cost, double benefit, double cumulativeNet) {

    public double net() {
        return benefit - cost;
    }
}
