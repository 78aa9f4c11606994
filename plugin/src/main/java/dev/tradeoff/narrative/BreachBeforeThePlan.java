package dev.tradeoff.narrative;

import dev.tradeoff.analysis.LoadPoint;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.Tolerance;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/**
 * A scalability breach in the history, before the plan's first quarter: load reached the headroom
 * then. Sentences say so in the past tense and advise what can still be done (add system capacity now, cut
 * the scalability work down to what can land first), never to act "before" a quarter that has gone.
 */
final class BreachBeforeThePlan {

    private BreachBeforeThePlan() {
    }

    static boolean of(ScaleProjection scale, Quarter planStart) {
        return scale.breachQuarter() != null && scale.breachQuarter().isBefore(planStart);
    }

    /** Stands in a template for the quarter load has been over capacity since; {@link #resolve} fills it in. */
    private static final String OVER_SINCE = "{overCapacitySince}";

    /**
     * "has been past {limit} of capacity since {breach}" while the last measured load is still at or
     * over the limit, else "reached {limit} of capacity in {breach}": load that fell back below it
     * has not been past it ever since. When the last measured load is at or over capacity itself,
     * "past 80%" would understate it: "… and over capacity since {quarter}", the first quarter of the
     * measured run at or over capacity that the last value ends ("has been over capacity since
     * {breach}" when that is the breach). {@code limit} and {@code breach} are the figures' indices;
     * a finding whose template holds this must go through {@link #resolve}.
     */
    static String loadSince(ScaleProjection scale, int limit, int breach) {
        double last = lastMeasured(scale);
        double headroom = scale.scale().capacity() * scale.scale().headroom();
        boolean stillOver = last >= headroom || Tolerance.sameAs(last, headroom);
        if (!stillOver) {
            return "reached {" + limit + "} of capacity in {" + breach + "}";
        }
        Quarter over = overCapacitySince(scale);
        if (over == null || scale.scale().headroom() >= 1) {
            return "has been past {" + limit + "} of capacity since {" + breach + "}";
        }
        return over.equals(scale.breachQuarter()) ? "has been over capacity since {" + breach + "}"
                : "has been past {" + limit + "} of capacity since {" + breach + "} and over capacity since " + OVER_SINCE;
    }

    /** {@code finding} with the quarter {@link #loadSince} stood in for added as its last figure. */
    static Finding resolve(Finding finding, ScaleProjection scale) {
        if (!finding.template().contains(OVER_SINCE)) {
            return finding;
        }
        List<Figure> figures = new ArrayList<>(finding.figures());
        String template = finding.template().replace(OVER_SINCE, "{" + figures.size() + "}");
        figures.add(Figure.quarter(overCapacitySince(scale)));
        return new Finding(finding.severity(), finding.topic(), template, figures);
    }

    /**
     * The first quarter of the run of measured loads at or over capacity that ends with the last
     * measured one; null when the last measured load is below capacity.
     */
    private static Quarter overCapacitySince(ScaleProjection scale) {
        double capacity = scale.scale().capacity();
        List<LoadPoint> measured = scale.loads().stream().filter(point -> !point.projected()).toList();
        Quarter since = null;
        for (int i = measured.size() - 1; i >= 0; i--) {
            double load = measured.get(i).load();
            if (load < capacity && !Tolerance.sameAs(load, capacity)) {
                break;
            }
            since = measured.get(i).quarter();
        }
        return since;
    }

    private static double lastMeasured(ScaleProjection scale) {
        return scale.loads().stream().filter(point -> !point.projected()).reduce((a, b) -> b)
                .map(LoadPoint::load).orElseThrow();
    }
}
