package dev.tradeoff.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter such as {@code 2027-Q1}; ordered in time, with the obvious arithmetic. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4: " + quarter);
        }
    }

    /** Parses {@code YYYY-Qn}; throws {@link IllegalArgumentException} on anything else. */
    public static Quarter parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter (expected YYYY-Qn, n in 1..4): " + text);
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Quarters since year 0, Q1: a continuous number line that makes arithmetic trivial. */
    public int ordinal() {
        return year * 4 + (quarter - 1);
    }

    public static Quarter ofOrdinal(int ordinal) {
        return new Quarter(Math.floorDiv(ordinal, 4), Math.floorMod(ordinal, 4) + 1);
    }

    public Quarter plus(int quarters) {
        return ofOrdinal(ordinal() + quarters);
    }

    /** Number of quarters from {@code other} to this one (positive when this is later). */
    public int minus(Quarter other) {
        return ordinal() - other.ordinal();
    }

    public boolean isAfter(Quarter other) {
        return compareTo(other) > 0;
    }

    public boolean isBefore(Quarter other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Quarter other) {
        return Integer.compare(ordinal(), other.ordinal());
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
