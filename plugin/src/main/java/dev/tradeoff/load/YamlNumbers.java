package dev.tradeoff.load;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** The numeric forms of YAML (.inf, .nan, 1_000, 1e3) turned into Java numbers. */
final class YamlNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    private static final Pattern INFINITY = Pattern.compile("([-+]?)\\.(inf|Inf|INF)");
    private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

    private YamlNumbers() {
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
