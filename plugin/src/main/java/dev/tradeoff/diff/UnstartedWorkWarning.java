package dev.tradeoff.diff;

import static dev.tradeoff.diff.DiffWording.NO_MONEY;
import static dev.tradeoff.diff.DiffWording.count;
import static dev.tradeoff.diff.DiffWording.largestFirst;

import dev.tradeoff.model.Status;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NumberFormats;
import java.util.List;
import java.util.TreeSet;

/**
 * The verdict's warning when a change counts work that has not started as already spent: a proposed
 * or committed initiative whose start now lies before the plan's. SPEC.md section 2 leaves every
 * quarter before the plan start out of the figures, so its cost there vanishes and the NPV rises by
 * work nobody has done; left unsaid, that reads as the best change of the quarter.
 */
final class UnstartedWorkWarning {

    private UnstartedWorkWarning() {
    }

    /**
     * " Warning: Instant payouts has not started (proposed) but now starts in 2026-Q3, before the
     * plan's start in 2027-Q1, so its 2 quarters of work before the plan count as already spent: this
     * takes $756k of build and one-off cost (undiscounted) out of the figures, and the NPV gain is
     * not real until that work is done." Empty when no such work grows.
     */
    static String sentence(DiffResult diff, MoneyFormat money) {
        List<UnstartedWorkBeforePlan> grown = warnedOf(diff).stream()
                .sorted(largestFirst(UnstartedWorkBeforePlan::sunkCostAdded))
                .toList();
        if (grown.isEmpty()) {
            return "";
        }
        UnstartedWorkBeforePlan largest = grown.get(0);
        int quarters = grown.stream().mapToInt(UnstartedWorkBeforePlan::sunkQuartersAfter).sum();
        double cost = grown.stream().mapToDouble(UnstartedWorkBeforePlan::sunkCostAdded).sum();
        boolean more = grown.stream().anyMatch(w -> w.sunkCostBefore() >= NO_MONEY);
        String who = grown.size() == 1
                ? DiffWording.title(largest.title()) + " has not started (" + largest.status().yamlName()
                        + ") but now starts in " + largest.start() + ", before the plan's start in " + largest.planStart()
                        + ", so its "
                : count(grown.size(), "initiative") + " that have not started (" + statuses(grown) + "), "
                        + DiffWording.title(largest.title()) + " the largest, now start before the plan's start in "
                        + largest.planStart() + ", so ";
        String counts = quarters == 1 ? " counts" : " count";
        String what = grown.size() == 1 ? " of work before the plan" : " of their work before the plan";
        // Said in the money written, not discounted: the amount a reader can check against the YAML.
        String amount = cost >= NO_MONEY
                ? ": this takes " + money.compact(cost) + (more ? " more" : "") + " of build and one-off cost"
                        + " (undiscounted) out of the figures"
                : "";
        String real = diff.totals().npvDelta() >= NO_MONEY
                ? ", and the NPV gain is not real until that work is done."
                : amount.isEmpty() ? ", although that work is still to be done." : " although that work is still to be done.";
        return " Warning: " + who + NumberFormats.quarters(quarters) + what + counts + " as already spent" + amount + real;
    }

    /**
     * The work the warning is about, in id order: that of which more is counted as already spent. The
     * verdict leaves their starts to the warning, which says where they now start.
     */
    static List<UnstartedWorkBeforePlan> warnedOf(DiffResult diff) {
        return diff.unstartedWorkBeforePlan().stream().filter(UnstartedWorkBeforePlan::grows).toList();
    }

    /** "proposed", "committed" or "proposed or committed", as the initiatives are. */
    private static String statuses(List<UnstartedWorkBeforePlan> work) {
        TreeSet<Status> statuses = new TreeSet<>();
        work.forEach(w -> statuses.add(w.status()));
        return String.join(" or ", statuses.stream().map(Status::yamlName).toList());
    }
}
