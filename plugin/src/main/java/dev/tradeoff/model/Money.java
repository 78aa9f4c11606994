package dev.tradeoff.model;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money in the strategy's currency, kept exactly as written
 * ({@code 450k}, {@code "$1.2M"}, {@code "1,250,000"}).
 */
public record Money(BigDecimal value) {

    public static final Money ZERO = new Money(BigDecimal.ZERO);

    private static final Pattern FORM =
            Pattern.compile("([$€£¥])?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+)([kKmMbB])?");

    public Money {
        if (value == null) {
            throw new IllegalArgumentException("money needs a value");
        }
    }

    public static Money of(double amount) {
        return new Money(BigDecimal.valueOf(amount));
    }

    /**
     * Parses the string form of SPEC.md: optional currency symbol, digits with optional decimal
     * point and thousands commas, optional k/m/b suffix. Throws {@link IllegalArgumentException}.
     */
    public static Money parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an amount of money: " + text);
        }
        BigDecimal number = new BigDecimal(m.group(2).replace(",", ""));
        String suffix = m.group(3);
        if (suffix != null) {
            int exponent = switch (Character.toLowerCase(suffix.charAt(0))) {
                case 'k' -> 3;
                case 'm' -> 6;
                default -> 9;
            };
            number = number.scaleByPowerOfTen(exponent);
        }
        return new Money(number);
    }

    /** The amount as a double, which is what the financial formulas work in. */
    public double amount() {
        return value.doubleValue();
    }

    public boolean isZero() {
        return value.signum() == 0;
    }
}
