package dev.tradeoff.testing;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import dev.tradeoff.narrative.Finding;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.Sentences;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.stream.Collectors;

/**
 * Small portfolios built from the model records (with the loader's defaults) and analysed, for the
 * narrative, view and report tests. No discounting by default, so every figure can be worked out by hand.
 */
public final class Portfolios {

    public static final Sentences SENTENCES = new Sentences(new MoneyFormat("USD"));

    private final List<Initiative> initiatives = new ArrayList<>();
    private final List<Objective> objectives = new ArrayList<>();
    private final List<Team> teams = new ArrayList<>();
    private final List<Signal> signals = new ArrayList<>();
    private Scale scale;
    private int horizon = 12;
    private double discountRate;
    private double capacity = 100;

    public static Portfolios plan() {
        return new Portfolios();
    }

    public Portfolios horizon(int quarters) {
        horizon = quarters;
        return this;
    }

    public Portfolios discountRate(double rate) {
        discountRate = rate;
        return this;
    }

    public Portfolios capacity(double personMonths) {
        capacity = personMonths;
        return this;
    }

    public Portfolios with(InitiativeBuilder initiative) {
        initiatives.add(initiative.build());
        return this;
    }

    /** An objective due 2027-Q4 with one key result {@code kr} of the given progress (baseline 0, target 100). */
    public Portfolios objective(String id, double current) {
        return objective(id, current, "2027-Q4");
    }

    /** An objective due in {@code quarter} with one key result {@code kr} of the given progress. */
    public Portfolios objective(String id, double current, String quarter) {
        objectives.add(new Objective(id, "Objective " + id, Quarter.parse(quarter), null,
                List.of(new KeyResult("kr", "Key result of " + id, null, 0, 100, current)), Map.of(),
                "okrs/" + id + ".yaml"));
        return this;
    }

    public Portfolios team(String id, String name, double people) {
        teams.add(new Team(id, name, dev.tradeoff.model.TeamType.STREAM_ALIGNED, people));
        return this;
    }

    public Portfolios signal(Indicator indicator, Better better, String firstQuarter, double... values) {
        signals.add(new Signal(indicator, indicator.yamlName() + " metric", null, better, null,
                series(firstQuarter, values)));
        return this;
    }

    public Portfolios scale(double capacity, double headroom, Double growth, String firstQuarter, double... values) {
        scale = new Scale("tps", "tps", capacity, headroom, series(firstQuarter, values), growth);
        return this;
    }

    public Strategy strategy() {
        Plan plan = new Plan("Acme", "USD", Quarter.parse("2027-Q1"), horizon, discountRate, Money.parse("10k"),
                capacity, 0.20, 0.30, 5, 0.8, 4, Map.of());
        List<Initiative> sorted = initiatives.stream()
                .sorted(java.util.Comparator.comparing(Initiative::id)).toList();
        List<Objective> sortedObjectives = objectives.stream()
                .sorted(java.util.Comparator.comparing(Objective::id)).toList();
        return new Strategy(plan, sorted, sortedObjectives, teams, signals, scale, List.of(), List.of());
    }

    public Portfolio analyse() {
        return PortfolioAnalysis.analyse(strategy());
    }

    public static NavigableMap<Quarter, Double> series(String first, double... values) {
        return QuarterSeries.of(first, values);
    }

    public static InitiativeBuilder initiative(String id) {
        return InitiativeBuilder.initiative(id);
    }

    public static InitiativeFigures figures(Portfolio portfolio, String id) {
        return portfolio.initiatives().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    public static Map<String, InitiativeFigures> byId(Portfolio portfolio) {
        return portfolio.initiatives().stream().collect(Collectors.toMap(InitiativeFigures::id, f -> f));
    }

    /** The findings written out as the view writes them, in USD. */
    public static List<String> texts(List<Finding> findings) {
        return SENTENCES.write(findings).stream().map(dev.tradeoff.view.Sentence::text).toList();
    }

    private Portfolios() {
    }
}
