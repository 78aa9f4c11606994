package dev.tradeoff.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Shares as percentages on axes and labels, the same on every machine: {@code 0.25} is
 * {@code 25%}, {@code 1.324} is {@code 132%}, {@code 0.125} is {@code 12.5%} (at most one decimal,
 * trailing zero dropped). Immutable and locale-free.
 */
public final class PercentAxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    static final PercentAxisFormat INSTANCE = new PercentAxisFormat();

    @Override
    public StringBuffer format(double share, StringBuffer out, FieldPosition pos) {
        if (Double.isNaN(share) || Double.isInfinite(share)) {
            return out.append('\u2013');
        }
        BigDecimal percent = BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        if (percent.signum() < 0) {
            out.append('\u2212');
            percent = percent.negate();
        }
        String digits = percent.signum() == 0 ? "0" : percent.stripTrailingZeros().toPlainString();
        return out.append(digits).append('%');
    }

    @Override
    public StringBuffer format(long share, StringBuffer out, FieldPosition pos) {
        return format((double) share, out, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        int start = pos.getIndex();
        int end = source.indexOf('%', start);
        if (end < 0) {
            pos.setErrorIndex(start);
            return null;
        }
        try {
            double value = new BigDecimal(source.substring(start, end).replace('\u2212', '-')).movePointLeft(2).doubleValue();
            pos.setIndex(end + 1);
            return value;
        } catch (NumberFormatException e) {
            pos.setErrorIndex(start);
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PercentAxisFormat;
    }

    @Override
    public int hashCode() {
        return 11;
    }
}
