package dev.tradeoff.render.chart;

import dev.tradeoff.model.Quarter;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Axis labels for quarters: an axis value is a {@link Quarter#ordinal()} and is written as
 * {@code 2027-Q1}, a value between two quarters as the nearest one (axes measure their range
 * ends, which sit half a quarter out). Immutable and locale-free.
 */
public final class QuarterAxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    static final QuarterAxisFormat INSTANCE = new QuarterAxisFormat();

    @Override
    public StringBuffer format(double value, StringBuffer out, FieldPosition pos) {
        if (!Double.isFinite(value)) {
            return out;
        }
        return format(Math.round(value), out, pos);
    }

    @Override
    public StringBuffer format(long ordinal, StringBuffer out, FieldPosition pos) {
        return out.append(Quarter.ofOrdinal((int) ordinal));
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
        int start = pos.getIndex();
        int end = Math.min(source.length(), start + 7);
        try {
            Quarter quarter = Quarter.parse(source.substring(start, end));
            pos.setIndex(end);
            return (long) quarter.ordinal();
        } catch (IllegalArgumentException e) {
            pos.setErrorIndex(start);
            return null;
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QuarterAxisFormat;
    }

    @Override
    public int hashCode() {
        return 7;
    }
}
