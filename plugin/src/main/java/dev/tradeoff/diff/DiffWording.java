package dev.tradeoff.diff;

import dev.tradeoff.analysis.OkrProgress;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NumberFormats;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The words, limits and order that the verdict ({@link DiffHeadline}) and the sections
 * ({@link DiffViewBuilder}, {@link DiffMarkdown}) share, so that a change reads the same in all of
 * them: counts, shifts, signed money, an initiative's own NPV beside the portfolio's, its status
 * move, and the largest effects first.
 */
final class DiffWording {

    /** Below this, an amount of money is no change at all (rounding noise of the sums). */
    static final double NO_MONEY = 0.5;

    /**
     * Characters of a title the verdict and {@code diff.md} show. One limit for both: diff.md's room
     * for the largest effects is counted in titles of this length.
     */
    static final int TITLE_CHARS = 120;

    private DiffWording() {
    }

    /**
     * A title as the verdict names it: never so long that it buries the sentence around it, and on
     * one line (the build log prints the verdict as it is).
     */
    static String title(String title) {
        return MarkdownText.truncate(title.replaceAll("\\p{Cntrl}", " "), TITLE_CHARS);
    }

    /** "1 key result", "2 key results". */
    static String count(long n, String noun) {
        return NumberFormats.count(n) + " " + noun + (n == 1 ? "" : "s");
    }

    /** "2 quarters later", "1 quarter earlier". */
    static String shift(int quarters) {
        return NumberFormats.quarters(Math.abs(quarters)) + (quarters > 0 ? " later" : " earlier");
    }

    /**
     * "3 quarters earlier (1 before the plan)": a rescheduled initiative's whole shift, and how much
     * of it lies before the plan's start, where the verdict counts no delay.
     */
    static String shiftAgainstPlan(ChangedInitiative c) {
        int before = c.quartersBeforePlan();
        return shift(c.startShift()) + (before == 0 ? "" : " (" + before + " before the plan)");
    }

    /**
     * A share written as a number ({@code 0.125}) as a percentage, exactly: "12.5%". The plan's
     * rates are read to the digit, and rounding 8.5% to "9%" would hide the change a diff is about.
     */
    /** An objective's score, as the OKR pages write it against their on-track and at-risk lines. */
    static String score(double score) {
        return NumberFormats.percentAgainst(score, OkrProgress.ON_TRACK, OkrProgress.AT_RISK);
    }

    static String percent(Object share) {
        return share instanceof BigDecimal decimal
                ? decimal.movePointRight(2).stripTrailingZeros().toPlainString() + "%"
                : FieldValues.text(share);
    }

    /** "+$1.2M", "−$80k", "$0" (an amount under {@link #NO_MONEY} is no change). */
    static String signedMoney(MoneyFormat money, double amount) {
        if (Math.abs(amount) < NO_MONEY) {
            return money.compact(0);
        }
        return amount > 0 ? "+" + money.compact(amount) : money.compact(amount);
    }

    /**
     * An initiative's own NPV, named so beside the portfolio's change it makes (of the opposite sign
     * for one removed or dropped): "its own NPV was −$347k" before the change, "its own NPV $70.4k"
     * after it.
     */
    static String ownNpv(MoneyFormat money, double npv, boolean before) {
        return "its own NPV " + (before ? "was " : "") + money.compact(npv);
    }

    /**
     * Said of a changed initiative dropped on either side, instead of its schedule shift: "dropped",
     * "revived", "still dropped"; null for one planned on both sides. The words of an added or removed
     * initiative's verb, so every status move reads the same in the verdict and the sections.
     */
    static String statusChange(ChangedInitiative c) {
        return c.isDroppedByChange() ? "dropped"
                : c.isRevivedByChange() ? "revived"
                : c.isStillDropped() ? "still dropped"
                : null;
    }

    /** How large a changed initiative's effect is: its NPV delta or its delay cost, whichever is larger. */
    static double effect(ChangedInitiative c) {
        return effect(c.npvDelta(), c);
    }

    /**
     * The same, with {@code npvDelta} for its NPV change: its own changes' part, where what the plan's
     * settings did to it counts as the plan's effect.
     */
    static double effect(double npvDelta, ChangedInitiative c) {
        return Math.max(Math.abs(npvDelta), c.delayCost() == null ? 0 : Math.abs(c.delayCost()));
    }

    static <T> Comparator<T> largestFirst(ToDoubleFunction<T> effect) {
        return (a, b) -> Double.compare(effect.applyAsDouble(b), effect.applyAsDouble(a));
    }
}
