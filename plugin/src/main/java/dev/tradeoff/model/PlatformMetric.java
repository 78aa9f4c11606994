package dev.tradeoff.model;

import java.util.Collections;
import java.util.NavigableMap;
import java.util.TreeMap;

/** One product metric of the internal platform, from {@code platform.yaml}; unit and target may be null. */
public record PlatformMetric(
        String metric,
        PlatformMetricKind kind,
        String unit,
        Better better,
        Double target,
        NavigableMap<Quarter, Double> values) {

    public PlatformMetric {
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(values));
    }
}
