package dev.tradeoff.narrative;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.PlatformPriority;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdict a CTO takes into a board meeting, in platform-versus-product terms, and the three
 * recommendations that matter most, each with its figure.
 */
public final class ExecutiveSummary {

    /**
     * The verdict in order of reading, then the recommendations: critical ones first, then by the
     * money each is worth, largest first, so that a warning worth more never reads as more urgent than
     * a critical finding (work nobody can deliver, a scalability breach).
     */
    public record Verdict(List<Finding> findings, List<Finding> recommendations) {
    }

    /** A recommendation and the money it is worth, to rank by within its severity. */
    private record Candidate(Finding finding, double weight) {
    }

    /** The weight of advice without which the NPV misleads: below a scalability breach only. */
    private static final double MISLEADING_NPV = Math.nextDown(Double.MAX_VALUE);

    public Verdict tell(Portfolio portfolio) {
        return tell(portfolio, new SectionStories(portfolio));
    }

    /**
     * The verdict told with {@code stories}, the section stories of the same portfolio: what they
     * work out once (the advised CD3 order, the late key results) the summary then reads too.
     */
    public Verdict tell(Portfolio portfolio, SectionStories stories) {
        List<Finding> findings = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        value(portfolio, findings, candidates);
        priority(portfolio, findings);
        band(portfolio, findings, candidates);
        // More work than people is the first thing a board asks about; the allocation page says it too.
        stories.overCapacity().ifPresent(findings::add);
        scale(portfolio, findings, candidates);
        sequencing(portfolio, stories.advisedCd3Order(), findings, candidates);
        ProductsAheadOfTheirPlatform.of(portfolio).ifPresent(findings::add);
        okrs(portfolio, stories, findings, candidates);
        teams(portfolio, findings, candidates);
        List<Finding> recommendations = candidates.stream()
                .sorted(Comparator.comparing((Candidate candidate) -> candidate.finding().severity()).reversed()
                        .thenComparing(Comparator.comparingDouble(Candidate::weight).reversed()))
                .limit(3)
                .map(Candidate::finding)
                .toList();
        return new Verdict(findings, recommendations);
    }

    private static void value(Portfolio portfolio, List<Finding> findings, List<Candidate> candidates) {
        var totals = portfolio.totals();
        Severity severity = totals.npv() >= 0 ? Severity.GOOD : Severity.CRITICAL;
        boolean anyPlatform = portfolio.initiatives().stream()
                .anyMatch(figures -> !figures.isDropped() && figures.initiative().isPlatform());
        boolean anyProduct = portfolio.initiatives().stream()
                .anyMatch(figures -> !figures.isDropped() && !figures.initiative().isPlatform());
        if (!anyPlatform && !anyProduct) {
            // "Good: adds $0 of value" praises a plan with nothing in it.
            findings.add(Finding.of(Severity.INFO, "value",
                    "No initiative is planned yet, so there is no value to weigh: add one file per initiative to initiatives/."));
            return;
        }
        // With one kind of work only, "$0 from product work" reads as product work that returns nothing.
        String split = anyPlatform && anyProduct ? ": {1} from platform work and {2} from product work"
                : anyPlatform ? ", all from platform work (no product work is planned)"
                : ", all from product work (no platform work is planned)";
        if (totals.npv() >= 0) {
            // Done work brings its benefits into the plan with its cost already spent: a reader should
            // know how much of the value needs no more work.
            double fromDoneWork = portfolio.initiatives().stream()
                    .filter(InitiativeFigures::isDone)
                    .mapToDouble(InitiativeFigures::npv).sum();
            String done = fromDoneWork >= Figure.HALF_A_CENT
                    ? "; {3} of it comes from work already done, whose cost is already spent" : "";
            findings.add(Finding.of(severity, "value",
                    "The portfolio adds {0} of value in today's money" + split + done + ".",
                    Figure.money(totals.npv()), Figure.money(totals.platformNpv()), Figure.money(totals.productNpv()),
                    Figure.money(fromDoneWork)));
        } else {
            findings.add(Finding.of(severity, "value",
                    "The portfolio costs {0} more than it returns in today's money" + split + ".",
                    Figure.money(-totals.npv()), Figure.money(totals.platformNpv()), Figure.money(totals.productNpv())));
        }
        workBeforeThePlan(portfolio, findings, candidates);
        begunBeforeThePlan(portfolio, findings);
        Plan plan = portfolio.strategy().plan();
        List<InitiativeFigures> losing = portfolio.initiatives().stream()
                .filter(figures -> !figures.isDropped() && figures.npv() < 0)
                .sorted(Comparator.comparingDouble(InitiativeFigures::npv).thenComparing(InitiativeFigures::id))
                .toList();
        // A loss that only the plan's end makes is no reason to rethink the work: say so instead.
        List<BenefitsAfterThePlan> cutShort = losing.stream()
                .flatMap(figures -> BenefitsAfterThePlan.understated(figures, plan).stream()).toList();
        understated(losing, cutShort, plan).ifPresent(findings::add);
        Set<String> cutShortIds = cutShort.stream().map(cut -> cut.initiative().id()).collect(Collectors.toSet());
        // Platform work whose enablement covers its loss pays for itself through the products it
        // speeds up: no reason to rethink it. Only the products that start once it is live get the
        // speed-up, so only their part counts here. Short of its loss, the enablement is said beside
        // it. Done work is past rethinking.
        RealisedEnablement realised = RealisedEnablement.of(portfolio);
        List<InitiativeFigures> toRethink = losing.stream()
                .filter(figures -> !cutShortIds.contains(figures.id()) && realised.worth(figures) < -figures.npv())
                .filter(figures -> !figures.isDone())
                .toList();
        if (toRethink.isEmpty()) {
            return;
        }
        InitiativeFigures worst = toRethink.get(0);
        candidates.add(new Candidate(alsoLosing(rethink(worst, realised), toRethink.subList(1, toRethink.size())),
                -worst.npv()));
    }

    /** The advice to rethink the worst loss, with what it adds to the work it enables, as planned. */
    private static Finding rethink(InitiativeFigures worst, RealisedEnablement realised) {
        Figure title = Figure.text(worst.initiative().title());
        Figure loss = Figure.money(-worst.npv());
        double planned = realised.worth(worst);
        if (enablement(worst) <= 0) {
            return Finding.of(Severity.WARNING, "value", "Rethink {0}: it loses {1} in today's money as planned.", title, loss);
        }
        if (!realised.startsTooEarly(worst)) {
            return Finding.of(Severity.WARNING, "value",
                    "Rethink {0}: it loses {1} in today's money as planned, more than the {2} it adds to the work it enables.",
                    title, loss, Figure.money(planned));
        }
        if (planned <= 0) {
            return Finding.of(Severity.WARNING, "value",
                    "Rethink {0}, or the order of the work it enables: it loses {1} in today's money as planned, and the"
                            + " products it would speed up ({2} of enablement value) start before it goes live, so the plan"
                            + " gets none of that either.",
                    title, loss, Figure.money(enablement(worst)));
        }
        return Finding.of(Severity.WARNING, "value",
                "Rethink {0}, or the order of the work it enables: it loses {1} in today's money as planned, more than the"
                        + " {2} it adds to the products that start once it is live (of {3} of enablement value).",
                title, loss, Figure.money(planned), Figure.money(enablement(worst)));
    }

    /**
     * What work begun before the plan has cost, which no figure includes (SPEC counts from the plan's
     * start): said beside the total, as an initiative's ROI and payback leave it out too, and only its
     * own page said so.
     */
    private static void begunBeforeThePlan(Portfolio portfolio, List<Finding> findings) {
        Plan plan = portfolio.strategy().plan();
        double cost = 0;
        List<String> titles = new ArrayList<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            Initiative initiative = figures.initiative();
            double sunk = initiative.hasBegun() ? WorkBeforeThePlan.sunkCost(initiative, plan) : 0;
            if (sunk > 0) {
                cost += sunk;
                titles.add(initiative.title());
            }
        }
        if (titles.isEmpty()) {
            return;
        }
        findings.add(Finding.of(Severity.INFO, "value",
                "Work begun before the plan starts in {0}, {1} on {2}, counts as already spent: no figure here includes it.",
                Figure.quarter(plan.start()), Figure.money(cost),
                titles.size() <= 2 ? Figure.text(Prose.join(titles)) : Figure.counted(titles.size(), "initiative")));
    }

    /**
     * Work not yet started planned before the plan: its cost is left out of the NPV just said, so it
     * is said next. Ranked by that cost; when it is half the NPV or more, that figure misleads more
     * than anything money-weighted, so the advice goes first (after only a scalability breach).
     */
    private static void workBeforeThePlan(Portfolio portfolio, List<Finding> findings, List<Candidate> candidates) {
        UnstartedWorkBeforeThePlan work = UnstartedWorkBeforeThePlan.of(portfolio);
        if (work.isEmpty()) {
            return;
        }
        findings.add(work.finding());
        candidates.add(new Candidate(work.recommendation(), work.misleadsTheNpv() ? MISLEADING_NPV : work.cost()));
    }

    /**
     * The rethink advice with the next losses named after it, largest first: with three
     * recommendations at most, the worst loss alone would hide the second, which may be nearly as large.
     */
    private static Finding alsoLosing(Finding rethink, List<InitiativeFigures> others) {
        if (others.isEmpty()) {
            return rethink;
        }
        List<Figure> figures = new ArrayList<>(rethink.figures());
        List<String> named = new ArrayList<>();
        for (InitiativeFigures other : others.subList(0, Math.min(2, others.size()))) {
            // "(NPV −$300k)": a bare "($300k)" beside "loses money" read as a gain.
            named.add("{" + figures.size() + "} (NPV {" + (figures.size() + 1) + "})");
            figures.add(Figure.text(other.initiative().title()));
            figures.add(Figure.money(other.npv()));
        }
        return new Finding(rethink.severity(), rethink.topic(), rethink.template() + " "
                + Prose.join(named, others.size() - named.size())
                + (others.size() == 1 ? " loses" : " lose") + " money as planned too.", figures);
    }

    private static double enablement(InitiativeFigures figures) {
        return figures.enablementValue() == null ? 0 : figures.enablementValue();
    }

    /**
     * The losing work whose NPV the plan's end understates (one more horizon of its full-rate net
     * benefits would pay back its loss: {@link BenefitsAfterThePlan}), the largest loss named: not to be
     * rethought on that figure.
     */
    private static Optional<Finding> understated(List<InitiativeFigures> losing, List<BenefitsAfterThePlan> cutShort,
            Plan plan) {
        if (cutShort.isEmpty()) {
            return Optional.empty();
        }
        BenefitsAfterThePlan first = cutShort.get(0);
        double npv = losing.stream().filter(f -> f.id().equals(first.initiative().id())).findFirst().orElseThrow().npv();
        if (cutShort.size() == 1) {
            return Optional.of(first.inVerdict(npv, plan));
        }
        // The rule, said plainly: each pays back its loss within one more horizon at its full benefits;
        // the quarters named are what the slowest of them needs.
        Map<String, Double> npvs = losing.stream()
                .collect(Collectors.toMap(InitiativeFigures::id, InitiativeFigures::npv, (a, b) -> a));
        int quarters = cutShort.stream()
                .mapToInt(cut -> cut.quartersToPayBack(npvs.get(cut.initiative().id()), plan)).max().orElse(0);
        return Optional.of(Finding.of(Severity.INFO, "value",
                "{0} lose money only because the plan ends in {1}: each would pay back its loss within "
                        + (quarters <= 1 ? "one more quarter" : "another {4}")
                        + " at its full benefits, so their NPVs understate them (the largest loss as shown: {2}, {3}). Lengthen the horizon to value them before rethinking them.",
                Figure.counted(cutShort.size(), "initiative"), Figure.quarter(plan.end()),
                Figure.text(first.initiative().title()), Figure.money(npv), Figure.quarters(quarters)));
    }

    private static void priority(Portfolio portfolio, List<Finding> findings) {
        IndicatorCounts counts = IndicatorCounts.of(portfolio.indicators());
        if (counts.noData()) {
            // SPEC's priority is "low" here, but with no series nothing was measured: say so, not "low".
            findings.add(Finding.of(Severity.INFO, "signals",
                    "Platform priority cannot be judged: none of the five indicators has data. Add their series to signals.yaml."));
            return;
        }
        Figure level = Figure.text(portfolio.platformPriority().yamlName());
        Severity severity = severity(portfolio.platformPriority());
        List<String> acting = counts.acting();
        if (acting.isEmpty()) {
            // "(0 to watch)" names nothing: only what there is to watch, or what has no data, is said.
            List<String> besides = new ArrayList<>();
            if (counts.watching() > 0) {
                besides.add("{1} to watch");
            }
            if (counts.withoutData() > 0) {
                besides.add("{2} without data");
            }
            findings.add(Finding.of(severity, "signals",
                    "Platform priority is {0}: none of the five indicators calls for action"
                            + (besides.isEmpty() ? "." : " (" + String.join(", ", besides) + ")."),
                    level, Figure.count(counts.watching()), Figure.count(counts.withoutData())));
        } else {
            Figure calls = Figure.text(acting.size() == 1 ? "calls" : "call");
            String template = counts.withoutData() == 0
                    ? "Platform priority is {0}: {1} of the 5 indicators {2} for action ({3})."
                    : "Platform priority is {0}: {1} of the 5 indicators {2} for action ({3}); {4} no data.";
            findings.add(Finding.of(severity, "signals", template, level, Figure.count(acting.size()), calls,
                    Figure.text(Prose.join(acting)), Figure.text(counts.withoutDataHave())));
        }
    }

    private static Severity severity(PlatformPriority priority) {
        return switch (priority) {
            case HIGH -> Severity.CRITICAL;
            case MEDIUM -> Severity.WARNING;
            case LOW -> Severity.GOOD;
        };
    }

    private static void band(Portfolio portfolio, List<Finding> findings, List<Candidate> candidates) {
        Plan plan = portfolio.strategy().plan();
        List<AllocationQuarter> below = portfolio.allocation().stream()
                .filter(quarter -> quarter.status() == BandStatus.BELOW).toList();
        List<AllocationQuarter> above = portfolio.allocation().stream()
                .filter(quarter -> quarter.status() == BandStatus.ABOVE).toList();
        if (portfolio.allocation().stream().allMatch(quarter -> quarter.status() == BandStatus.IDLE)) {
            findings.add(Finding.of(Severity.WARNING, "band",
                    "Nothing is planned in any quarter of the plan, so the {0}–{1} platform band has nothing to measure.",
                    Figure.percent(plan.platformBandLow()), Figure.percent(plan.platformBandHigh())));
            return;
        }
        if (below.isEmpty() && above.isEmpty()) {
            findings.add(Finding.of(Severity.GOOD, "band",
                    "Platform share stays within the {0}–{1} band in every planned quarter.",
                    Figure.percent(plan.platformBandLow()), Figure.percent(plan.platformBandHigh())));
            return;
        }
        boolean priorityHigh = portfolio.platformPriority() == PlatformPriority.HIGH;
        Severity severity = SectionStories.bandSeverity(below.size(), above.size(), plan.horizon(),
                portfolio.platformPriority());
        // Name only the side the share leaves the band on: "below it in 0" reads as a finding too.
        String sides = above.isEmpty() ? "Platform share falls below the {0}–{1} band in {2} of {3}."
                : below.isEmpty() ? "Platform share rises above the {0}–{1} band in {4} of {3}"
                : "Platform share falls below the {0}–{1} band in {2} of {3} and above it in {4}";
        // Beside the critical signals the quarters above the band are what they call for, for now.
        sides += above.isEmpty() ? "" : priorityHigh
                ? "; with platform priority high, the quarters above it can be right for now." : ".";
        findings.add(Finding.of(severity, "band", sides,
                Figure.percent(plan.platformBandLow()), Figure.percent(plan.platformBandHigh()),
                Figure.count(below.size()), Figure.counted(plan.horizon(), "quarter"), Figure.count(above.size())));
        if (!below.isEmpty()) {
            double shortfall = below.stream()
                    .mapToDouble(q -> q.moveToBand(plan.platformBandLow(), plan.platformBandHigh())).sum();
            candidates.add(new Candidate(Finding.of(Severity.WARNING, "band", below.size() == 1
                    ? "Move {0} person-months into platform work in {2}, the one quarter below the band."
                    : "Move {0} person-months into platform work across the {1} below the band, starting in {2}.",
                    Figure.number(shortfall), Figure.counted(below.size(), "quarter"),
                    Figure.quarter(below.get(0).quarter())),
                    shortfall * plan.costPerPersonMonth().amount()));
        }
    }

    private static void scale(Portfolio portfolio, List<Finding> findings, List<Candidate> candidates) {
        ScaleVerdict.of(portfolio).ifPresent(verdict -> {
            findings.add(verdict.finding());
            if (verdict.recommendation() != null) {
                // Missing the breach risks the whole business: rank it first.
                candidates.add(new Candidate(verdict.recommendation(), Double.MAX_VALUE));
            }
        });
    }

    private static void sequencing(Portfolio portfolio, AdvisedCd3Order cd3, List<Finding> findings,
            List<Candidate> candidates) {
        var sequencing = portfolio.sequencing();
        if (sequencing.planOrder().size() < 2) {
            return;
        }
        // CD3 ranks each initiative on its own: where its order starts work before what enables it,
        // the saving quoted is that of the CD3 order that keeps platform work ahead (AdvisedCd3Order).
        String kept = cd3.keepsEnablersAhead() ? ", platform work first" : "";
        if (cd3.saves()) {
            findings.add(cd3.bringForward(Severity.WARNING,
                    "Reordering the {0} by cost of delay over duration (CD3" + kept
                            + ") would cut the value lost to waiting by {1} against the planned order",
                    List.of(Figure.counted(sequencing.planOrder().size(), "proposed or committed initiative"),
                            Figure.money(cd3.saving())),
                    " The figure ranks orders of work; it is not cash in the NPV.", portfolio));
            // The sequencing model runs the open work one item at a time, undiscounted, often far past
            // the plan's horizon: its figure compares two orders and is no cash the plan spends or
            // earns. It is advice only when no recommendation in money is left to give.
            String enablers = cd3.keepsEnablersAhead() ? ", keeping platform work ahead of what it enables" : "";
            candidates.add(new Candidate(Finding.of(Severity.WARNING, "delay",
                    "Re-sequence the proposed and committed initiatives by cost of delay divided by duration (CD3)" + enablers
                            + ": done one after another, they would lose {0} less value to delay.",
                    Figure.money(cd3.saving())), 0));
        } else {
            findings.add(Finding.of(Severity.GOOD, "delay",
                    "The planned order of the {0} already costs no more delay than the CD3 order"
                            + (cd3.keepsEnablersAhead() ? " with platform work kept ahead of what it enables." : "."),
                    Figure.counted(sequencing.planOrder().size(), "proposed or committed initiative")));
        }
    }

    private static void okrs(Portfolio portfolio, SectionStories stories, List<Finding> findings,
            List<Candidate> candidates) {
        unalignedPlatformWork(portfolio, candidates);
        if (portfolio.okrs().isEmpty()) {
            return;
        }
        ObjectiveGrades grades = ObjectiveGrades.of(portfolio.okrs());
        // A key result already met needs no initiative: only the unmet ones without one are a gap.
        int unfunded = UnfundedKeyResults.of(portfolio).unmet().size();
        Severity severity = unfunded > 0 ? Severity.WARNING : grades.severity();
        String gap = unfunded == 0 ? "every key result not yet met has an initiative behind it"
                : unfunded == 1 ? "1 key result not yet met has no initiative behind it"
                : "{0} key results not yet met have no initiative behind them";
        if (grades.all() == 1) {
            findings.add(Finding.of(severity, "okrs", "The one objective is {1}; " + gap + ".",
                    Figure.count(unfunded), Figure.text(grades.onlyGrade())));
            lateKeyResults(stories, findings);
            return;
        }
        List<Figure> figures = new ArrayList<>(List.of(Figure.count(unfunded)));
        String opening = grades.opening(figures);
        findings.add(Finding.of(severity, "okrs", opening + "; " + gap + ".", figures.toArray(Figure[]::new)));
        lateKeyResults(stories, findings);
    }

    /** Key results funded only by work that goes live after the objective is due: funded, but not in time. */
    private static void lateKeyResults(SectionStories stories, List<Finding> findings) {
        int late = stories.lateKeyResultCount();
        if (late > 0) {
            findings.add(Finding.of(Severity.WARNING, "okrs",
                    late == 1 ? "1 key result not yet met is moved only by work that goes live after its objective is due."
                            : "{0} key results not yet met are moved only by work that goes live after their objective is due.",
                    Figure.count(late)));
        }
    }

    /** Platform work that names no key result, recommended by the spend it puts at stake. */
    private static void unalignedPlatformWork(Portfolio portfolio, List<Candidate> candidates) {
        UnalignedPlatformWork unaligned = UnalignedPlatformWork.of(portfolio);
        double atStake = unaligned.spend();
        // Work none of whose spend falls in the plan puts nothing at stake: "$0 … hard to defend" is no advice.
        if (unaligned.isEmpty() || atStake < Figure.HALF_A_CENT) {
            return;
        }
        candidates.add(new Candidate(Finding.of(Severity.WARNING, "okrs",
                "Tie {0} to a key result: {1} of platform cost in today's money with no OKR is hard to defend to the CFO.",
                Figure.text(Prose.join(unaligned.titles())), Figure.money(atStake)), atStake / 2));
    }

    private static void teams(Portfolio portfolio, List<Finding> findings, List<Candidate> candidates) {
        unstaffedTeams(portfolio, findings, candidates);
        List<TeamLoad> overloaded = portfolio.teams().stream().filter(TeamLoad::overloaded)
                .sorted(TeamLoad.MOST_LOADED_FIRST).toList();
        if (overloaded.isEmpty()) {
            return;
        }
        findings.add(OverloadedTeams.finding(overloaded, portfolio.teams().size(), ""));
        TeamLoad worst = overloaded.get(0);
        double excess = worst.load().stream().mapToDouble(load -> Math.max(0, load - worst.capacity())).sum();
        candidates.add(new Candidate(Finding.of(Severity.WARNING, "teams",
                "Rebalance {0}: {1} person-months of its planned work exceed what it can deliver, {2}.",
                Figure.text(worst.team().name()), Figure.number(excess),
                Figure.text(overloadedQuarters(worst, portfolio.strategy().plan().start()))),
                excess * portfolio.strategy().plan().costPerPersonMonth().amount()));
    }

    /**
     * When a team's excess falls: "in 2027-Q3", "over 2027-Q2 and 2027-Q3", or "over 5 quarters between
     * 2027-Q2 and 2028-Q4", so that a total over several quarters is not read as a quarter's.
     */
    static String overloadedQuarters(TeamLoad team, Quarter planStart) {
        List<Quarter> over = new ArrayList<>();
        for (int k = 0; k < team.load().size(); k++) {
            if (team.load().get(k) > team.capacity()) {
                over.add(planStart.plus(k));
            }
        }
        if (over.size() == 1) {
            return "in " + over.get(0);
        }
        if (over.size() <= 3) {
            return "over " + Prose.join(over.stream().map(Quarter::toString).toList());
        }
        return "over " + over.size() + " quarters between " + over.get(0) + " and " + over.get(over.size() - 1);
    }

    /**
     * Teams that own planned work with no capacity to do it: SPEC never calls them overloaded, but
     * all of their work is at risk, so it is weighed by all of it.
     */
    private static void unstaffedTeams(Portfolio portfolio, List<Finding> findings, List<Candidate> candidates) {
        List<UnstaffedTeam> unstaffed = UnstaffedTeam.of(portfolio);
        if (unstaffed.isEmpty()) {
            return;
        }
        UnstaffedTeam most = unstaffed.get(0);
        Figure name = Figure.text(most.team().name());
        Figure hasNone = Figure.text(most.hasNone());
        Figure work = Figure.number(most.plannedWork());
        Figure titles = Figure.text(Prose.join(most.initiatives()));
        if (unstaffed.size() == 1) {
            findings.add(Finding.of(Severity.CRITICAL, "teams",
                    "{0} {1} yet owns {2} person-months of planned work ({3}).", name, hasNone, work, titles));
        } else {
            findings.add(Finding.of(Severity.CRITICAL, "teams",
                    "{4} teams own planned work with no capacity to do it; {0} {1} yet owns the most, {2} person-months ({3}).",
                    name, hasNone, work, titles, Figure.count(unstaffed.size())));
        }
        candidates.add(new Candidate(Finding.of(Severity.CRITICAL, "teams",
                "Staff {0} or move its {1} person-months of planned work ({2}) to a team with people: as planned, none of it can be delivered.",
                name, work, titles),
                most.plannedWork() * portfolio.strategy().plan().costPerPersonMonth().amount()));
    }

}
