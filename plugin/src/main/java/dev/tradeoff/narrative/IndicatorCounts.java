package dev.tradeoff.narrative;

import dev.tradeoff.analysis.IndicatorStatus;
import dev.tradeoff.analysis.SignalStatus;
import java.util.List;
import java.util.Locale;

/**
 * The five indicators counted by status, for the sentences about platform priority: which act, how
 * many to watch, and how many have no series at all (which SPEC's priority counts as calm). The
 * signals page asks it too, to show the priority as unknown when nothing was measured.
 */
public record IndicatorCounts(List<String> acting, int watching, int withoutData, int all) {

    public static IndicatorCounts of(List<IndicatorStatus> indicators) {
        List<String> acting = indicators.stream()
                .filter(indicator -> indicator.status() == SignalStatus.ACT)
                // As a sentence names them: "release velocity and outages call for action".
                .map(indicator -> indicator.indicator().label().toLowerCase(Locale.ROOT))
                .toList();
        return new IndicatorCounts(acting, count(indicators, SignalStatus.WATCH),
                count(indicators, SignalStatus.UNKNOWN), indicators.size());
    }

    private static int count(List<IndicatorStatus> indicators, SignalStatus status) {
        return (int) indicators.stream().filter(indicator -> indicator.status() == status).count();
    }

    /** No indicator has a series: the priority cannot be told from nothing. */
    public boolean noData() {
        return withoutData == all;
    }

    /** "1 has", "2 have": the start of a clause about the indicators without data. */
    String withoutDataHave() {
        return withoutData == 1 ? "1 has" : withoutData + " have";
    }
}
