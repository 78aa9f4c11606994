package dev.tradeoff.model;

/** Whether an initiative builds the internal platform or a product. */
public enum Kind implements YamlName {
    PLATFORM, PRODUCT
}
