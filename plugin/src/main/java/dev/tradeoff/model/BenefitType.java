package dev.tradeoff.model;

/** What kind of value a benefit line brings. */
public enum BenefitType implements YamlName {
    REVENUE, COST_SAVING, CHURN_REDUCTION, CLOUD_SAVING, RISK_AVOIDANCE
}
