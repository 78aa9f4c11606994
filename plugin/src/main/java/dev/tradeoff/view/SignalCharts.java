package dev.tradeoff.view;

/** Where the signal and platform-metric sparklines live in the site: by position, so names stay safe. */
public final class SignalCharts {

    private SignalCharts() {
    }

    public static String sparklinePath(int seriesIndex) {
        return "charts/signal-" + seriesIndex + ".svg";
    }

    public static String platformSparklinePath(int metricIndex) {
        return "charts/platform-metric-" + metricIndex + ".svg";
    }
}
