package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Status;
import java.util.Comparator;
import java.util.List;

/**
 * Proposed and committed initiatives, work nobody has begun, planned partly or wholly before the
 * plan's start. SPEC §2 counts the quarters before the plan as sunk, so their build effort and
 * one-off cost there are in no figure: the NPV rises by work still to do. Each initiative's page
 * says it ({@link WorkBeforeThePlan}); the portfolio's summary and the build say it once for all,
 * with the same money as those pages.
 *
 * @param initiatives the work, the largest cost left out first, then by id
 * @param plan the plan they start before
 * @param npv the portfolio's NPV, which leaves their cost out
 */
public record UnstartedWorkBeforeThePlan(List<Item> initiatives, Plan plan, double npv) {

    /** How many of them are named; the rest are counted. */
    static final int NAMED = 3;

    /**
     * One initiative's work before the plan: {@code effort} person-months in its build quarters
     * before the plan's start, and {@code cost}, that effort at the plan's cost per person-month
     * plus its one-off cost (spent in its first quarter, which is before the plan), undiscounted.
     */
    public record Item(Initiative initiative, double effort, double cost) {
    }

    public UnstartedWorkBeforeThePlan {
        initiatives = List.copyOf(initiatives);
    }

    public static UnstartedWorkBeforeThePlan of(Portfolio portfolio) {
        Plan plan = portfolio.strategy().plan();
        List<Item> items = portfolio.initiatives().stream()
                .map(InitiativeFigures::initiative)
                .filter(i -> i.status() == Status.PROPOSED || i.status() == Status.COMMITTED)
                .filter(i -> i.start().isBefore(plan.start()))
                .map(i -> item(i, plan))
                .filter(item -> item.effort() > 0 || item.cost() > 0)
                .sorted(Comparator.comparingDouble(Item::cost).reversed()
                        .thenComparing(item -> item.initiative().id()))
                .toList();
        return new UnstartedWorkBeforeThePlan(items, plan, portfolio.totals().npv());
    }

    /** The same figures as {@link WorkBeforeThePlan} gives on the initiative's page. */
    private static Item item(Initiative initiative, Plan plan) {
        return new Item(initiative, WorkBeforeThePlan.effortBefore(initiative, plan),
                WorkBeforeThePlan.sunkCost(initiative, plan));
    }

    public boolean isEmpty() {
        return initiatives.isEmpty();
    }

    /** Person-months before the plan, all of them. */
    public double effort() {
        return initiatives.stream().mapToDouble(Item::effort).sum();
    }

    /** Cost left out of the NPV, all of it, undiscounted. */
    public double cost() {
        return initiatives.stream().mapToDouble(Item::cost).sum();
    }

    /**
     * The cost left out is at least half the portfolio's NPV (gain or loss): the headline figure then
     * says as much about dates nobody moved as about the work, and the summary puts it first.
     */
    boolean misleadsTheNpv() {
        return 2 * cost() >= Math.abs(npv);
    }

    /** How the cost left out compares with the NPV, when it {@link #misleadsTheNpv() misleads} it. */
    private String againstTheNpv() {
        if (!misleadsTheNpv()) {
            return ".";
        }
        return cost() > Math.abs(npv) ? ", more than the portfolio's whole NPV of {7}." : ", at least half the portfolio's NPV of {7}.";
    }

    /** What the verdict says, right after the NPV it qualifies: what happened, how much, what to do. */
    public Finding finding() {
        int count = initiatives.size();
        String template = "{0} not yet started {1} planned to begin before the plan starts in {2} ({3}): {5} work before"
                + " then, {4} person-months costing {6}, counts as already spent and is left out of the portfolio's costs and NPV"
                + againstTheNpv()
                + " Move {5} start to {2} or later, or mark {8} in progress or done if the work happened.";
        return Finding.of(misleadsTheNpv() ? Severity.CRITICAL : Severity.WARNING, "sunk", template,
                Figure.counted(count, "initiative"), Figure.text(count == 1 ? "is" : "are"), Figure.quarter(plan.start()),
                Figure.text(titles()), Figure.number(effort()), Figure.text(count == 1 ? "its" : "their"),
                Figure.money(cost()), Figure.money(npv), Figure.text(count == 1 ? "it" : "them"));
    }

    /** The advice among the summary's recommendations. */
    Finding recommendation() {
        int count = initiatives.size();
        return Finding.of(misleadsTheNpv() ? Severity.CRITICAL : Severity.WARNING, "sunk",
                "Move the start of {0} to {1} or later, or mark {2} in progress or done if the work happened:"
                        + " the NPV leaves out {3} of work not yet started because it is planned before the plan starts.",
                Figure.text(titles()), Figure.quarter(plan.start()), Figure.text(count == 1 ? "it" : "them"),
                Figure.money(cost()));
    }

    /** The first few titles, the rest counted. */
    private String titles() {
        List<String> named = initiatives.stream().limit(NAMED).map(item -> item.initiative().title()).toList();
        return Prose.join(named, initiatives.size() - named.size());
    }
}
