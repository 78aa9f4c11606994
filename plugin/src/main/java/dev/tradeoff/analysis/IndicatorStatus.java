package dev.tradeoff.analysis;

import dev.tradeoff.model.Indicator;
import java.util.List;

/** One of the five indicators: the worst status and largest worsening of its series (in the order written). */
public record IndicatorStatus(Indicator indicator, SignalStatus status, Double worsening, List<SeriesStatus> series) {

    public IndicatorStatus {
        series = List.copyOf(series);
    }
}
