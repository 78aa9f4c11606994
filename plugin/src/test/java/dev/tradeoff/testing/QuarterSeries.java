package dev.tradeoff.testing;

import dev.tradeoff.model.Quarter;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Signal and scale values for tests: one value per quarter from a first quarter on. */
public final class QuarterSeries {

    private QuarterSeries() {
    }

    public static NavigableMap<Quarter, Double> of(String first, double... values) {
        NavigableMap<Quarter, Double> map = new TreeMap<>();
        Quarter q = Quarter.parse(first);
        for (double v : values) {
            map.put(q, v);
            q = q.plus(1);
        }
        return map;
    }
}
