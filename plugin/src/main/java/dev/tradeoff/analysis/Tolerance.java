package dev.tradeoff.analysis;

/**
 * Comparisons against SPEC.md's thresholds that decide by the decimal figures the user wrote, not
 * by binary rounding: 2.7 / 9 is 0.3 and so inside a band whose top is 0.3, although as a double
 * it is 0.30000000000000004. The slack is a trillionth of the bound (at least a trillionth), far
 * below anything a strategy can mean.
 */
public final class Tolerance {

    private static final double RELATIVE = 1e-12;

    private Tolerance() {
    }

    /** Whether {@code value} counts as {@code bound} itself: within the slack on either side. */
    public static boolean sameAs(double value, double bound) {
        return Math.abs(value - bound) <= slack(bound);
    }

    static boolean atLeast(double value, double bound) {
        return value >= bound - slack(bound);
    }

    static boolean above(double value, double bound) {
        return value > bound + slack(bound);
    }

    static boolean below(double value, double bound) {
        return value < bound - slack(bound);
    }

    /**
     * Whether a running sum of money is at or above zero. Its rounding noise grows with the money
     * that went through it ({@code turnover}, the sum of the amounts' sizes), so the slack does too:
     * a trillionth of that, and at least a millionth of a unit.
     */
    static boolean notNegativeMoney(double amount, double turnover) {
        return amount >= -moneySlack(turnover);
    }

    static boolean negativeMoney(double amount, double turnover) {
        return amount < -moneySlack(turnover);
    }

    private static final double MONEY = 1e-6;

    private static double moneySlack(double turnover) {
        return Math.max(MONEY, RELATIVE * turnover);
    }

    private static double slack(double bound) {
        return RELATIVE * Math.max(1, Math.abs(bound));
    }
}
