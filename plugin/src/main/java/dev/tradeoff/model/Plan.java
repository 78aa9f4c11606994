package dev.tradeoff.model;

import java.util.Map;

/** The organisation and the plan's settings, from {@code strategy.yaml} (defaults already applied). */
public record Plan(
        String organization,
        String currency,
        Quarter start,
        int horizon,
        double discountRate,
        Money costPerPersonMonth,
        double capacity,
        double platformBandLow,
        double platformBandHigh,
        double matrixThreshold,
        double focus,
        int signalWindow,
        Map<String, Object> extensions) {

    public Plan {
        extensions = Ordered.copyOf(extensions);
    }

    /** The last quarter in view: quarter index k = horizon. */
    public Quarter end() {
        return start.plus(horizon - 1);
    }

    /** Quarter index k (1 = plan start) of a quarter; may be outside 1..horizon. */
    public int indexOf(Quarter quarter) {
        return quarter.minus(start) + 1;
    }
}
