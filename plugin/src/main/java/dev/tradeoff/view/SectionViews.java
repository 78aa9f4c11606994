package dev.tradeoff.view;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.IndicatorStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.InitiativeFinancials;
import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.OkrProgress;
import dev.tradeoff.analysis.PlatformIndicators;
import dev.tradeoff.analysis.PlatformMetricStatus;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.Quadrant;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.analysis.SeriesStatus;
import dev.tradeoff.analysis.SignalStatus;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import dev.tradeoff.narrative.AdvisedCd3Order;
import dev.tradeoff.narrative.GrowthWords;
import dev.tradeoff.narrative.IndicatorCounts;
import dev.tradeoff.narrative.QuadrantName;
import dev.tradeoff.narrative.SectionStories;
import dev.tradeoff.narrative.SpendOrder;
import dev.tradeoff.narrative.UnfundedKeyResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the view of each analysis page from the portfolio. Chart paths are relative to the site root. */
final class SectionViews {

    private final Portfolio portfolio;
    private final Plan plan;
    private final MoneyFormat money;
    private final Sentences sentences;
    private final SectionStories stories;
    private final Map<String, InitiativeFigures> byId;
    private final Map<String, KeyResultRef> keyResults;

    /** {@code keyResults}: every key result, by its {@code objective/kr} reference. */
    SectionViews(Portfolio portfolio, MoneyFormat money, Sentences sentences, Map<String, KeyResultRef> keyResults) {
        this.portfolio = portfolio;
        this.plan = portfolio.strategy().plan();
        this.money = money;
        this.sentences = sentences;
        this.stories = new SectionStories(portfolio);
        this.byId = portfolio.initiatives().stream()
                .collect(Collectors.toMap(InitiativeFigures::id, Function.identity()));
        this.keyResults = keyResults;
    }

    static InitiativeRef ref(Initiative initiative) {
        return new InitiativeRef(initiative.id(), initiative.title(), initiative.kind().yamlName(),
                "initiatives/" + PageName.of(initiative.id()));
    }

    private InitiativeRef ref(String id) {
        InitiativeFigures figures = byId.get(id);
        return figures == null ? new InitiativeRef(id, id, "", "initiatives/index.html") : ref(figures.initiative());
    }

    /**
     * Each quadrant lists the work still to decide on first, done work last (past funding or stopping).
     * Most quadrants call for funding, so the largest NPV leads; the one that calls for stopping leads
     * with the largest loss, the first candidates to stop.
     */
    MatrixView matrix() {
        Map<Quadrant, List<InitiativeFigures>> byQuadrant = new EnumMap<>(Quadrant.class);
        portfolio.initiatives().stream().filter(f -> !f.isDropped())
                .forEach(f -> byQuadrant.computeIfAbsent(f.quadrant(), q -> new ArrayList<>()).add(f));
        Map<Quadrant, List<MatrixView.Member>> members = new EnumMap<>(Quadrant.class);
        byQuadrant.forEach((quadrant, figures) -> {
            Comparator<InitiativeFigures> byNpv = Comparator.comparingDouble(InitiativeFigures::npv);
            members.put(quadrant, figures.stream()
                    .sorted(Comparator.comparing((InitiativeFigures f) -> f.initiative().isDone())
                            .thenComparing(quadrant == Quadrant.DEPRIORITIZE ? byNpv : byNpv.reversed())
                            .thenComparing(InitiativeFigures::id))
                    .map(f -> new MatrixView.Member(ref(f.initiative()), money.compact(f.npv()), f.npv() < 0,
                            f.initiative().status() == Status.DONE))
                    .toList());
        });
        List<MatrixView.Quadrant> quadrants = List.of(
                quadrant(members, Quadrant.INVEST_BOTH,
                        "High value and high risk reduction: fund these first and protect their teams."),
                quadrant(members, Quadrant.SHIP_PRODUCT,
                        "High value, little risk removed: ship them, on a platform that can carry them."),
                quadrant(members, Quadrant.SHORE_UP_PLATFORM,
                        "Low direct value, high risk removed: the platform work that keeps revenue safe; size it to the band."),
                quadrant(members, Quadrant.DEPRIORITIZE,
                        "Low on both: stop, defer or shrink these to free capacity."));
        return new MatrixView(NumberFormats.number(plan.matrixThreshold(), 1), quadrants,
                sentences.write(stories.matrix()));
    }

    private static MatrixView.Quadrant quadrant(Map<Quadrant, List<MatrixView.Member>> members, Quadrant quadrant,
            String advice) {
        List<MatrixView.Member> initiatives = members.getOrDefault(quadrant, List.of());
        return new MatrixView.Quadrant(quadrant.yamlName(), QuadrantName.of(quadrant), advice, initiatives,
                Shortlist.of(initiatives));
    }

    AllocationView allocation() {
        List<AllocationView.Row> rows = new ArrayList<>();
        int[] counts = new int[BandStatus.values().length];
        for (AllocationQuarter quarter : portfolio.allocation()) {
            counts[quarter.status().ordinal()]++;
            rows.add(new AllocationView.Row(quarter.quarter().toString(),
                    NumberFormats.number(quarter.platformEffort(), 1), NumberFormats.number(quarter.productEffort(), 1),
                    NumberFormats.percentAgainst(quarter.platformShare(), plan.platformBandLow(), plan.platformBandHigh()),
                    NumberFormats.shareOfCapacity(quarter.utilisation()),
                    quarter.status().yamlName(), move(quarter)));
        }
        return new AllocationView(NumberFormats.percent(plan.platformBandLow()),
                NumberFormats.percent(plan.platformBandHigh()), NumberFormats.number(plan.capacity(), 1), rows,
                counts[BandStatus.BELOW.ordinal()], counts[BandStatus.WITHIN.ordinal()],
                counts[BandStatus.ABOVE.ordinal()], counts[BandStatus.IDLE.ordinal()],
                sentences.write(stories.allocation()));
    }

    /** Person-months that would have to move from product to platform (or back) to reach the band's edge. */
    private String move(AllocationQuarter quarter) {
        double move = quarter.moveToBand(plan.platformBandLow(), plan.platformBandHigh());
        if (quarter.status() == BandStatus.BELOW) {
            return "move " + NumberFormats.number(move, 1) + " pm to platform";
        }
        // With no product work in the quarter there is none to move platform effort to: only product
        // work planned there brings the share down. (Below the band, platform work can always be planned.)
        if (quarter.status() == BandStatus.ABOVE) {
            return quarter.productEffort() == 0 ? "plan product work: none is planned"
                    : "move " + NumberFormats.number(-move, 1) + " pm to product";
        }
        return "";
    }

    /** "saving $31,420,000 against the planned order", or what it costs more, or that it is the same. */
    private String againstThePlan(double saving) {
        // AdvisedCd3Order makes a saving within rounding of none exactly 0.
        if (saving == 0) {
            return "the same as the planned order";
        }
        return saving > 0 ? "saving " + money.full(saving) + " against the planned order"
                : money.full(-saving) + " more than the planned order";
    }

    SequencingView sequencing() {
        Sequencing sequencing = portfolio.sequencing();
        Map<String, Integer> cd3Position = new HashMap<>();
        for (int i = 0; i < sequencing.cd3Order().size(); i++) {
            cd3Position.put(sequencing.cd3Order().get(i), i + 1);
        }
        AdvisedCd3Order advised = stories.advisedCd3Order();
        Map<String, Integer> advisedPosition = new HashMap<>();
        if (advised.keepsEnablersAhead()) {
            for (int i = 0; i < advised.order().size(); i++) {
                advisedPosition.put(advised.order().get(i), i + 1);
            }
        }
        List<SequencingView.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < sequencing.planOrder().size(); i++) {
            InitiativeFigures figures = byId.get(sequencing.planOrder().get(i));
            Initiative initiative = figures.initiative();
            candidates.add(new SequencingView.Candidate(ref(initiative), initiative.status().yamlName(),
                    initiative.start().toString(), money.full(figures.costOfDelay()), initiative.duration(),
                    money.full(figures.cd3()), i + 1, cd3Position.get(initiative.id()),
                    advisedPosition.get(initiative.id())));
        }
        List<InitiativeRef> planOrder = sequencing.planOrder().stream().map(this::ref).toList();
        List<InitiativeRef> cd3Order = sequencing.cd3Order().stream().map(this::ref).toList();
        List<InitiativeRef> advisedOrder = advised.keepsEnablersAhead()
                ? advised.order().stream().map(this::ref).toList() : List.of();
        return new SequencingView(candidates, planOrder, cd3Order,
                money.full(sequencing.planDelayCost()), money.full(sequencing.cd3DelayCost()),
                money.full(sequencing.saving()), sequencing.saving() > 0,
                advised.keepsEnablersAhead() ? money.full(advised.delayCost()) : null,
                advised.keepsEnablersAhead() ? money.full(advised.saving()) : null,
                advised.keepsEnablersAhead() ? againstThePlan(advised.saving()) : null,
                sentences.write(stories.sequencing()),
                Shortlist.of(planOrder), Shortlist.of(cd3Order), Shortlist.of(advisedOrder));
    }

    /** The stories these sections tell, for the summary to tell its verdict from the same ones. */
    SectionStories stories() {
        return stories;
    }

    OkrView okrs() {
        Map<String, Team> teamsById = teamsById();
        List<OkrView.Objective> objectives = new ArrayList<>();
        Map<String, Initiative> lateWork = stories.lateKeyResultWork();
        for (ObjectiveScore score : portfolio.okrs()) {
            List<OkrView.KeyResult> keyResults = new ArrayList<>();
            for (KeyResultProgress progress : score.keyResults()) {
                var kr = progress.keyResult();
                Initiative late = lateWork.get(progress.reference());
                keyResults.add(new OkrView.KeyResult(kr.id(), progress.reference(), kr.title(),
                        kr.unit() == null ? "" : kr.unit(), NumberFormats.number(kr.baseline(), 2),
                        NumberFormats.number(kr.target(), 2), NumberFormats.number(kr.current(), 2),
                        NumberFormats.percent(progress.progress()), progress.progress(),
                        UnfundedKeyResults.isMet(progress), progress.initiatives().stream().map(this::ref).toList(),
                        late == null ? null : late.title() + " goes live " + late.goLive()));
            }
            var objective = score.objective();
            objectives.add(new OkrView.Objective(objective.id(), objective.objective(), objective.quarter().toString(),
                    owner(objective.owner(), teamsById),
                    NumberFormats.percentAgainst(score.score(), OkrProgress.ON_TRACK, OkrProgress.AT_RISK),
                    score.score(), score.grade().yamlName(),
                    keyResults, objective.extensions()));
        }
        List<InitiativeFigures> unalignedPlatform = new ArrayList<>();
        List<InitiativeFigures> unalignedProduct = new ArrayList<>();
        for (String id : portfolio.alignment().unalignedInitiatives()) {
            InitiativeFigures figures = byId.get(id);
            (figures.initiative().isPlatform() ? unalignedPlatform : unalignedProduct).add(figures);
        }
        List<OkrView.Objective> lowestFirst = objectives.stream()
                .sorted(Comparator.comparingDouble(OkrView.Objective::scoreValue)
                        .thenComparing(OkrView.Objective::id))
                .toList();
        UnfundedKeyResults unfunded = UnfundedKeyResults.of(portfolio);
        return new OkrView(objectives, portfolio.alignment().unfundedKeyResults(), refs(unalignedPlatform),
                refs(unalignedProduct), NumberFormats.percent(portfolio.alignment().linkedEffortShare()),
                sentences.write(stories.okrs()), Shortlist.of(lowestFirst), Shortlist.of(keyResults(unfunded.unmet())),
                Shortlist.of(keyResults(unfunded.met())),
                Shortlist.of(refs(mostSpentFirst(unalignedPlatform))),
                Shortlist.of(refs(mostSpentFirst(unalignedProduct))));
    }

    /** An objective's owner: the team's name when it names a team, else as written. */
    private static String owner(String owner, Map<String, Team> teamsById) {
        Team team = owner == null ? null : teamsById.get(owner);
        return team == null ? owner : team.name();
    }

    private Map<String, Team> teamsById() {
        return portfolio.strategy().teams().stream().collect(Collectors.toMap(Team::id, Function.identity()));
    }

    private List<KeyResultRef> keyResults(List<String> references) {
        return references.stream().map(keyResults::get).toList();
    }

    private List<InitiativeRef> refs(List<InitiativeFigures> figures) {
        return figures.stream().map(f -> ref(f.initiative())).toList();
    }

    private static List<InitiativeFigures> mostSpentFirst(List<InitiativeFigures> figures) {
        return figures.stream().sorted(SpendOrder.MOST_SPENT_FIRST).toList();
    }

    SignalsView signals() {
        Map<String, List<InitiativeFigures>> addressedBy = new HashMap<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            if (!figures.isDropped()) {
                for (String address : figures.initiative().addresses()) {
                    addressedBy.computeIfAbsent(address, a -> new ArrayList<>()).add(figures);
                }
            }
        }
        List<SignalsView.Indicator> indicators = new ArrayList<>();
        int seriesIndex = 0;
        for (IndicatorStatus indicator : portfolio.indicators()) {
            List<SignalsView.Series> series = new ArrayList<>();
            for (SeriesStatus status : indicator.series()) {
                series.add(series(status, plan.signalWindow(), SignalCharts.sparklinePath(seriesIndex++)));
            }
            List<InitiativeFigures> addressing = addressedBy.getOrDefault(indicator.indicator().yamlName(), List.of());
            indicators.add(new SignalsView.Indicator(indicator.indicator().yamlName(), indicator.indicator().label(),
                    indicator.status().yamlName(), change(indicator, plan.signalWindow()), series, refs(addressing),
                    Shortlist.of(refs(mostSpentFirst(addressing))),
                    indicator.status() == SignalStatus.ACT && addressing.isEmpty()));
        }
        return new SignalsView(priority(), statusRule(plan.signalWindow()), indicators, sentences.write(stories.signals()));
    }

    /** SPEC's rule for a status, with its cut-offs and window as this plan sets them. */
    static String statusRule(int window) {
        return "A series acts when it is " + NumberFormats.percent(PlatformIndicators.ACT_WORSENING)
                + " or more worse over its last " + window + " quarters, or past its threshold, and is on watch from "
                + NumberFormats.percent(PlatformIndicators.WATCH_WORSENING)
                + " worse; an indicator takes its worst series' status and shows its largest change.";
    }

    /** SPEC's platform priority, or {@code unknown} when no indicator has a series to judge it by. */
    private String priority() {
        return IndicatorCounts.of(portfolio.indicators()).noData()
                ? SignalStatus.UNKNOWN.yamlName() : portfolio.platformPriority().yamlName();
    }

    /** A series with the first and last value of the window its worsening is measured over. */
    private static SignalsView.Series series(SeriesStatus status, int window, String sparkline) {
        Signal signal = status.signal();
        double[] values = PlatformIndicators.window(signal.values(), window);
        return new SignalsView.Series(signal.metric(), signal.unit() == null ? "" : signal.unit(),
                signal.better().yamlName(), NumberFormats.number(values[0], 2),
                NumberFormats.number(values[values.length - 1], 2),
                signal.threshold() == null ? "—" : NumberFormats.number(signal.threshold(), 2),
                change(status, window, false), status.status().yamlName(), sparkline);
    }

    /** An indicator's worsening is its series' largest: said as that series' change, with its values. */
    private static String change(IndicatorStatus indicator, int window) {
        for (SeriesStatus series : indicator.series()) {
            if (series.worsening() != null && series.worsening().equals(indicator.worsening())) {
                return change(series, window, true);
            }
        }
        return "—";
    }

    private static String change(SeriesStatus status, int window, boolean withValues) {
        double[] values = PlatformIndicators.window(status.signal().values(), window);
        if (values.length == 0) {
            return "—";
        }
        return Change.of(values[0], values[values.length - 1], status.signal().better(), status.worsening(),
                values.length, withValues);
    }

    PlatformProductView platformProduct() {
        List<PlatformProductView.Metric> metrics = new ArrayList<>();
        int index = 0;
        for (PlatformMetricStatus status : portfolio.platformProduct()) {
            var metric = status.metric();
            double[] values = PlatformIndicators.window(metric.values(), plan.signalWindow());
            metrics.add(new PlatformProductView.Metric(metric.metric(), metric.kind().yamlName(),
                    metric.unit() == null ? "" : metric.unit(), NumberFormats.number(status.latest(), 2),
                    metric.target() == null ? "—" : NumberFormats.number(metric.target(), 2),
                    Change.of(values[0], status.latest(), metric.better(), status.worsening(), values.length, true),
                    status.onTarget() == null ? "—" : status.onTarget() ? "yes" : "no",
                    SignalCharts.platformSparklinePath(index++)));
        }
        return new PlatformProductView(metrics);
    }

    ScaleView scale() {
        ScaleProjection scale = portfolio.scale();
        if (scale == null) {
            return null;
        }
        List<ScaleView.Start> starts = new ArrayList<>();
        for (LatestStart start : scale.latestStarts()) {
            Initiative initiative = byId.get(start.id()).initiative();
            starts.add(new ScaleView.Start(ref(initiative), initiative.start().toString(),
                    start.latestStart().toString(), start.lateBy(), start.lateBy() > 0));
        }
        var model = scale.scale();
        String unit = model.unit() == null ? "" : model.unit();
        // One order for the page's table and the brief's shortlist: the latest first, as the findings name them.
        List<ScaleView.Start> latestFirst = starts.stream()
                .sorted(Comparator.comparingInt(ScaleView.Start::lateBy).reversed()
                        .thenComparing(start -> start.initiative().id()))
                .toList();
        Shortlist<ScaleView.Start> shortlist = Shortlist.of(latestFirst);
        int lateNotShown = late(latestFirst) - late(shortlist.items());
        return new ScaleView(model.metric(), unit, NumberFormats.percent(scale.growth()),
                sentences.write(GrowthWords.trend(scale.growth())).text(),
                NumberFormats.number(model.capacity(), 1), NumberFormats.percent(model.headroom()),
                NumberFormats.number(model.capacity() * model.headroom(), 1),
                NumberFormats.number(model.values().lastEntry().getValue(), 1),
                scale.breachQuarter() == null ? null : scale.breachQuarter().toString(), latestFirst,
                sentences.write(stories.scale()), shortlist, lateNotShown);
    }

    private static int late(List<ScaleView.Start> starts) {
        return (int) starts.stream().filter(ScaleView.Start::late).count();
    }

    TeamsView teams() {
        Map<String, Team> teamsById = teamsById();
        double people = 0;
        double platformPeople = 0;
        for (TeamLoad load : portfolio.teams()) {
            Team team = load.team();
            people += team.people();
            platformPeople += team.type() == TeamType.PLATFORM ? team.people() : 0;
        }
        // One order for the page's table, its chart and the brief's shortlist.
        List<TeamsView.Team> mostLoaded = portfolio.teams().stream()
                .sorted(TeamLoad.UNSTAFFED_FIRST)
                .map(SectionViews::team)
                .toList();
        return new TeamsView(mostLoaded, people > 0 ? NumberFormats.percent(platformPeople / people) : "—",
                unownedPlatformDependencies(teamsById), sentences.write(stories.teams()), Shortlist.of(mostLoaded));
    }

    private static TeamsView.Team team(TeamLoad load) {
        Team team = load.team();
        return new TeamsView.Team(team.id(), team.name(), team.type().yamlName(),
                NumberFormats.number(team.people(), 1), NumberFormats.number(load.capacity(), 1),
                NumberFormats.shareOfCapacity(load.peakUtilisation()), load.overloaded(),
                load.unstaffed(), load.load().stream().map(value -> NumberFormats.number(value, 1)).toList());
    }

    /** A team's product sped up by unowned platform work, with what the speed-up is worth. */
    private record UnownedDependency(double worth, TeamsView.Dependency dependency) {
    }

    /**
     * Stream-aligned teams' products that a platform initiative no platform team owns speeds up, the
     * speed-up worth most first (then in the order found: platform, then product, by id).
     */
    private List<TeamsView.Dependency> unownedPlatformDependencies(Map<String, Team> teamsById) {
        List<UnownedDependency> dependencies = new ArrayList<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            Initiative platform = figures.initiative();
            if (platform.isDropped() || !platform.isPlatform()) {
                continue;
            }
            Team owner = platform.owner() == null ? null : teamsById.get(platform.owner());
            if (owner != null && owner.type() == TeamType.PLATFORM) {
                continue;
            }
            for (Enablement enablement : platform.enables()) {
                InitiativeFigures product = byId.get(enablement.productId());
                if (product == null || product.isDropped() || product.initiative().owner() == null) {
                    continue;
                }
                Team team = teamsById.get(product.initiative().owner());
                if (team != null && team.type() == TeamType.STREAM_ALIGNED) {
                    double worth = InitiativeFinancials.speedupWorth(enablement.speedup(), product.initiative(),
                            plan.costPerPersonMonth().amount());
                    dependencies.add(new UnownedDependency(worth, new TeamsView.Dependency(team.name(),
                            ref(product.initiative()), ref(platform),
                            owner == null ? "no owner" : owner.name() + " (" + owner.type().yamlName() + ")",
                            NumberFormats.percent(enablement.speedup()), money.full(worth))));
                }
            }
        }
        // A stable sort: equal costs keep the order found.
        return dependencies.stream()
                .sorted(Comparator.comparingDouble(UnownedDependency::worth).reversed())
                .map(UnownedDependency::dependency)
                .toList();
    }
}
