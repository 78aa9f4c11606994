package dev.tradeoff.model;

/** Where an initiative stands. */
public enum Status implements YamlName {
    PROPOSED, COMMITTED, IN_PROGRESS, DONE, DROPPED
}
