package dev.tradeoff.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The numeric forms of YAML turned into Java numbers: the decimal ones both YAML 1.1 (SnakeYAML,
 * under the loader) and YAML 1.2 (editors, and the JSON Schemas they check with) read alike:
 * {@code 12}, {@code -0.5}, {@code 1e3}, {@code .inf}. Forms they read differently ({@code 1_000},
 * {@code 0x1F}, {@code 0o17}, {@code 0b101}, {@code 1:30}) are refused, and {@code 012} is 12, not octal.
 */
final class YamlNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9]+");
    private static final Pattern OTHER_BASE = Pattern.compile(
            "[-+]?(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9]+(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9.]*_[0-9_.eE+-]*)");
    private static final Pattern INFINITY = Pattern.compile("([-+]?)\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private YamlNumbers() {
    }

    /** Whether an integer is written in plain decimal digits, not 1_000, 0x1F, 0o17, 0b101 or 1:30. */
    static boolean isDecimalInteger(String text) {
        return INTEGER.matcher(text.trim()).matches();
    }

    /** Whether a decimal integer starts with a zero that YAML 1.1 would take as the mark of an octal number. */
    static boolean hasLeadingZero(String text) {
        return LEADING_ZERO.matcher(text.trim()).matches();
    }

    /** For a number written in a form YAML tools disagree on (1_000, 0x1F, 0o17, 0b101, 1:30), what to write instead; else "". */
    static String otherBaseHint(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING
                && OTHER_BASE.matcher(scalar.text().trim()).matches()
                ? "; write numbers in plain decimal digits (YAML tools disagree on 1_000, 0x1F, 0o17, 0b101 and 1:30)"
                : "";
    }

    /** A decimal integer's value, leading zeros allowed. */
    static Number decimalInteger(String text) {
        BigInteger value = new BigInteger(text.trim().replace("+", ""));
        return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
    }

    /** The value of a YAML float ({@code 1.5}, {@code 1e309} = infinity, {@code .nan}), or null. */
    static Double parseFloat(String text) {
        String t = text.trim();
        var infinity = INFINITY.matcher(t);
        if (infinity.matches()) {
            return infinity.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NAN.matcher(t).matches()) {
            return Double.NaN;
        }
        if (DECIMAL.matcher(t).matches()) {
            return Double.parseDouble(t);
        }
        return null;
    }

    /** The number a scalar stands for, including quoted decimals such as {@code "12"}; null if none. */
    static Double toDouble(YamlScalar scalar) {
        return switch (scalar.type()) {
            case INTEGER, FLOAT -> scalar.number().doubleValue();
            case STRING -> DECIMAL.matcher(scalar.text().trim()).matches() ? parseFloat(scalar.text()) : null;
            default -> null;
        };
    }

    /** The whole number a scalar stands for ({@code 4}, {@code 4.0}, {@code "4"}); null if none. */
    static BigInteger toWholeNumber(YamlScalar scalar) {
        if (scalar.type() == YamlScalar.Type.INTEGER) {
            return scalar.number() instanceof BigInteger big ? big : BigInteger.valueOf(scalar.number().longValue());
        }
        String text = scalar.text().trim();
        if (scalar.type() == YamlScalar.Type.STRING && INTEGER.matcher(text).matches()) {
            return new BigInteger(text);
        }
        Double value = toDouble(scalar);
        if (value != null && Double.isFinite(value) && value == Math.rint(value)) {
            return new BigDecimal(value).toBigInteger();
        }
        return null;
    }

    /** The exact decimal a finite number scalar was written as. */
    static BigDecimal toDecimal(YamlScalar scalar) {
        if (scalar.number() instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (scalar.type() == YamlScalar.Type.INTEGER) {
            return BigDecimal.valueOf(scalar.number().longValue());
        }
        String text = scalar.text().trim();
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return BigDecimal.valueOf(scalar.number().doubleValue());
    }
}
