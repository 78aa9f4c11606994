package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.CashFlow;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.LoadPoint;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.OkrProgress;
import dev.tradeoff.analysis.Quadrant;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.BenefitType;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Analysis results built by hand for chart tests, a small plan and a large one. Running
 * {@link #main} writes one sample of every chart to a folder (default {@code /tmp/charts}).
 */
final class ChartFixtures {

    static final Quarter START = Quarter.parse("2027-Q1");
    static final int HORIZON = 12;
    static final double COST_PER_PERSON_MONTH = 15_000;

    private ChartFixtures() {
    }

    static Initiative initiative(String id, Kind kind, Status status, String start, int duration, double effort,
            double value, double riskReduction, double benefit) {
        return initiative(id, "Initiative " + id, kind, status, start, duration, effort, value, riskReduction, benefit);
    }

    static Initiative initiative(String id, String title, Kind kind, Status status, String start, int duration,
            double effort, double value, double riskReduction, double benefit) {
        return new Initiative(id, title, kind, null, status, Quarter.parse(start), duration, effort,
                Money.of(100_000), Money.of(10_000), List.of(new Benefit(BenefitType.REVENUE, Money.of(benefit), 2)),
                Money.of(benefit), value, riskReduction, List.of(), List.of(), List.of(), "", List.of(), Map.of(),
                Map.of(), "initiatives/" + id + ".yaml");
    }

    /** Figures with cash flows worked out the SPEC.md way (undiscounted; npv is a stand-in). */
    static InitiativeFigures figures(Initiative initiative) {
        if (initiative.isDropped()) {
            return new InitiativeFigures(initiative, List.of(), null, null, null, null, null, null, null, null, null);
        }
        List<CashFlow> flows = new ArrayList<>();
        double cumulative = 0;
        Quarter payback = null;
        boolean negative = false;
        for (int k = 0; k < HORIZON; k++) {
            Quarter q = START.plus(k);
            double cost = 0;
            double benefit = 0;
            if (!q.isBefore(initiative.start()) && !q.isAfter(initiative.end())) {
                cost += initiative.effort() * COST_PER_PERSON_MONTH / initiative.duration();
            }
            if (q.equals(initiative.start())) {
                cost += initiative.oneOffCost().amount();
            }
            if (!q.isBefore(initiative.goLive())) {
                cost += initiative.runCost().amount();
                int j = q.minus(initiative.goLive()) + 1;
                for (Benefit line : initiative.benefits()) {
                    benefit += line.amount().amount() * (line.ramp() == 0 ? 1 : Math.min(1.0, (double) j / line.ramp()));
                }
            }
            cumulative += benefit - cost;
            negative |= cumulative < 0;
            if (payback == null && negative && cumulative >= 0) {
                payback = q;
            }
            flows.add(new CashFlow(q, cost, benefit, cumulative));
        }
        double cod = initiative.costOfDelay().amount();
        Quadrant quadrant = initiative.value() > 5
                ? (initiative.riskReduction() > 5 ? Quadrant.INVEST_BOTH : Quadrant.SHIP_PRODUCT)
                : (initiative.riskReduction() > 5 ? Quadrant.SHORE_UP_PLATFORM : Quadrant.DEPRIORITIZE);
        return new InitiativeFigures(initiative, flows, cumulative, 1.0, 1.0, 0.0, payback, cod,
                cod / initiative.duration(), quadrant, initiative.isPlatform() ? 0.0 : null);
    }

    /** Six initiatives titled as the sample site's are, one of them dropped. */
    static List<InitiativeFigures> small() {
        return List.of(
                figures(initiative("payments-platform", "Payment processing platform", Kind.PLATFORM, Status.COMMITTED,
                        "2027-Q1", 3, 36, 6, 9, 150_000)),
                figures(initiative("checkout-v2", "Checkout redesign", Kind.PRODUCT, Status.PROPOSED, "2027-Q3", 2, 24,
                        8, 3, 220_000)),
                figures(initiative("observability", "Observability and SLOs", Kind.PLATFORM, Status.IN_PROGRESS,
                        "2026-Q3", 4, 30, 4, 7, 60_000)),
                figures(initiative("loyalty", "Loyalty programme", Kind.PRODUCT, Status.DROPPED, "2027-Q2", 3, 20, 5,
                        2, 80_000)),
                figures(initiative("regional-launch", "EU expansion", Kind.PRODUCT, Status.PROPOSED, "2028-Q1", 4, 60,
                        9, 6, 400_000)),
                figures(initiative("legacy-billing", "Legacy billing retirement", Kind.PRODUCT, Status.DONE, "2026-Q1",
                        2, 10, 3, 4, 20_000)));
    }

    /** The same initiative with another title. */
    static InitiativeFigures titled(InitiativeFigures figures, String title) {
        Initiative i = figures.initiative();
        return figures(initiative(i.id(), title, i.kind(), i.status(), i.start().toString(), i.duration(), i.effort(),
                i.value(), i.riskReduction(), i.costOfDelay().amount()));
    }

    /**
     * {@link #small()} with titles a chart must take care with: two initiatives titled alike, one
     * title of 80 characters and one with markup characters in it.
     */
    static List<InitiativeFigures> awkwardTitles() {
        List<InitiativeFigures> small = small();
        return List.of(
                titled(small.get(0), LONG_TITLE),
                titled(small.get(1), "Checkout redesign"),
                titled(small.get(2), MARKUP_TITLE),
                small.get(3),
                titled(small.get(4), "Checkout redesign"),
                small.get(5));
    }

    static final String LONG_TITLE = "Payment processing platform (single authorisation and capture core for all"
            + " markets)";
    static final String MARKUP_TITLE = "R&D <fast> \"track\" & 'ops'";

    /**
     * The sample site's crowded corner: partner-api and instant-payouts both at (8, 3), beside
     * multi-currency-wallets at (7, 3); and three initiatives at (5, 5), on both quadrant lines.
     */
    static List<InitiativeFigures> sameScores() {
        return List.of(
                figures(initiative("partner-api", Kind.PRODUCT, Status.PROPOSED, "2027-Q2", 2, 20, 8, 3, 90_000)),
                figures(initiative("instant-payouts", Kind.PRODUCT, Status.PROPOSED, "2027-Q3", 2, 24, 8, 3, 120_000)),
                figures(initiative("multi-currency-wallets", Kind.PRODUCT, Status.PROPOSED, "2027-Q1", 3, 30, 7, 3,
                        150_000)),
                figures(initiative("on-the-line-a", Kind.PLATFORM, Status.PROPOSED, "2027-Q1", 2, 12, 5, 5, 10_000)),
                figures(initiative("on-the-line-b", Kind.PLATFORM, Status.PROPOSED, "2027-Q1", 2, 12, 5, 5, 10_000)),
                figures(initiative("on-the-line-c", Kind.PRODUCT, Status.PROPOSED, "2027-Q1", 2, 12, 5, 5, 10_000)));
    }

    static List<InitiativeFigures> nonDropped(List<InitiativeFigures> all) {
        return all.stream().filter(f -> !f.isDropped()).toList();
    }

    /** {@code n} initiatives spread over the matrix and the horizon, deterministically. */
    static List<InitiativeFigures> large(int n) {
        List<InitiativeFigures> all = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Kind kind = i % 3 == 0 ? Kind.PLATFORM : Kind.PRODUCT;
            Status status = i % 17 == 0 ? Status.DROPPED : Status.PROPOSED;
            String start = START.plus(i % HORIZON).toString();
            all.add(figures(initiative(String.format(java.util.Locale.ROOT, "item-%04d", i), kind, status, start,
                    1 + i % 5, 5 + (i * 7) % 60, 1 + (i * 37 % 91) / 10.0, 1 + (i * 53 % 83) / 9.2, 10_000 + (i * 911) % 90_000)));
        }
        return all;
    }

    static List<AllocationQuarter> allocation(double capacity) {
        List<AllocationQuarter> quarters = new ArrayList<>();
        double[] platform = {30, 28, 22, 18, 12, 10, 20, 24, 26, 30, 0, 8};
        double[] product = {60, 75, 90, 95, 110, 80, 70, 60, 50, 40, 0, 20};
        for (int k = 0; k < HORIZON; k++) {
            double total = platform[k] + product[k];
            Double share = total == 0 ? null : platform[k] / total;
            BandStatus status = share == null ? BandStatus.IDLE
                    : share < 0.2 ? BandStatus.BELOW : share > 0.3 ? BandStatus.ABOVE : BandStatus.WITHIN;
            quarters.add(new AllocationQuarter(START.plus(k), platform[k], product[k], share, total / capacity, status));
        }
        return quarters;
    }

    static ScaleProjection scale() {
        NavigableMap<Quarter, Double> history = new TreeMap<>();
        double[] values = {2100, 2400, 2500, 2900, 3300, 3600};
        for (int i = 0; i < values.length; i++) {
            history.put(Quarter.parse("2025-Q3").plus(i), values[i]);
        }
        Scale scale = new Scale("Peak transactions per second", "tps", 8000, 0.8, history, null);
        double growth = 0.115;
        List<LoadPoint> loads = new ArrayList<>();
        history.forEach((q, v) -> loads.add(new LoadPoint(q, v, false)));
        Quarter last = history.lastKey();
        Quarter breach = null;
        for (int n = 1; n <= 40; n++) {
            double load = 3600 * Math.pow(1 + growth, n);
            loads.add(new LoadPoint(last.plus(n), load, true));
            if (breach == null && load >= 8000 * 0.8) {
                breach = last.plus(n);
            }
        }
        return new ScaleProjection(scale, growth, breach,
                List.of(new LatestStart("payments-platform", breach.plus(-3), 0)), loads);
    }

    static List<TeamLoad> teams() {
        return List.of(
                team("payments-core", "Payments core", TeamType.PLATFORM, 8, 0.8, new double[] {12, 12, 12, 4, 0, 0}),
                team("checkout", "Checkout", TeamType.STREAM_ALIGNED, 5, 0.8, new double[] {6, 10, 16, 16, 8, 2}),
                team("data", "Data platform", TeamType.PLATFORM, 0, 0.8, new double[] {0, 0, 0, 0, 0, 0}),
                team("growth", "Growth", TeamType.STREAM_ALIGNED, 6, 0.8, new double[] {0, 0, 0, 0, 0, 0}));
    }

    /**
     * {@link #teams()} with long names: Checkout's takes three lines, Data platform's more than three
     * and is shortened; Payments core and Growth keep short ones.
     */
    static List<TeamLoad> longTeams() {
        return List.of(
                team("payments-core", "Payments core", TeamType.PLATFORM, 8, 0.8, new double[] {12, 12, 12, 4, 0, 0}),
                team("checkout", CHECKOUT_LONG, TeamType.STREAM_ALIGNED, 5, 0.8, new double[] {6, 10, 16, 16, 8, 2}),
                team("data", DATA_LONG, TeamType.PLATFORM, 0, 0.8, new double[] {0, 0, 0, 0, 0, 0}),
                team("growth", "Growth", TeamType.STREAM_ALIGNED, 6, 0.8, new double[] {0, 0, 0, 0, 0, 0}));
    }

    static final String CHECKOUT_LONG = "Checkout & Merchant Experience (hosted pages, one-click wallets, saved"
            + " cards, disputes and chargebacks)";
    static final String DATA_LONG = "Data Platform and Analytics Engineering: event streaming, the warehouse,"
            + " reconciliation, reporting for finance and regulators, machine-learning features and experimentation";

    /** {@code n} teams of 10 people at full focus (30 person-months a quarter) whose peaks are 2%, 4%, …, 2% × n. */
    static List<TeamLoad> manyTeams(int n) {
        List<TeamLoad> teams = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            teams.add(team("team-%03d".formatted(i), "Team %03d".formatted(i), TeamType.STREAM_ALIGNED, 10, 1,
                    new double[] {30 * i / 50.0, 0}));
        }
        return teams;
    }

    /** {@code n} objectives scoring 1%, 2%, …, n% (graded at 40% and 70%). */
    static List<ObjectiveScore> manyObjectives(int n) {
        List<ObjectiveScore> objectives = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            double score = i / 100.0;
            Objective objective = new Objective("objective-%03d".formatted(i), "Objective " + i, START,
                    null, List.of(), Map.of(), "okrs/objective-%03d.yaml".formatted(i));
            objectives.add(new ObjectiveScore(objective, score, OkrProgress.grade(score), List.of()));
        }
        return objectives;
    }

    /**
     * One objective per title, objective-1, objective-2, …, scoring 15%, 45%, 75%, 15%, … (off
     * track, at risk, on track in turn).
     */
    static List<ObjectiveScore> objectives(String... titles) {
        List<ObjectiveScore> objectives = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            double score = 0.15 + 0.3 * (i % 3);
            Objective objective = new Objective("objective-" + (i + 1), titles[i], START, null, List.of(), Map.of(),
                    "okrs/objective-" + (i + 1) + ".yaml");
            objectives.add(new ObjectiveScore(objective, score, OkrProgress.grade(score), List.of()));
        }
        return objectives;
    }

    /** The sample site's objectives: titles of 52 to 80 characters. */
    static List<ObjectiveScore> sampleObjectives() {
        return objectives("Launch in three new markets with local currencies and payment methods",
                "Grow revenue per merchant through better checkout and partner channels",
                "Pass the PCI DSS v4.0 assessment with a shrunken cardholder-data environment",
                "Process every payment reliably at 10x today's peak");
    }

    /** Objectives whose titles need three lines, and one that needs more and is shortened. */
    static List<ObjectiveScore> longObjectives() {
        return objectives("Short title",
                "Consolidate the card, wallet and bank-transfer rails onto one ledger so that finance closes the"
                        + " books in two days",
                "Cut the cost of every payment we process by a third through smarter routing, fewer retries, lower"
                        + " interchange and renegotiated acquirer contracts in every market we serve today, tomorrow"
                        + " and in the years after",
                "Supercalifragilisticexpialidociouslyunbreakablewordthatisfartoowideforanylineofthechart and more");
    }

    static TeamLoad team(String id, String name, TeamType type, double people, double focus, double[] load) {
        double capacity = people * 3 * focus;
        List<Double> loads = new ArrayList<>();
        double peak = 0;
        for (double l : load) {
            loads.add(l);
            peak = Math.max(peak, capacity == 0 ? 0 : l / capacity);
        }
        return new TeamLoad(new Team(id, name, type, people), capacity, loads, capacity == 0 ? null : peak,
                capacity > 0 && peak > 1);
    }

    static Sequencing sequencing() {
        return new Sequencing(List.of("payments-platform", "checkout-v2", "regional-launch"), 0,
                List.of("checkout-v2", "regional-launch", "payments-platform"), 0, 0);
    }

    static NavigableMap<Quarter, Double> trend() {
        NavigableMap<Quarter, Double> values = new TreeMap<>();
        double[] v = {14, 12.5, 13, 11, 9.5, 10, 8};
        for (int i = 0; i < v.length; i++) {
            values.put(Quarter.parse("2025-Q3").plus(i), v[i]);
        }
        return values;
    }

    /** One sample of each chart, keyed by file name. */
    static Map<String, String> samples() {
        Map<String, String> charts = new TreeMap<>();
        List<InitiativeFigures> all = small();
        charts.put("cashflow.svg", CashFlowChart.svg(all.get(0), "$"));
        charts.put("matrix.svg", ValueRiskMatrixChart.svg(nonDropped(all), 5));
        charts.put("matrix-large.svg", ValueRiskMatrixChart.svg(nonDropped(large(2000)), 5));
        charts.put("allocation.svg", AllocationChart.svg(allocation(120), 0.2, 0.3, 120));
        charts.put("delay-cost.svg", DelayCostChart.svg(sequencing(), all, "$"));
        charts.put("roadmap.svg", RoadmapChart.svg(all, START, HORIZON));
        charts.put("roadmap-large.svg", RoadmapChart.svg(large(400), START, HORIZON));
        charts.put("sparkline.svg", SparklineChart.svg(trend(), "#4f46e5"));
        charts.put("scale.svg", ScaleChart.svg(scale()));
        charts.put("scale-log.svg", ScaleChart.svg(scale(), true));
        charts.put("team-load.svg", TeamLoadChart.svg(teams(), START));
        charts.put("team-load-long.svg", TeamLoadChart.svg(longTeams(), START));
        charts.put("okrs.svg", OkrChart.svg(sampleObjectives()));
        charts.put("okrs-long.svg", OkrChart.svg(longObjectives()));
        charts.put("matrix-same-scores.svg", ValueRiskMatrixChart.svg(sameScores(), 5));
        charts.put("matrix-awkward-titles.svg", ValueRiskMatrixChart.svg(nonDropped(awkwardTitles()), 5));
        charts.put("roadmap-awkward-titles.svg", RoadmapChart.svg(awkwardTitles(), START, HORIZON));
        return charts;
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/charts");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> chart : samples().entrySet()) {
            Files.writeString(folder.resolve(chart.getKey()), chart.getValue(), StandardCharsets.UTF_8);
        }
    }
}
