package dev.tradeoff.analysis;

import dev.tradeoff.model.YamlName;

/** An objective's health from its score. */
public enum Grade implements YamlName {
    ON_TRACK, AT_RISK, OFF_TRACK
}
