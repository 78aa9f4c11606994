package dev.tradeoff.render.chart;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One bubble of the value/risk matrix: an initiative, or the initiatives of one kind that share a
 * square of scores. {@code id} names the bubble (an initiative's id, or its cell) and orders ties.
 * {@code value} and {@code riskReduction} say where the bubble is drawn: its scores, or, once
 * {@linkplain #spread spread}, just beside them.
 */
record Bubble(String id, Kind kind, double value, double riskReduction, double effort) {

    /** Scores closer than this are the same point: their bubbles would cover each other exactly. */
    private static final double SAME_POINT = 0.01;

    static Bubble of(Initiative initiative) {
        return new Bubble(initiative.id(), initiative.kind(), initiative.value(), initiative.riskReduction(),
                initiative.effort());
    }

    /**
     * One bubble per kind and {@code cell × cell} square of scores, at the mean scores of its
     * members and with their total effort. Cells are visited in a fixed order, so the result
     * does not depend on the order of {@code bubbles} beyond the sums' rounding.
     */
    static List<Bubble> grouped(List<Bubble> bubbles, double cell) {
        Map<String, double[]> cells = new TreeMap<>();
        Map<String, Kind> kinds = new TreeMap<>();
        for (Bubble bubble : bubbles) {
            String key = String.format(java.util.Locale.ROOT, "%s-%03d-%03d", bubble.kind().name(),
                    (long) Math.floor(bubble.value() / cell), (long) Math.floor(bubble.riskReduction() / cell));
            double[] sums = cells.computeIfAbsent(key, k -> new double[4]);
            sums[0] += bubble.value();
            sums[1] += bubble.riskReduction();
            sums[2] += bubble.effort();
            sums[3]++;
            kinds.put(key, bubble.kind());
        }
        List<Bubble> grouped = new ArrayList<>(cells.size());
        cells.forEach((key, sums) -> grouped.add(
                new Bubble(key, kinds.get(key), sums[0] / sums[3], sums[1] / sums[3], sums[2])));
        return grouped;
    }

    /**
     * {@code bubbles}, in the same order, with those at the same point (to {@value #SAME_POINT}
     * of a score) moved apart so that none hides another: in id order, evenly round a circle of
     * {@code radius} score points about the point, the first to its left. A bubble stays on its
     * side of the quadrant lines at {@code threshold} (a score above it stays above): near a line
     * the circle is squeezed into the room on that side. Bubbles alone at their point stay where
     * they are. One pass through a map of points, so linear in the bubbles, and the same for the
     * same input.
     */
    static List<Bubble> spread(List<Bubble> bubbles, double radius, double threshold) {
        Map<Point, List<Integer>> atPoint = new HashMap<>();
        for (int i = 0; i < bubbles.size(); i++) {
            atPoint.computeIfAbsent(Point.of(bubbles.get(i)), point -> new ArrayList<>(1)).add(i);
        }
        List<Bubble> spread = new ArrayList<>(bubbles);
        // Each point moves only its own bubbles, so the map's order does not matter.
        for (List<Integer> same : atPoint.values()) {
            if (same.size() < 2) {
                continue;
            }
            same.sort(Comparator.comparing(i -> bubbles.get(i).id()));
            for (int k = 0; k < same.size(); k++) {
                double angle = Math.PI - 2 * Math.PI * k / same.size();
                Bubble bubble = bubbles.get(same.get(k));
                spread.set(same.get(k), new Bubble(bubble.id(), bubble.kind(),
                        bubble.value() + offset(bubble.value(), StrictMath.cos(angle), radius, threshold),
                        bubble.riskReduction() + offset(bubble.riskReduction(), StrictMath.sin(angle), radius, threshold),
                        bubble.effort()));
            }
        }
        return spread;
    }

    /**
     * {@code unit} (−1 … 1) as a move of {@code score} by up to {@code radius} either way, within
     * the room on its side of {@code threshold}: at most half way to the line, and away from it
     * for a score on the line (which counts as below it).
     */
    private static double offset(double score, double unit, double radius, double threshold) {
        double low = score > threshold ? Math.max(-radius, (threshold - score) / 2) : -radius;
        double high = score > threshold ? radius : Math.min(radius, (threshold - score) / 2);
        return low + (unit + 1) / 2 * (high - low);
    }

    /** A point of the matrix, to {@link #SAME_POINT}. */
    private record Point(long value, long riskReduction) {

        static Point of(Bubble bubble) {
            return new Point(Math.round(bubble.value() / SAME_POINT), Math.round(bubble.riskReduction() / SAME_POINT));
        }
    }
}
