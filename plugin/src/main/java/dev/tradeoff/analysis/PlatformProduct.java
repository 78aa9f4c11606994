package dev.tradeoff.analysis;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC.md section 3, platform as a product: each metric's latest value, worsening over the signal
 * window (as for signals) and whether it is on target.
 */
public final class PlatformProduct {

    private PlatformProduct() {
    }

    /** The metrics in the order written; empty without platform.yaml. */
    public static List<PlatformMetricStatus> analyse(Strategy strategy) {
        List<PlatformMetricStatus> statuses = new ArrayList<>(strategy.platformMetrics().size());
        for (PlatformMetric metric : strategy.platformMetrics()) {
            statuses.add(status(metric, strategy.plan().signalWindow()));
        }
        return List.copyOf(statuses);
    }

    /**
     * Latest value; worsening over the last {@code min(signalWindow, n)} values, null with a single
     * value or when the first of them is 0; on target null without a target.
     *
     * @throws IllegalArgumentException for a metric without values (the loader requires one)
     */
    public static PlatformMetricStatus status(PlatformMetric metric, int signalWindow) {
        if (metric.values().isEmpty()) {
            throw new IllegalArgumentException("platform metric '" + metric.metric() + "' has no values");
        }
        double[] values = PlatformIndicators.window(metric.values(), signalWindow);
        double latest = values[values.length - 1];
        Double worsening = values.length < 2
                ? null
                : PlatformIndicators.worsening(values[0], latest, metric.better());
        Boolean onTarget = null;
        if (metric.target() != null) {
            onTarget = metric.better() == Better.LOWER ? latest <= metric.target() : latest >= metric.target();
        }
        return new PlatformMetricStatus(metric, latest, worsening, onTarget);
    }
}
