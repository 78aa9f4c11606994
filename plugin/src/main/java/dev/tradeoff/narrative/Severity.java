package dev.tradeoff.narrative;

import dev.tradeoff.model.YamlName;

/** How a finding should be read: good news, context, a warning, or something to act on now. */
public enum Severity implements YamlName {
    GOOD, INFO, WARNING, CRITICAL
}
