package dev.tradeoff.load;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The numbers a key accepts, with the words to say so: "from 1 to 10", "greater than 0". */
record NumberRange(double low, boolean lowIncluded, double high, boolean highIncluded) {

    /** A decimal number and a percent sign, spaces allowed around them: {@code 10%}, {@code 12.5 %}. */
    private static final Pattern WITH_PERCENT_SIGN = Pattern.compile("\\s*([-+]?[0-9]{1,15}(?:\\.[0-9]{1,15})?)\\s*%\\s*");

    static final NumberRange ANY = new NumberRange(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);

    static NumberRange between(double low, double high) {
        return new NumberRange(low, true, high, true);
    }

    static NumberRange atLeast(double low) {
        return new NumberRange(low, true, Double.POSITIVE_INFINITY, true);
    }

    static NumberRange above(double low) {
        return new NumberRange(low, false, Double.POSITIVE_INFINITY, true);
    }

    /** Both ends excluded: (low, high). */
    static NumberRange strictlyBetween(double low, double high) {
        return new NumberRange(low, false, high, false);
    }

    /** (low, high]. */
    static NumberRange aboveUpTo(double low, double high) {
        return new NumberRange(low, false, high, true);
    }

    boolean contains(double value) {
        boolean aboveLow = lowIncluded ? value >= low : value > low;
        boolean belowHigh = highIncluded ? value <= high : value < high;
        return aboveLow && belowHigh;
    }

    /** "from 1 to 10", "0 or more", "greater than 0 and less than 1". */
    String describe() {
        boolean bounded = high != Double.POSITIVE_INFINITY;
        if (lowIncluded && highIncluded && bounded) {
            return "from " + show(low) + " to " + show(high);
        }
        String lower = lowIncluded ? show(low) + " or more" : "greater than " + show(low);
        if (!bounded) {
            return lower;
        }
        return lower + " and " + (highIncluded ? "at most " : "less than ") + show(high);
    }

    /**
     * " (did you mean 0.1 for 10%?)" where a share from 0 to 1 is wanted and a percentage was
     * written; "" otherwise.
     */
    String percentHint(double value) {
        // Below 2 a percentage is hard to tell from a mistyped share (focus: 1.2): no guess then.
        if (high != 1 || value < 2 || value > 100) {
            return "";
        }
        double fraction = BigDecimal.valueOf(value).movePointLeft(2).doubleValue();
        return contains(fraction) ? " (written as a fraction: did you mean " + show(fraction) + " for "
                + show(value) + "%?)" : "";
    }

    /**
     * For a number written with a percent sign ({@code 10%}, which YAML reads as text): the number
     * wanted, " (written as a fraction: did you mean 0.1 for 10%?)" for a share from 0 to 1, else
     * " (did you mean 35, without the %?)"; "" for any other text or a number out of range.
     */
    String percentSignHint(String text) {
        Matcher percent = WITH_PERCENT_SIGN.matcher(text);
        if (text.length() > 40 || !percent.matches()) {
            return "";
        }
        BigDecimal written = new BigDecimal(percent.group(1));
        double fraction = written.movePointLeft(2).doubleValue();
        if (high == 1 && contains(fraction)) {
            return " (written as a fraction: did you mean " + show(fraction) + " for " + show(written.doubleValue())
                    + "%?)";
        }
        return contains(written.doubleValue()) ? " (did you mean " + show(written.doubleValue()) + ", without the %?)"
                : "";
    }

    static String show(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
