package dev.tradeoff.analysis;

import dev.tradeoff.model.Quarter;

/** Load in one quarter, either from the history or projected. */
public record LoadPoint(Quarter quarter, double load, boolean projected) {
}
