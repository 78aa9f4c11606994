package dev.tradeoff.model;

import java.math.BigDecimal;
import java.util.List;

/** One benefit line: {@code amount} per quarter at full rate, reached linearly over {@code ramp} quarters. */
public record Benefit(BenefitType type, Money amount, int ramp) {

    /** The amounts of {@code benefits} added up exactly: what they bring a quarter at full rate, SPEC's default cost of delay. */
    public static BigDecimal atFullRate(List<Benefit> benefits) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Benefit benefit : benefits) {
            sum = sum.add(benefit.amount().value());
        }
        return sum;
    }
}
