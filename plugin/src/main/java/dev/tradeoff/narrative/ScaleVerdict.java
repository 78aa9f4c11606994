package dev.tradeoff.narrative;

import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the verdict says about the scalability limit and, when the work that addresses it lands too
 * late, what it recommends first ({@code recommendation}, null when there is nothing to catch up).
 */
record ScaleVerdict(Finding finding, Finding recommendation) {

    /** The verdict's scalability finding, or empty without scale.yaml. */
    static Optional<ScaleVerdict> of(Portfolio portfolio) {
        return told(portfolio).map(verdict -> new ScaleVerdict(
                BreachBeforeThePlan.resolve(verdict.finding(), portfolio.scale()),
                verdict.recommendation() == null ? null
                        : BreachBeforeThePlan.resolve(verdict.recommendation(), portfolio.scale())));
    }

    private static Optional<ScaleVerdict> told(Portfolio portfolio) {
        ScaleProjection scale = portfolio.scale();
        if (scale == null) {
            return Optional.empty();
        }
        GrowthWords growthWords = GrowthWords.of(scale.growth());
        Figure growth = GrowthWords.rate(scale.growth());
        if (scale.breachQuarter() == null) {
            return Optional.of(new ScaleVerdict(Finding.of(Severity.GOOD, "scale",
                    growthWords.lead() + " stays below {1} of capacity for the next ten years.",
                    growth, Figure.percent(scale.scale().headroom())), null));
        }
        Quarter planStart = portfolio.strategy().plan().start();
        boolean past = BreachBeforeThePlan.of(scale, planStart);
        // {0} growth, {1} the headroom, {2} the breach quarter. A breach before the plan has happened:
        // "reaches … in 2026-Q2" would read as a date still ahead.
        String load = past
                ? "System load " + BreachBeforeThePlan.loadSince(scale, 1, 2) + ", before the plan begins (" + growthWords.participle() + ")"
                : growthWords.lead() + " reaches {1} of capacity in {2}";
        Figure limit = Figure.percent(scale.scale().headroom());
        Figure breach = Figure.quarter(scale.breachQuarter());
        int addressing = scale.latestStarts().size();
        if (addressing == 0) {
            return Optional.of(new ScaleVerdict(Finding.of(Severity.CRITICAL, "scale",
                    load + ", and no initiative addresses scalability.", growth, limit, breach), null));
        }
        List<LatestStart> late = scale.latestStarts().stream().filter(start -> start.lateBy() > 0).toList();
        // By id once: thousands of late starts must not each search thousands of initiatives.
        Map<String, Initiative> byId = new HashMap<>();
        portfolio.initiatives().forEach(figures -> byId.put(figures.id(), figures.initiative()));
        if (late.isEmpty()) {
            long done = scale.latestStarts().stream().filter(start -> byId.get(start.id()).isDone()).count();
            return Optional.of(new ScaleVerdict(inTime(load, past, addressing, (int) done, growth, limit, breach), null));
        }
        LatestStart latest = late.stream().max(Comparator.comparingInt(LatestStart::lateBy)).orElseThrow();
        Initiative initiative = byId.get(latest.id());
        Finding finding;
        // One late initiative is named; of several, the count and the worst lateness are what matter.
        if (late.size() == 1) {
            String started = LateStart.of(initiative, latest, planStart) == LateStart.ALREADY_STARTED ? "started" : "starts";
            finding = Finding.of(Severity.CRITICAL, "scale",
                    load + ", and {3}, which addresses scalability, " + started + " {4} too late to land before then.",
                    growth, limit, breach, Figure.text(initiative.title()), Figure.quarters(latest.lateBy()));
        } else {
            String which = late.size() < addressing ? "{3} of the {4} initiatives that address scalability"
                    : addressing == 2 ? "both initiatives that address scalability"
                    : "all {4} initiatives that address scalability";
            finding = Finding.of(Severity.CRITICAL, "scale",
                    load + ", and " + which + " " + startVerb(byId, late, planStart)
                            + " too late to land before then, by up to {5}.",
                    growth, limit, breach, Figure.count(late.size()), Figure.count(addressing),
                    Figure.quarters(latest.lateBy()));
        }
        List<Initiative> inTime = scale.latestStarts().stream().filter(start -> start.lateBy() == 0)
                .map(start -> byId.get(start.id())).toList();
        List<String> alsoLate = late.stream().filter(start -> start != latest)
                .sorted(Comparator.comparingInt(LatestStart::lateBy).reversed().thenComparing(LatestStart::id))
                .map(start -> byId.get(start.id()).title()).toList();
        return Optional.of(new ScaleVerdict(finding, withWorkInTime(withOthersLate(
                withOverloadedTeam(catchUp(initiative, latest, scale, planStart), initiative, portfolio), alsoLate),
                inTime, initiative)));
    }

    /**
     * The catch-up advice for the latest, and the other late scalability work after it, the latest
     * first: the advice names one, and a reader must not take it for the only one.
     */
    private static Finding withOthersLate(Finding catchUp, List<String> alsoLate) {
        if (alsoLate.isEmpty()) {
            return catchUp;
        }
        List<Figure> figures = new ArrayList<>(catchUp.figures());
        int named = figures.size();
        figures.add(Figure.text(Prose.join(alsoLate)));
        return new Finding(catchUp.severity(), catchUp.topic(), catchUp.template() + " {" + named + "} "
                + (alsoLate.size() == 1 ? "lands" : "land") + " too late as well"
                + (alsoLate.size() > 5 ? ": the scalability page lists them all." : "."), figures);
    }

    /**
     * The catch-up advice, and when other scalability work lands in time, that too: it may hold the
     * load until the late work lands, which the plan cannot tell but its reader can. Work already done
     * is said to be done: "lands in time" would put it ahead.
     */
    private static Finding withWorkInTime(Finding catchUp, List<Initiative> inTime, Initiative late) {
        if (inTime.isEmpty()) {
            return catchUp;
        }
        List<Figure> figures = new ArrayList<>(catchUp.figures());
        int named = figures.size();
        List<String> done = inTime.stream().filter(Initiative::isDone).map(Initiative::title).toList();
        List<String> ahead = inTime.stream().filter(initiative -> !initiative.isDone()).map(Initiative::title).toList();
        String which;
        if (done.isEmpty() || ahead.isEmpty()) {
            boolean one = inTime.size() == 1;
            figures.add(Figure.text(Prose.join(done.isEmpty() ? ahead : done)));
            which = "{" + named + "}, which " + (one ? "also addresses" : "also address") + " scalability, "
                    + (done.isEmpty() ? (one ? "lands in time" : "land in time") : (one ? "is done" : "are done"));
        } else {
            figures.add(Figure.text(Prose.join(done)));
            figures.add(Figure.text(Prose.join(ahead)));
            which = "{" + named + "}, which also " + (done.size() == 1 ? "addresses" : "address") + " scalability, "
                    + (done.size() == 1 ? "is" : "are") + " done, and {" + (named + 1) + "} "
                    + (ahead.size() == 1 ? "lands" : "land") + " in time";
        }
        int title = figures.size();
        figures.add(Figure.text(late.title()));
        boolean one = inTime.size() == 1;
        return new Finding(catchUp.severity(), catchUp.topic(), catchUp.template() + " " + which + ": if "
                + (one ? "it holds" : "they hold") + " the load until {" + title + "} lands, this is less urgent.", figures);
    }

    /**
     * The catch-up advice, and when the initiative's team is already over capacity, that too: "bring it
     * forward" beside "rebalance that team" would pull two ways without a word on which comes first.
     */
    private static Finding withOverloadedTeam(Finding catchUp, Initiative initiative, Portfolio portfolio) {
        TeamLoad team = portfolio.teams().stream()
                .filter(load -> load.team().id().equals(initiative.owner()))
                .findFirst().orElse(null);
        if (team == null || !team.overloaded()) {
            return catchUp;
        }
        List<Figure> figures = new ArrayList<>(catchUp.figures());
        int name = figures.size();
        figures.add(Figure.text(team.team().name()));
        figures.add(Figure.shareOfCapacity(team.peakUtilisation()));
        return new Finding(catchUp.severity(), catchUp.topic(), catchUp.template() + " Its team, {" + name
                + "}, already peaks at {" + (name + 1) + "} of its capacity: move other work off it first.", figures);
    }

    /**
     * Every initiative that addresses scalability lands by the breach; {@code done} of them are done,
     * and those are said to have landed, not to be planned to.
     */
    private static Finding inTime(String load, boolean past, int addressing, int done, Figure growth, Figure limit,
            Figure breach) {
        String which = addressing == 1 ? "the one initiative that addresses scalability"
                : addressing == 2 ? "both initiatives that address scalability"
                : "all {3} initiatives that address scalability";
        String lands;
        if (done == addressing) {
            lands = past ? "landed before then" : (addressing == 1 ? "is" : "are") + " done";
        } else if (done > 0) {
            lands = past ? "landed or were due to land before then" : "are done or planned to land in time";
        } else {
            lands = past ? (addressing == 1 ? "was" : "were") + " due to land before then"
                    : (addressing == 1 ? "is" : "are") + " planned to land in time";
        }
        // Past the limit already, work that landed in time has not kept load below it.
        return Finding.of(past ? Severity.WARNING : Severity.GOOD, "scale",
                load + "; " + which + " " + lands + ".", growth, limit, breach, Figure.count(addressing));
    }

    /** "start", "started" or, when some have started and some not, "are": in the tense their status allows. */
    private static String startVerb(Map<String, Initiative> byId, List<LatestStart> late, Quarter planStart) {
        long started = late.stream()
                .filter(start -> LateStart.of(byId.get(start.id()), start, planStart) == LateStart.ALREADY_STARTED)
                .count();
        return started == 0 ? "start" : started == late.size() ? "started" : "are";
    }

    /**
     * What to do about the latest scalability initiative: bring it forward while that can still work;
     * once it has started, or its latest start is before the plan's first quarter, starting sooner
     * cannot, and it has to shrink or capacity has to grow. Once load is past the limit, capacity
     * has to grow now and the work can only land as soon as possible.
     */
    private static Finding catchUp(Initiative initiative, LatestStart latest, ScaleProjection scale, Quarter planStart) {
        Figure title = Figure.text(initiative.title());
        Figure breach = Figure.quarter(scale.breachQuarter());
        // The breach is the quarter load reaches the headroom, not capacity itself: say which.
        Figure limit = Figure.percent(scale.scale().headroom());
        boolean past = BreachBeforeThePlan.of(scale, planStart);
        return switch (LateStart.of(initiative, latest, planStart)) {
            case ALREADY_STARTED -> past
                    ? Finding.of(Severity.CRITICAL, "scale",
                            "Add system capacity now and cut {0} down to what can land first: started in {1}, it lands only in {2}, and load "
                                    + BreachBeforeThePlan.loadSince(scale, 3, 4) + ".",
                            title, Figure.quarter(initiative.start()), Figure.quarter(initiative.goLive()), limit, breach)
                    : Finding.of(Severity.CRITICAL, "scale",
                            "Add system capacity before {0} or cut {1} down to what can land by then: started in {2}, it lands {3} after load reaches {4} of capacity.",
                            breach, title, Figure.quarter(initiative.start()), Figure.quarters(latest.lateBy()), limit);
            case TOO_LATE_TO_START -> past
                    ? Finding.of(Severity.CRITICAL, "scale",
                            "Add system capacity now and cut {0} down to what can land first: even started at once ({1}) it would land only in {2}, and load "
                                    + BreachBeforeThePlan.loadSince(scale, 3, 4) + ".",
                            title, Figure.quarter(planStart), Figure.quarter(planStart.plus(initiative.duration())), limit, breach)
                    : Finding.of(Severity.CRITICAL, "scale",
                            "Cut {0} down to what can land by {1}, or add system capacity before then: even started at once ({2}) it would land {3} after load reaches {4} of capacity.",
                            title, breach, Figure.quarter(planStart), Figure.quarters(planStart.minus(latest.latestStart())), limit);
            // Its latest start is in the plan, so the breach is too: never past here.
            case CAN_START_SOONER -> Finding.of(Severity.CRITICAL, "scale",
                    "Bring {0} forward by {1} (its latest start is {2}) so it lands before load reaches {4} of capacity in {3}.",
                    title, Figure.quarters(latest.lateBy()), Figure.quarter(latest.latestStart()), breach, limit);
        };
    }
}
