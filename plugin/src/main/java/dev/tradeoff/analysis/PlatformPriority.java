package dev.tradeoff.analysis;

import dev.tradeoff.model.YamlName;

/** How strongly the indicators together call for platform work. */
public enum PlatformPriority implements YamlName {
    HIGH, MEDIUM, LOW
}
