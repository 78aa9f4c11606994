package dev.tradeoff.model;

/** The five signals that say a platform needs priority, in SPEC.md order. */
public enum Indicator implements YamlName {
    RELEASE_VELOCITY, OUTAGES, COMPLIANCE, DATA_SILOS, MAINTENANCE
}
