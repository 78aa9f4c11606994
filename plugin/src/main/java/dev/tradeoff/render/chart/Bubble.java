package dev.tradeoff.render.chart;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One bubble of the value/risk matrix: an initiative, or the initiatives of one kind that share a
 * square of scores. {@code id} names the bubble (an initiative's id, or its cell) and orders ties.
 */
record Bubble(String id, Kind kind, double value, double riskReduction, double effort) {

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
}
