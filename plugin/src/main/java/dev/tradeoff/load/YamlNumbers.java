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

    private static final Pattern OTHER_BASE = Pattern.compile(
            "[-+]?(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|[0-9]+(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9.]*_[0-9_.eE+-]*)");
    private static final Pattern INFINITY = Pattern.compile("([-+]?)\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private YamlNumbers() {
    }

    // Every number of every file passes the checks below, so they scan characters rather than run a
    // regular expression each (YamlNumbersTest holds them to the expressions they stand for).

    /** Whether an integer is written in plain decimal digits ({@code [-+]?[0-9]+}), not 1_000, 0x1F, 0o17, 0b101 or 1:30. */
    static boolean isDecimalInteger(String text) {
        String t = text.trim();
        int start = signLength(t);
        int digits = digits(t, start);
        return digits > 0 && start + digits == t.length();
    }

    /** Whether {@code t} is a plain decimal number: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}. */
    static boolean isPlainDecimal(String t) {
        int i = signLength(t);
        int whole = digits(t, i);
        i += whole;
        int fraction = 0;
        if (i < t.length() && t.charAt(i) == '.') {
            fraction = digits(t, i + 1);
            i += 1 + fraction;
        }
        if (whole == 0 && fraction == 0) {
            return false;
        }
        if (i < t.length() && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                i++;
            }
            int exponent = digits(t, i);
            if (exponent == 0) {
                return false;
            }
            i += exponent;
        }
        return i == t.length();
    }

    private static int signLength(String t) {
        return !t.isEmpty() && (t.charAt(0) == '+' || t.charAt(0) == '-') ? 1 : 0;
    }

    /** How many ASCII digits follow {@code from}. */
    private static int digits(String t, int from) {
        int i = from;
        while (i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    /** For a number written in a form YAML tools disagree on (1_000, 0x1F, 0o17, 0b101, 1:30), what to write instead; else "". */
    static String otherBaseHint(YamlNode node) {
        return node instanceof YamlScalar scalar && scalar.type() == YamlScalar.Type.STRING
                && OTHER_BASE.matcher(scalar.text().trim()).matches()
                ? "; write numbers in plain decimal digits (YAML tools disagree on 1_000, 0x1F, 0o17, 0b101 and 1:30)"
                : "";
    }

    /**
     * The value of an integer {@linkplain #isDecimalInteger written in decimal digits}, leading zeros
     * and all ({@code 012} is 12): a {@link Long}, or a {@link BigInteger} when it is too large for one.
     */
    static Number decimalInteger(String text) {
        String t = text.trim();
        if (t.length() <= 18) {
            return Long.parseLong(t);
        }
        BigInteger value = bigInteger(t);
        return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
    }

    /**
     * More significant digits than this and a number is only "far too large" for every field:
     * Java turns a decimal string into a BigInteger in time that grows with the square of its
     * length, so a value of a million digits would take seconds to read, a few such values minutes.
     */
    static final int MOST_DIGITS = 400;

    /** A decimal integer ({@code [-+]?[0-9]+}), exact up to {@link #MOST_DIGITS} significant digits, else ±10^MOST_DIGITS. */
    private static BigInteger bigInteger(String t) {
        int start = signLength(t);
        int first = start;
        while (first < t.length() - 1 && t.charAt(first) == '0') {
            first++;
        }
        if (t.length() - first <= MOST_DIGITS) {
            return new BigInteger(t.replace("+", ""));
        }
        BigInteger huge = BigInteger.TEN.pow(MOST_DIGITS);
        return t.charAt(0) == '-' ? huge.negate() : huge;
    }

    /** The value of a YAML float ({@code 1.5}, {@code 1e309} = infinity, {@code .nan}), or null. */
    static Double parseFloat(String text) {
        String t = text.trim();
        if (isPlainDecimal(t)) {
            return Double.parseDouble(t);
        }
        var infinity = INFINITY.matcher(t);
        if (infinity.matches()) {
            return infinity.group(1).equals("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (NAN.matcher(t).matches()) {
            return Double.NaN;
        }
        return null;
    }

    /** Whether {@code text} is YAML's infinity or not-a-number as written ({@code -.inf}, {@code .NaN}). */
    static boolean isInfinityOrNaN(String text) {
        String t = text.trim();
        return INFINITY.matcher(t).matches() || NAN.matcher(t).matches();
    }

    /** The number a scalar stands for, including quoted decimals such as {@code "12"}; null if none. */
    static Double toDouble(YamlScalar scalar) {
        return switch (scalar.type()) {
            case INTEGER, FLOAT -> scalar.number().doubleValue();
            case STRING -> {
                String text = scalar.text().trim();
                yield isPlainDecimal(text) ? Double.parseDouble(text) : null;
            }
            default -> null;
        };
    }

    /** The whole number a scalar stands for ({@code 4}, {@code 4.0}, {@code "4"}); null if none. */
    static BigInteger toWholeNumber(YamlScalar scalar) {
        if (scalar.type() == YamlScalar.Type.INTEGER) {
            return scalar.number() instanceof BigInteger big ? big : BigInteger.valueOf(scalar.number().longValue());
        }
        String text = scalar.text().trim();
        if (scalar.type() == YamlScalar.Type.STRING && isDecimalInteger(text)) {
            return bigInteger(text);
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
        // Beyond MOST_DIGITS characters the number is out of every range anyway: its double will do.
        if (text.length() <= MOST_DIGITS && isPlainDecimal(text)) {
            return new BigDecimal(text);
        }
        return BigDecimal.valueOf(scalar.number().doubleValue());
    }
}
