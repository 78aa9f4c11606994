package dev.tradeoff.view;

import java.util.List;

/** The internal platform's own product metrics, shown on the signals page. */
public record PlatformProductView(List<Metric> metrics) {

    /** One metric: latest value, target, change over the window in words ("41% better"), whether on target. */
    public record Metric(String metric, String kind, String unit, String latest, String target, String change,
            String onTarget, String sparkline) {
    }
}
