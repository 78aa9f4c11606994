package dev.tradeoff.diff;

import dev.tradeoff.analysis.SignalStatus;
import dev.tradeoff.model.Indicator;

/** A platform-need indicator whose status or worsening moved. */
public record IndicatorChange(
        Indicator indicator,
        SignalStatus statusBefore,
        SignalStatus statusAfter,
        Double worseningBefore,
        Double worseningAfter) {

    public boolean statusChanged() {
        return statusBefore != statusAfter;
    }
}
