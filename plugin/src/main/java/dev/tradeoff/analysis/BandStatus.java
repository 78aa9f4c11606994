package dev.tradeoff.analysis;

import dev.tradeoff.model.YamlName;

/** A quarter's platform share against the platform band; {@code IDLE} when nothing is planned. */
public enum BandStatus implements YamlName {
    BELOW, WITHIN, ABOVE, IDLE
}
