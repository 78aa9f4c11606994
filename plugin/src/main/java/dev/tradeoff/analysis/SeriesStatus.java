package dev.tradeoff.analysis;

import dev.tradeoff.model.Signal;

/** One signal series over its window: worsening (null when the first value is 0) and status. */
public record SeriesStatus(Signal signal, Double worsening, SignalStatus status) {
}
