package dev.tradeoff.analysis;

import dev.tradeoff.model.Quarter;
import java.util.List;

/**
 * SPEC.md section 2's payback, read off an initiative's cash flows: the first quarter whose
 * cumulative net is back at zero or above after being below it, and whether it was ever below. The
 * figures and the pages both ask this one rule, so a page can never say "not needed" of an
 * initiative whose figures went negative, nor the reverse, whatever the rounding noise.
 */
record Payback(Quarter quarter, boolean wentNegative) {

    static Payback of(List<CashFlow> flows) {
        double turnover = 0;
        boolean negative = false;
        for (CashFlow flow : flows) {
            turnover += Math.abs(flow.benefit()) + Math.abs(flow.cost());
            if (negative && Tolerance.notNegativeMoney(flow.cumulativeNet(), turnover)) {
                return new Payback(flow.quarter(), true);
            }
            if (Tolerance.negativeMoney(flow.cumulativeNet(), turnover)) {
                negative = true;
            }
        }
        return new Payback(null, negative);
    }
}
