package dev.tradeoff.model;

/** One benefit line: {@code amount} per quarter at full rate, reached linearly over {@code ramp} quarters. */
public record Benefit(BenefitType type, Money amount, int ramp) {
}
