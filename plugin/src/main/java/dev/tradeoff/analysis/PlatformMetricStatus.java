package dev.tradeoff.analysis;

import dev.tradeoff.model.PlatformMetric;

/** A platform-as-a-product metric: latest value, worsening over the window, on target (null without one). */
public record PlatformMetricStatus(PlatformMetric metric, double latest, Double worsening, Boolean onTarget) {
}
