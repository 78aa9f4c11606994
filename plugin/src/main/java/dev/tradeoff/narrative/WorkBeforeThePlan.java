package dev.tradeoff.narrative;

import dev.tradeoff.analysis.BuildQuarters;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import java.util.Optional;

/**
 * Work that starts before the plan: SPEC §2 counts only quarters inside the plan, so the build
 * quarters before it (and the one-off cost, spent in the first) are sunk, as are any benefits and
 * run cost before it. The page's header gives the whole build's duration and effort, the figures
 * beside it do not: say what is left out, or the cash flow reads as missing quarters.
 */
final class WorkBeforeThePlan {

    private WorkBeforeThePlan() {
    }

    /** The person-months of {@code initiative}'s build before the plan: counted as already spent. */
    static double effortBefore(Initiative initiative, Plan plan) {
        return initiative.effortPerQuarter() * BuildQuarters.of(initiative, plan).beforePlan();
    }

    /**
     * What the build quarters of {@code initiative} before the plan cost, with its one-off cost if it
     * started before the plan: counted as already spent, it is in no figure. 0 when it starts in the plan.
     */
    static double sunkCost(Initiative initiative, Plan plan) {
        if (!initiative.start().isBefore(plan.start())) {
            return 0;
        }
        return effortBefore(initiative, plan) * plan.costPerPersonMonth().amount() + oneOff(initiative);
    }

    private static double oneOff(Initiative initiative) {
        return initiative.oneOffCost() == null ? 0 : initiative.oneOffCost().amount();
    }

    /** What of {@code initiative} lies before the plan and is left out, or empty when nothing is. */
    static Optional<Finding> finding(Initiative initiative, Plan plan) {
        if (!initiative.start().isBefore(plan.start())) {
            return Optional.empty();
        }
        BuildQuarters quarters = BuildQuarters.of(initiative, plan);
        boolean builtBefore = quarters.allBeforePlan();
        double effort = effortBefore(initiative, plan);
        double oneOff = oneOff(initiative);
        double cost = sunkCost(initiative, plan);
        // Built before the plan, it may also have gone live, and earned or cost to run, before it.
        String ranBefore = builtBefore && initiative.goLive().isBefore(plan.start()) ? flowsAfterGoLive(initiative) : null;
        if (cost == 0 && ranBefore == null) {
            return Optional.empty();
        }
        Figure start = Figure.quarter(initiative.start());
        Figure end = Figure.quarter(initiative.end());
        Figure planStart = Figure.quarter(plan.start());
        Figure withOneOff = Figure.text(oneOff > 0 ? " with its one-off cost" : "");
        Figure flows = Figure.text(ranBefore);
        Figure flowsVerb = Figure.text("run cost".equals(ranBefore) ? "is" : "are");
        String what;
        if (!builtBefore) {
            what = "its work before then ({3}, {4} person-months, {5}{6}) counts as already spent and is left out of its costs, its NPV and the plan's effort, which count from {2}.";
        } else if (cost == 0) {
            what = "its {7} before then {8} left out of its figures, which count from {2}.";
        } else if (ranBefore == null) {
            what = "its build ({4} person-months, {5}{6}) counts as already spent and is left out of its costs, its NPV and the plan's effort.";
        } else {
            what = "its build ({4} person-months, {5}{6}) counts as already spent and is left out of its costs, its NPV and the plan's effort, as {8} its {7} before {2}.";
        }
        // Work not yet begun cannot have been spent: its start is more likely a date nobody moved.
        boolean begun = initiative.hasBegun();
        String when = builtBefore
                ? (begun ? "Built" : "Planned to be built") + (initiative.duration() == 1 ? " in {0}" : " from {0} to {1}")
                : (begun ? "Started" : "Planned to start") + " in {0}";
        String advice = begun ? "" : " If it has not started, move its start to {2} or later.";
        return Optional.of(Finding.of(begun ? Severity.INFO : Severity.WARNING, "sunk",
                when + ", before the plan begins in {2}: " + what + advice,
                start, end, planStart, Figure.quarters(quarters.beforePlan()), Figure.number(effort),
                Figure.money(cost), withOneOff, flows, flowsVerb));
    }

    /** What flows from go-live on: "benefits", "run cost", both, or null when neither. */
    private static String flowsAfterGoLive(Initiative initiative) {
        boolean benefits = !initiative.benefits().isEmpty();
        boolean runCost = initiative.runCost() != null && initiative.runCost().amount() != 0;
        if (benefits && runCost) {
            return "benefits and run cost";
        }
        return benefits ? "benefits" : runCost ? "run cost" : null;
    }
}
