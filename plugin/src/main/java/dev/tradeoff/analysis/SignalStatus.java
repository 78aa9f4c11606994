package dev.tradeoff.analysis;

import dev.tradeoff.model.YamlName;

/** How urgently a signal calls for platform work, from least to most urgent; UNKNOWN means no data. */
public enum SignalStatus implements YamlName {
    UNKNOWN, OK, WATCH, ACT
}
