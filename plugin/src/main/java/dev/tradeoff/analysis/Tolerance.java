package dev.tradeoff.analysis;

/**
 * Comparisons against SPEC.md's thresholds that decide by the decimal figures the user wrote, not
 * by binary rounding: 2.7 / 9 is 0.3 and so inside a band whose top is 0.3, although as a double
 * it is 0.30000000000000004. The slack is a billionth of the bound (at least a billionth), far
 * below anything a strategy can mean.
 */
final class Tolerance {

    private static final double RELATIVE = 1e-9;

    private Tolerance() {
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

    /** Money sums carry rounding noise of their own size; a millionth of a unit is still nothing. */
    static boolean notNegativeMoney(double amount) {
        return amount >= -MONEY;
    }

    static boolean negativeMoney(double amount) {
        return amount < -MONEY;
    }

    private static final double MONEY = 1e-6;

    private static double slack(double bound) {
        return RELATIVE * Math.max(1, Math.abs(bound));
    }
}
