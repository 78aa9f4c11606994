package dev.tradeoff.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Compact money for chart axes and labels, the same on every machine: {@code $450k},
 * {@code $1.2M}, {@code $1.25M}, {@code −$200k}, {@code $3B}, {@code $0}. Up to
 * {@code maxFractionDigits} decimals of the unit (k, M, B), trailing zeros dropped; amounts below
 * a thousand keep up to the same decimals ({@code $12.5}). NaN and infinities are written as
 * {@code –}. An empty symbol gives compact plain numbers ({@code 1.2M}).
 * Immutable, hence safe to share between threads unlike other {@link NumberFormat}s.
 */
public final class MoneyAxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final String MINUS = "\u2212";
    private static final String[] UNITS = {"", "k", "M", "B", "T"};
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private final String symbol;
    private final int maxFractionDigits;

    /** Compact money with {@code symbol} and up to two decimals of the unit. */
    public MoneyAxisFormat(String symbol) {
        this(symbol, 2);
    }

    public MoneyAxisFormat(String symbol, int maxFractionDigits) {
        if (maxFractionDigits < 0 || maxFractionDigits > 6) {
            throw new IllegalArgumentException("maxFractionDigits must be 0..6: " + maxFractionDigits);
        }
        this.symbol = symbol == null ? "" : symbol;
        this.maxFractionDigits = maxFractionDigits;
    }

    /** Compact numbers without a currency symbol: {@code 1.2M}, {@code 450k}. */
    public static MoneyAxisFormat plain() {
        return new MoneyAxisFormat("");
    }

    @Override
    public StringBuffer format(double amount, StringBuffer out, FieldPosition pos) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            return out.append('\u2013');
        }
        BigDecimal abs = BigDecimal.valueOf(Math.abs(amount));
        int unit = 0;
        BigDecimal scaled;
        while (true) {
            scaled = abs.movePointLeft(3 * unit).setScale(maxFractionDigits, RoundingMode.HALF_UP);
            if (scaled.compareTo(THOUSAND) < 0 || unit == UNITS.length - 1) {
                break;
            }
            unit++;
        }
        String digits = scaled.signum() == 0 ? "0" : scaled.stripTrailingZeros().toPlainString();
        if (amount < 0 && scaled.signum() != 0) {
            out.append(MINUS);
        }
        return out.append(symbol).append(digits).append(UNITS[unit]);
    }

    @Override
    public StringBuffer format(long amount, StringBuffer out, FieldPosition pos) {
        return format((double) amount, out, pos);
    }

    /** Reads back what {@link #format(double)} writes (also with '-' for the minus sign). */
    @Override
    public Number parse(String source, ParsePosition pos) {
        int i = pos.getIndex();
        boolean negative = false;
        if (source.startsWith(MINUS, i) || source.startsWith("-", i)) {
            negative = true;
            i++;
        }
        if (!symbol.isEmpty()) {
            if (!source.startsWith(symbol, i)) {
                pos.setErrorIndex(i);
                return null;
            }
            i += symbol.length();
        }
        int start = i;
        while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
            i++;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(source.substring(start, i));
        } catch (NumberFormatException e) {
            pos.setErrorIndex(start);
            return null;
        }
        if (i < source.length()) {
            for (int unit = 1; unit < UNITS.length; unit++) {
                if (source.startsWith(UNITS[unit], i)) {
                    number = number.movePointRight(3 * unit);
                    i += UNITS[unit].length();
                    break;
                }
            }
        }
        pos.setIndex(i);
        double value = number.doubleValue();
        return negative ? -value : value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MoneyAxisFormat that
                && symbol.equals(that.symbol) && maxFractionDigits == that.maxFractionDigits;
    }

    @Override
    public int hashCode() {
        return symbol.hashCode() * 31 + maxFractionDigits;
    }
}
