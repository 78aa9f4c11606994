package dev.tradeoff.analysis;

import dev.tradeoff.model.YamlName;

/** Where an initiative falls on the value/risk matrix. */
public enum Quadrant implements YamlName {
    INVEST_BOTH, SHIP_PRODUCT, SHORE_UP_PLATFORM, DEPRIORITIZE
}
