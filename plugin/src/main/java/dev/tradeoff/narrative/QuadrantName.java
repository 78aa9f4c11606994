package dev.tradeoff.narrative;

import dev.tradeoff.analysis.Quadrant;

/**
 * The name of each quadrant of the value/risk matrix, as the matrix page heads it and the findings
 * count it: one name per quadrant, so a count in a sentence matches the heading above its members
 * (a "product bets" count that includes platform work in "Ship product" does not).
 */
public final class QuadrantName {

    private QuadrantName() {
    }

    public static String of(Quadrant quadrant) {
        return switch (quadrant) {
            case INVEST_BOTH -> "Invest in both";
            case SHIP_PRODUCT -> "Ship product";
            case SHORE_UP_PLATFORM -> "Shore up the platform";
            case DEPRIORITIZE -> "Deprioritize";
        };
    }
}
