package dev.tradeoff.model;

/** Team Topologies' four team types. */
public enum TeamType implements YamlName {
    STREAM_ALIGNED, PLATFORM, ENABLING, COMPLICATED_SUBSYSTEM
}
