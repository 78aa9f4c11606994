package dev.tradeoff.model;

/** What a platform-as-a-product metric measures. */
public enum PlatformMetricKind implements YamlName {
    DEVELOPER_NPS, BUILD_DURATION, ONBOARDING_TIME, ADOPTION, OTHER
}
