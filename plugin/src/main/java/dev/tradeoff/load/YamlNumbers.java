package dev.tradeoff.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** The numeric forms of YAML (.inf, .nan, 1_000, 1e3) turned into Java numbers. */
final class YamlNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]*[0-9][0-9_]*");
    private static final Pattern OTHER_BASE = Pattern.compile("[-+]?(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9]+(:[0-5]?[0-9])+(\\.[0-9_]*)?)");
    private static final Pattern INFINITY = Pattern.compile("([-+]?)\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private YamlNumbers() {
    }

    /** Whether an integer is written in decimal digits (with YAML 1.1's {@code _} separators), not 0x1F, 0o17, 0b101 or 1:30. */
    static boolean isDecimalInteger(String text) {
        return INTEGER.matcher(text.trim().replace("_", "")).matches();
    }

    /** Whether a decimal integer starts with a zero that YAML 1.1 would take as the mark of an octal number. */
    static boolean hasLeadingZero(String text) {
        return LEADING_ZERO.matcher(text.trim()).matches();
    }

    /** For a number written in another base than ten (0x1F, 0o17, 0b101, 1:30), what to write instead; else "". */
    static String otherBaseHint(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING
                && OTHER_BASE.matcher(scalar.text().trim()).matches()
                ? "; write numbers in decimal digits (YAML tools disagree on what 0x, 0o, 0b and 1:30 mean)"
                : "";
    }

    /** A decimal integer's value, leading zeros and {@code _} separators allowed. */
    static Number decimalInteger(String text) {
        BigInteger value = new BigInteger(text.trim().replace("_", "").replace("+", ""));
        return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
    }

    /** The value of a YAML float ({@code 1.5}, {@code 1e309} = infinity, {@code .nan}), or null. */
    static Double parseFloat(String text) {
        String t = text.trim().replace("_", "");
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
        String text = scalar.text().trim().replace("_", "");
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
        String text = scalar.text().trim().replace("_", "");
        if (DECIMAL.matcher(text).matches()) {
            return new BigDecimal(text);
        }
        return BigDecimal.valueOf(scalar.number().doubleValue());
    }
}
