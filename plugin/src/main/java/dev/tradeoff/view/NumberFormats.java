package dev.tradeoff.view;

import dev.tradeoff.analysis.Tolerance;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages and plain numbers, locale-free, rounded half up as finance rounds ({@link MoneyFormat} too). */
public final class NumberFormats {

    private NumberFormats() {
    }

    /** A share as a whole percentage: 0.2349 → {@code 23%}; null → an em dash. */
    public static String percent(Double share) {
        if (share == null) {
            return "—";
        }
        return percentNumber(share, 0) + "%";
    }

    /**
     * A share as a percentage beside the bounds it is judged against (a band's ends, a grade's
     * threshold): whole, unless rounding would make it read as a bound it is not. 0.3046 against a
     * band ending at 30% is {@code 30.5%} (it is above the band; "30%" would say within), 0.6951
     * against 70% is {@code 69.5%}; 0.3 itself is {@code 30%}. At most three decimals.
     */
    public static String percentAgainst(Double share, double... bounds) {
        if (share == null) {
            return "—";
        }
        int decimals = 0;
        while (decimals < 3 && readsAsABoundItIsNot(share, decimals, bounds)) {
            decimals++;
        }
        return percentNumber(share, decimals) + "%";
    }

    /**
     * A share of a capacity (a team's or the engineering capacity's utilisation): whole, unless it
     * would read as 100% when it is over or under it (100.2% is an overload, "100%" reads as none).
     * One rule for tables, sentences, charts and the diff, so they write the same figure alike.
     */
    public static String shareOfCapacity(Double share) {
        return percentAgainst(share, 1);
    }

    /**
     * A share times 100 with {@code decimals} decimals, the decimal point moved rather than the
     * double multiplied: 0.145 × 100 is 14.499999999999998 in binary, and would round to 14.
     */
    private static String percentNumber(double share, int decimals) {
        return decimal(BigDecimal.valueOf(share).movePointRight(2), decimals);
    }

    private static boolean readsAsABoundItIsNot(double share, int decimals, double[] bounds) {
        for (double bound : bounds) {
            if (!Tolerance.sameAs(share, bound) && percentNumber(share, decimals).equals(percentNumber(bound, decimals))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A number with at most {@code decimals} decimals, trailing zeros dropped and thousands grouped:
     * 12.50 → {@code 12.5}, 33689.25 → {@code 33,689.3}.
     */
    public static String number(double value, int decimals) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : grouped(rounded.toPlainString()).replace('-', '−');
    }

    /** A count with its thousands grouped: {@code 2,844}, {@code −1,000}. */
    public static String count(long count) {
        return grouped(Long.toString(count)).replace('-', '−');
    }

    /** A plain decimal ("-33689.25") with commas between the thousands of its whole part. */
    static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        if (end - start <= 3) {
            return plain;
        }
        StringBuilder text = new StringBuilder(plain.length() + (end - start) / 3);
        text.append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                text.append(',');
            }
            text.append(plain.charAt(i));
        }
        return text.append(plain, end, plain.length()).toString();
    }

    /** A number with exactly {@code decimals} decimals. */
    public static String decimal(double value, int decimals) {
        return decimal(BigDecimal.valueOf(value), decimals);
    }

    private static String decimal(BigDecimal value, int decimals) {
        String text = value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        return text.matches("-0(\\.0+)?") ? text.substring(1) : text.replace('-', '−');
    }

    /** "1 initiative", "0 briefs", "2 charts": a count and a noun whose plural takes an s, as logs say them. */
    public static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /** "1 quarter", "3 quarters". */
    public static String quarters(int count) {
        return count + (Math.abs(count) == 1 ? " quarter" : " quarters");
    }

    /** Small counts in words, for prose: "four quarters"; larger ones in figures, grouped ("6,423"). */
    public static String words(int count) {
        String[] names = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve"};
        return count >= 0 && count < names.length ? names[count] : count(count);
    }
}
