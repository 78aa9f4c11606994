package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Strategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * SPEC.md section 3, scalability inflexion: quarterly load growth (given, or fitted to the history),
 * the load projected 40 quarters past the last history quarter, the first quarter whose load
 * reaches capacity × headroom, and when each scalability initiative must start to be in time.
 */
public final class ScalabilityInflexion {

    /** Quarters projected past the last history quarter. */
    public static final int PROJECTED_QUARTERS = 40;

    /** What an initiative lists in {@code addresses} to count as scalability work. */
    public static final String SCALABILITY = "scalability";

    private ScalabilityInflexion() {
    }

    /** The projection, or null without scale.yaml. */
    public static ScaleProjection analyse(Strategy strategy) {
        Scale scale = strategy.scale();
        if (scale == null) {
            return null;
        }
        double growth = scale.growth() != null ? scale.growth() : fittedGrowth(scale.values());
        double limit = scale.capacity() * scale.headroom();

        List<LoadPoint> loads = new ArrayList<>(scale.values().size() + PROJECTED_QUARTERS);
        Quarter breach = null;
        for (Map.Entry<Quarter, Double> point : scale.values().entrySet()) {
            loads.add(new LoadPoint(point.getKey(), point.getValue(), false));
            if (breach == null && Tolerance.atLeast(point.getValue(), limit)) {
                breach = point.getKey();
            }
        }
        if (!scale.values().isEmpty()) {
            Quarter last = scale.values().lastKey();
            double lastValue = scale.values().lastEntry().getValue();
            for (int n = 1; n <= PROJECTED_QUARTERS; n++) {
                Quarter quarter = last.plus(n);
                double load = lastValue * Math.pow(1 + growth, n);
                loads.add(new LoadPoint(quarter, load, true));
                if (breach == null && Tolerance.atLeast(load, limit)) {
                    breach = quarter;
                }
            }
        }
        return new ScaleProjection(scale, growth, breach, latestStarts(strategy, breach), loads);
    }

    /**
     * Least squares of ln(value) on the calendar quarter number ({@link Quarter#ordinal()}, so gaps
     * count) over the whole history: {@code g = e^slope − 1}. 0 with fewer than two points.
     */
    public static double fittedGrowth(NavigableMap<Quarter, Double> values) {
        int n = values.size();
        if (n < 2) {
            return 0;
        }
        double meanX = 0;
        double meanY = 0;
        for (Map.Entry<Quarter, Double> point : values.entrySet()) {
            meanX += point.getKey().ordinal();
            meanY += Math.log(point.getValue());
        }
        meanX /= n;
        meanY /= n;
        double sxy = 0;
        double sxx = 0;
        for (Map.Entry<Quarter, Double> point : values.entrySet()) {
            double dx = point.getKey().ordinal() - meanX;
            sxy += dx * (Math.log(point.getValue()) - meanY);
            sxx += dx * dx;
        }
        return Math.exp(sxy / sxx) - 1;
    }

    /**
     * For each non-dropped initiative addressing scalability, in id order: {@code breach − duration}
     * and how many quarters its start is past that (never negative). Empty without a breach.
     */
    public static List<LatestStart> latestStarts(Strategy strategy, Quarter breach) {
        if (breach == null) {
            return List.of();
        }
        List<LatestStart> starts = new ArrayList<>();
        for (Initiative initiative : IdOrder.initiatives(strategy.initiatives())) {
            if (!initiative.isDropped() && initiative.addresses().contains(SCALABILITY)) {
                Quarter latest = breach.plus(-initiative.duration());
                int lateBy = Math.max(0, initiative.start().minus(latest));
                starts.add(new LatestStart(initiative.id(), latest, lateBy));
            }
        }
        return List.copyOf(starts);
    }
}
