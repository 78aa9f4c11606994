package dev.tradeoff.narrative;

import dev.tradeoff.analysis.IndicatorStatus;
import dev.tradeoff.analysis.SignalStatus;
import dev.tradeoff.model.Indicator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The five indicators counted by status, for the sentences about platform priority: which act, how
 * many to watch, and how many have no series at all (which SPEC's priority counts as calm). The
 * signals page asks it too, to show the priority as unknown when nothing was measured.
 * {@code actingArePlural}: the acting indicators, named as a sentence's subject, take a plural verb.
 */
public record IndicatorCounts(List<String> acting, boolean actingArePlural, int watching, int withoutData, int all) {

    /** The indicators whose names are plural nouns: "outages call for action", not "calls". */
    private static final Set<Indicator> PLURAL_NAMES = EnumSet.of(Indicator.OUTAGES, Indicator.DATA_SILOS);

    public IndicatorCounts {
        acting = List.copyOf(acting);
    }

    public static IndicatorCounts of(List<IndicatorStatus> indicators) {
        List<Indicator> acting = indicators.stream()
                .filter(indicator -> indicator.status() == SignalStatus.ACT)
                .map(IndicatorStatus::indicator)
                .toList();
        return new IndicatorCounts(
                // As a sentence names them: "release velocity and outages call for action".
                acting.stream().map(indicator -> indicator.label().toLowerCase(Locale.ROOT)).toList(),
                acting.size() > 1 || acting.size() == 1 && PLURAL_NAMES.contains(acting.get(0)),
                count(indicators, SignalStatus.WATCH), count(indicators, SignalStatus.UNKNOWN), indicators.size());
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

    /** "call" or "calls", agreeing with the acting indicators named as the subject. */
    String actingCall() {
        return actingArePlural ? "call" : "calls";
    }

    /** "them" or "it", for the acting indicators named before. */
    String actingPronoun() {
        return actingArePlural ? "them" : "it";
    }
}
