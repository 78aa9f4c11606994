package dev.tradeoff.model;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** A metric series behind one platform-need indicator; {@code unit} and {@code threshold} may be null. */
public record Signal(
        Indicator indicator,
        String metric,
        String unit,
        Better better,
        Double threshold,
        NavigableMap<Quarter, Double> values) {

    public Signal {
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }
}
