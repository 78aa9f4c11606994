package dev.tradeoff.narrative;

/**
 * A quarterly growth rate in words. The sign picks the verb and the figure is the rate's size, so
 * no sentence says "grows 0% a quarter" or "grows −5% a quarter". Each phrase holds {@code {0}}
 * for {@link #rate()}, which is written with the decimals it needs not to read as 0%.
 */
public enum GrowthWords {
    GROWING("At {0} growth a quarter, system load", "grows {0} a quarter", "growing {0} a quarter"),
    FLAT("With no growth, system load", "is not growing", "not growing"),
    SHRINKING("Shrinking {0} a quarter, system load", "shrinks {0} a quarter", "shrinking {0} a quarter");

    /** Below half of 0.001%, the finest a rate is written with: it would read as 0%. */
    private static final double FLAT_BELOW = 0.000005;

    private final String lead;
    private final String verb;
    private final String participle;

    GrowthWords(String lead, String verb, String participle) {
        this.lead = lead;
        this.verb = verb;
        this.participle = participle;
    }

    static GrowthWords of(double growth) {
        return Math.abs(growth) < FLAT_BELOW ? FLAT : growth > 0 ? GROWING : SHRINKING;
    }

    /** Opens a sentence whose subject is the load: "At {0} growth a quarter, system load". */
    String lead() {
        return lead;
    }

    /** Follows the load as its verb: "grows {0} a quarter". */
    String verb() {
        return verb;
    }

    /** Stands in brackets after the load: "growing {0} a quarter". */
    String participle() {
        return participle;
    }

    /** The load's trend on its own, for a page to place: "growing 5% a quarter", "not growing". */
    public static Finding trend(double growth) {
        return Finding.of(Severity.INFO, "scale", of(growth).participle, rate(growth));
    }

    /** The figure for {@code {0}}: the rate's size, as a rate. */
    static Figure rate(double growth) {
        return Figure.rate(Math.abs(growth));
    }
}
