package dev.tradeoff.analysis;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Strategy;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * SPEC.md section 3, platform-need indicators: each signal series over its last
 * {@code min(signalWindow, n)} values, each of the five indicators from its series, and the
 * platform priority they add up to.
 */
public final class PlatformIndicators {

    /** Worsening from which a series acts. */
    public static final double ACT_WORSENING = 0.25;

    /** Worsening from which a series is watched. */
    public static final double WATCH_WORSENING = 0.10;

    private PlatformIndicators() {
    }

    /** The five indicators in {@link Indicator} order, each with its series in the order written. */
    public static List<IndicatorStatus> analyse(Strategy strategy) {
        Map<Indicator, List<SeriesStatus>> byIndicator = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            byIndicator.put(indicator, new ArrayList<>());
        }
        int window = strategy.plan().signalWindow();
        for (Signal signal : strategy.signals()) {
            byIndicator.get(signal.indicator()).add(series(signal, window));
        }
        List<IndicatorStatus> indicators = new ArrayList<>(byIndicator.size());
        byIndicator.forEach((indicator, series) -> indicators.add(indicator(indicator, series)));
        return List.copyOf(indicators);
    }

    /**
     * One series: worsening between the first (a) and last (b) value of its window, null when a = 0.
     * Act when worsening ≥ 0.25 or b crosses the threshold (or, when a = 0, b is worse than a),
     * watch when worsening ≥ 0.10, else ok. A series without values is unknown.
     */
    public static SeriesStatus series(Signal signal, int signalWindow) {
        double[] values = window(signal.values(), signalWindow);
        if (values.length == 0) {
            return new SeriesStatus(signal, null, SignalStatus.UNKNOWN);
        }
        double a = values[0];
        double b = values[values.length - 1];
        Double worsening = worsening(a, b, signal.better());
        boolean crossed = signal.threshold() != null
                && (signal.better() == Better.LOWER ? b > signal.threshold() : b < signal.threshold());
        SignalStatus status;
        if (worsening == null) {
            status = crossed || isWorse(a, b, signal.better()) ? SignalStatus.ACT : SignalStatus.OK;
        } else if (Tolerance.atLeast(worsening, ACT_WORSENING) || crossed) {
            status = SignalStatus.ACT;
        } else if (Tolerance.atLeast(worsening, WATCH_WORSENING)) {
            status = SignalStatus.WATCH;
        } else {
            status = SignalStatus.OK;
        }
        return new SeriesStatus(signal, worsening, status);
    }

    /** The worst status of the series (unknown without any) and their largest non-null worsening. */
    public static IndicatorStatus indicator(Indicator indicator, List<SeriesStatus> series) {
        SignalStatus worst = SignalStatus.UNKNOWN;
        Double largest = null;
        for (SeriesStatus s : series) {
            if (s.status().compareTo(worst) > 0) {
                worst = s.status();
            }
            if (s.worsening() != null && (largest == null || s.worsening() > largest)) {
                largest = s.worsening();
            }
        }
        return new IndicatorStatus(indicator, worst, largest, series);
    }

    /** High when two or more indicators act, medium when one acts or two or more are watched, else low. */
    public static PlatformPriority priority(List<IndicatorStatus> indicators) {
        int acting = 0;
        int watched = 0;
        for (IndicatorStatus indicator : indicators) {
            if (indicator.status() == SignalStatus.ACT) {
                acting++;
            } else if (indicator.status() == SignalStatus.WATCH) {
                watched++;
            }
        }
        if (acting >= 2) {
            return PlatformPriority.HIGH;
        }
        return acting == 1 || watched >= 2 ? PlatformPriority.MEDIUM : PlatformPriority.LOW;
    }

    /** The last {@code min(signalWindow, n)} values in quarter order (at least one when there are any). */
    public static double[] window(NavigableMap<Quarter, Double> values, int signalWindow) {
        int size = Math.min(Math.max(1, signalWindow), values.size());
        double[] window = new double[size];
        int i = size;
        for (Double value : values.descendingMap().values()) {
            if (i == 0) {
                break;
            }
            window[--i] = value;
        }
        return window;
    }

    /** {@code (b − a)/|a|} when lower is better, {@code (a − b)/|a|} when higher is; null when a = 0. */
    public static Double worsening(double a, double b, Better better) {
        if (a == 0) {
            return null;
        }
        double change = better == Better.LOWER ? b - a : a - b;
        return change / Math.abs(a);
    }

    /** Whether b is worse than a: higher when lower is better, lower when higher is. */
    public static boolean isWorse(double a, double b, Better better) {
        return better == Better.LOWER ? b > a : b < a;
    }
}
