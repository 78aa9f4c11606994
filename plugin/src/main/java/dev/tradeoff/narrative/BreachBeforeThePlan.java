package dev.tradeoff.narrative;

import dev.tradeoff.analysis.LoadPoint;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.Tolerance;
import dev.tradeoff.model.Quarter;

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

    /**
     * "has been past {limit} of capacity since {breach}" while the last measured load is still at or
     * over the limit, else "reached {limit} of capacity in {breach}": load that fell back below it
     * has not been past it ever since. {@code limit} and {@code breach} are the figures' indices.
     */
    static String loadSince(ScaleProjection scale, int limit, int breach) {
        double last = scale.loads().stream().filter(point -> !point.projected()).reduce((a, b) -> b)
                .map(LoadPoint::load).orElseThrow();
        double headroom = scale.scale().capacity() * scale.scale().headroom();
        boolean stillOver = last >= headroom || Tolerance.sameAs(last, headroom);
        return stillOver ? "has been past {" + limit + "} of capacity since {" + breach + "}"
                : "reached {" + limit + "} of capacity in {" + breach + "}";
    }
}
