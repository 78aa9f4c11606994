package dev.tradeoff.model;

/** Which direction of a metric is an improvement. */
public enum Better implements YamlName {
    LOWER, HIGHER
}
