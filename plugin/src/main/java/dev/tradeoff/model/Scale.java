package dev.tradeoff.model;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Load against capacity, from {@code scale.yaml}; {@code unit} and {@code growth} may be null. */
public record Scale(
        String metric,
        String unit,
        double capacity,
        double headroom,
        NavigableMap<Quarter, Double> values,
        Double growth) {

    public Scale {
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }
}
