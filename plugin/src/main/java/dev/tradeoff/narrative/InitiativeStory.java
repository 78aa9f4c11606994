package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a CFO wants to hear about one initiative: whether it lands too late for the scalability
 * limit, then value, return, payback, delay, enablement.
 */
public final class InitiativeStory {

    /**
     * Below this return on its cost (ROI) a gain is too thin to call good: a 1% margin is within any
     * estimate's error, so it is said as roughly breaking even, neither good nor bad.
     */
    static final double THIN_RETURN = 0.05;

    private final Plan plan;
    private final Map<String, InitiativeFigures> byId;
    /** The projection, or null without scale.yaml. */
    private final ScaleProjection scale;
    /** The latest start of each scalability initiative, by id; empty without a breach. */
    private final Map<String, LatestStart> latestStarts = new HashMap<>();

    /** The story of a strategy without scale.yaml. */
    public InitiativeStory(Plan plan, Map<String, InitiativeFigures> byId) {
        this(plan, byId, null);
    }

    public InitiativeStory(Plan plan, Map<String, InitiativeFigures> byId, ScaleProjection scale) {
        this.plan = plan;
        this.byId = byId;
        this.scale = scale;
        if (scale != null) {
            scale.latestStarts().forEach(start -> latestStarts.put(start.id(), start));
        }
    }

    public List<Finding> tell(InitiativeFigures figures) {
        Initiative initiative = figures.initiative();
        List<Finding> findings = new ArrayList<>();
        if (figures.isDropped()) {
            findings.add(Finding.of(Severity.INFO, "status",
                    "Dropped: it is listed for the record and takes part in no figure or total."));
            return findings;
        }
        // The summary's first recommendation when it happens: the page of the work itself must say it too.
        lateForScale(initiative).ifPresent(findings::add);
        if (figures.startsAfterThePlan()) {
            findings.add(Finding.of(Severity.INFO, "value",
                    "Starts in {0}, after the plan ends in {1}: none of its costs or benefits is in view, so its NPV is 0 here. Lengthen the horizon to value it.",
                    Figure.quarter(initiative.start()), Figure.quarter(plan.end())));
        } else {
            findings.add(value(figures));
            BenefitsAfterThePlan.of(figures, plan).map(cutShort -> cutShort.finding(plan)).ifPresent(findings::add);
            WorkBeforeThePlan.finding(initiative, plan).ifPresent(findings::add);
        }
        if (figures.pvCosts() > 0 && figures.pvBenefits() > 0) {
            Severity severity = figures.pvBenefits() < figures.pvCosts() ? Severity.WARNING
                    : thin(figures) ? Severity.INFO : Severity.GOOD;
            findings.add(Finding.of(severity, "return", "Brings back {0} of benefits for each {1} it costs, in today's money.",
                    Figure.moneyPerUnit(figures.pvBenefits() / figures.pvCosts()), Figure.moneyUnit()));
        }
        if (!figures.startsAfterThePlan()) {
            findings.add(payback(figures));
        }
        // Done work cannot be delayed: its cost of delay ranks nothing any more.
        if (figures.costOfDelay() > 0 && !initiative.isDone() && delayLosesNothing(initiative)) {
            NetAtFullRate net = NetAtFullRate.of(initiative);
            // SPEC counts its benefits as its cost of delay, but each quarter live costs at least that to run.
            findings.add(net.breaksEven()
                    ? Finding.of(Severity.INFO, "delay",
                            "Its cost of delay, {0} a quarter, is its benefits at full rate, but it costs as much to run: each quarter it runs nets nothing, so as planned delay loses nothing.",
                            Figure.money(figures.costOfDelay()))
                    : Finding.of(Severity.INFO, "delay",
                            "Its cost of delay, {0} a quarter, is its benefits at full rate, but it costs {1} a quarter to run: each quarter it runs loses {2} even at full rate, so as planned delay loses nothing.",
                            Figure.money(figures.costOfDelay()), Figure.money(net.runCost()),
                            Figure.money(net.lossPerQuarter())));
        } else if (figures.costOfDelay() > 0 && !initiative.isDone()) {
            // Over one quarter there is nothing to spread: "spread over its one quarter" says nothing.
            findings.add(initiative.duration() == 1
                    ? Finding.of(Severity.INFO, "delay",
                            "Each quarter of delay costs {0}; built in one quarter, that is also its CD3 (cost of delay per quarter of work).",
                            Figure.money(figures.costOfDelay()))
                    : Finding.of(Severity.INFO, "delay",
                            "Each quarter of delay costs {0}; spread over its {1} that is {2} per quarter of work (CD3).",
                            Figure.money(figures.costOfDelay()), Figure.quarters(initiative.duration()),
                            Figure.money(figures.cd3())));
        }
        enablement(figures).ifPresent(findings::add);
        return findings;
    }

    /**
     * Whether its cost of delay is SPEC's default, its benefits at full rate, and it costs at least
     * that to run: a quarter later loses no money as planned, whatever the figure says. A cost of
     * delay given in its file is the owner's estimate and stands.
     */
    private static boolean delayLosesNothing(Initiative initiative) {
        return initiative.costOfDelayIsItsBenefits() && !NetAtFullRate.of(initiative).coversRunCost();
    }

    /** A gain under {@link #THIN_RETURN} of what it costs: it roughly breaks even. */
    private static boolean thin(InitiativeFigures figures) {
        return figures.npv() >= 0 && figures.pvCosts() > 0 && figures.npv() < THIN_RETURN * figures.pvCosts();
    }

    private Finding value(InitiativeFigures figures) {
        if (thin(figures)) {
            return Finding.of(Severity.INFO, "value",
                    "Roughly breaks even: adds {0} of value in today's money by {1} ({2} of benefits against {3} of costs), under {4} of its cost.",
                    Figure.money(figures.npv()), Figure.quarter(plan.end()),
                    Figure.money(figures.pvBenefits()), Figure.money(figures.pvCosts()), Figure.percent(THIN_RETURN));
        }
        if (figures.npv() >= 0) {
            return Finding.of(Severity.GOOD, "value",
                    "Adds {0} of value in today's money by {1} ({2} of benefits against {3} of costs).",
                    Figure.money(figures.npv()), Figure.quarter(plan.end()),
                    Figure.money(figures.pvBenefits()), Figure.money(figures.pvCosts()));
        }
        return Finding.of(Severity.WARNING, "value",
                "Costs {0} more than it returns by {1} ({2} of benefits against {3} of costs).",
                Figure.money(-figures.npv()), Figure.quarter(plan.end()),
                Figure.money(figures.pvBenefits()), Figure.money(figures.pvCosts()));
    }

    private Finding payback(InitiativeFigures figures) {
        Initiative initiative = figures.initiative();
        if (figures.paybackQuarter() != null) {
            // Counted from the go-live quarter the page shows beside it, the first with benefits. Never
            // before it: nothing comes in earlier and no amount is negative (PortfolioPropertiesTest).
            int afterGoLive = figures.paybackQuarter().minus(initiative.goLive());
            // Paid back only as the plan ends, it has just made its money back: no good news yet.
            if (figures.paybackQuarter().equals(plan.end()) && afterGoLive > 0) {
                return Finding.of(Severity.INFO, "payback", "Pays back only in {0}, the plan's last quarter, {1} after go-live.",
                        Figure.quarter(figures.paybackQuarter()), Figure.quarters(afterGoLive));
            }
            if (afterGoLive == 0) {
                return Finding.of(Severity.GOOD, "payback", "Pays back in {0}, the quarter it goes live.",
                        Figure.quarter(figures.paybackQuarter()));
            }
            return Finding.of(Severity.GOOD, "payback", "Pays back in {0}, {1} after go-live.",
                    Figure.quarter(figures.paybackQuarter()), Figure.quarters(afterGoLive));
        }
        if (NetAtFullRate.neverPaysBack(figures)) {
            return neverPaysBack(NetAtFullRate.of(initiative));
        }
        if (figures.goesNegative()) {
            return Finding.of(Severity.WARNING, "payback", "Does not pay back within the plan, which ends in {0}.",
                    Figure.quarter(plan.end()));
        }
        if (initiative.start().isBefore(plan.start())) {
            // Its ROI and payback leave out what it cost before the plan: say so, or 1,234% reads as a claim.
            return Finding.of(Severity.INFO, "payback",
                    "Needs no payback within the plan: what it cost before {0} is sunk and not counted, and from then on its cash flow is never negative.",
                    Figure.quarter(plan.start()));
        }
        return Finding.of(Severity.INFO, "payback", "Needs no payback: its cash flow is never negative within the plan.");
    }

    /**
     * Work whose benefits at full rate do not exceed its run cost: "not within the plan" would
     * suggest it pays back later, and no quarter it runs, however late, brings anything back.
     */
    private static Finding neverPaysBack(NetAtFullRate net) {
        if (net.benefits() == 0) {
            return net.runCost() == 0
                    ? Finding.of(Severity.WARNING, "payback", "Never pays back: it brings in no benefits to earn back what it costs.")
                    : Finding.of(Severity.WARNING, "payback",
                            "Never pays back: it brings in no benefits and costs {0} a quarter to run.", Figure.money(net.runCost()));
        }
        if (net.breaksEven()) {
            return Finding.of(Severity.WARNING, "payback",
                    "Never pays back: it costs as much to run as it brings in, {0} a quarter, so what it cost to build never comes back.",
                    Figure.money(net.runCost()));
        }
        return Finding.of(Severity.WARNING, "payback",
                "Never pays back: it costs more to run ({0} a quarter) than it brings in at full rate ({1}).",
                Figure.money(net.runCost()), Figure.money(net.benefits()));
    }

    /**
     * A scalability initiative that lands after load reaches the headroom, in the tense its status
     * allows: one not started can start sooner, unless its latest start is before the plan; one
     * under way or done can only shrink, or capacity grow.
     */
    private Optional<Finding> lateForScale(Initiative initiative) {
        LatestStart latest = latestStarts.get(initiative.id());
        if (latest == null || latest.lateBy() == 0) {
            return Optional.empty();
        }
        Figure limit = Figure.percent(scale.scale().headroom());
        Figure breach = Figure.quarter(scale.breachQuarter());
        Figure latestStart = Figure.quarter(latest.latestStart());
        if (BreachBeforeThePlan.of(scale, plan.start())) {
            // Load is past the limit already: no start, however early, lands in time.
            return Optional.of(LateStart.of(initiative, latest, plan.start()) == LateStart.ALREADY_STARTED
                    ? Finding.of(Severity.CRITICAL, "scale",
                            "Lands {0} after load passed {1} of capacity in {2}, before the plan begins: started in {3}, past its latest start of {4}. Add system capacity now, and cut it down to what can land first.",
                            Figure.quarters(latest.lateBy()), limit, breach, Figure.quarter(initiative.start()), latestStart)
                    : Finding.of(Severity.CRITICAL, "scale",
                            "Lands {0} after load passed {1} of capacity in {2}, before the plan begins: it would have had to start by {3}. Add system capacity now, and cut it down to what can land first.",
                            Figure.quarters(latest.lateBy()), limit, breach, latestStart));
        }
        return Optional.of(switch (LateStart.of(initiative, latest, plan.start())) {
            case CAN_START_SOONER -> Finding.of(Severity.CRITICAL, "scale",
                    "Starts {0} too late for the scalability limit: load reaches {1} of capacity in {2}, so it must start by {3} to land before then.",
                    Figure.quarters(latest.lateBy()), limit, breach, latestStart);
            // Planned for the plan's first quarter it is already as early as it can be: no "even at once".
            case TOO_LATE_TO_START -> Finding.of(Severity.CRITICAL, "scale", initiative.start().isAfter(plan.start())
                    ? "Lands {0} after load reaches {1} of capacity in {2}: it would have had to start by {3}, before the plan begins, and even started at once ({4}) it would land {5} after. Cut it down to what can land by {2}, or add system capacity before then."
                    : "Lands {0} after load reaches {1} of capacity in {2}: it would have had to start by {3}, before the plan begins. Cut it down to what can land by {2}, or add system capacity before then.",
                    Figure.quarters(latest.lateBy()), limit, breach, latestStart, Figure.quarter(plan.start()),
                    Figure.quarters(plan.start().minus(latest.latestStart())));
            case ALREADY_STARTED -> Finding.of(Severity.CRITICAL, "scale",
                    "Lands {0} after load reaches {1} of capacity in {2}: started in {3}, past its latest start of {4}. Cut it down to what can land by {2}, or add system capacity before then.",
                    Figure.quarters(latest.lateBy()), limit, breach, Figure.quarter(initiative.start()), latestStart);
        });
    }

    /**
     * Whether it enables a product that is not dropped: only then does its enablement value measure
     * anything, and only then does its page show it (a "$0" beside every platform that enables nothing
     * reads as a verdict on it).
     */
    public boolean enablesPlannedWork(Initiative initiative) {
        return initiative.enables().stream().anyMatch(enablement -> isPlanned(enablement.productId()));
    }

    /** The title of initiative {@code id}, as prose names work; the id if it is unknown. */
    private String title(String id) {
        InitiativeFigures figures = byId.get(id);
        return figures == null ? id : figures.initiative().title();
    }

    /** Whether {@code id} is an initiative in the plan: known and not dropped. */
    private boolean isPlanned(String id) {
        InitiativeFigures figures = byId.get(id);
        return figures != null && !figures.isDropped();
    }

    private Optional<Finding> enablement(InitiativeFigures figures) {
        Initiative initiative = figures.initiative();
        if (figures.enablementValue() == null || initiative.enables().isEmpty()) {
            return Optional.empty();
        }
        if (!enablesPlannedWork(initiative)) {
            // Its "What it enables" list still names them: say why they add nothing.
            List<String> dropped = initiative.enables().stream().map(e -> title(e.productId())).toList();
            return Optional.of(Finding.of(Severity.INFO, "enablement",
                    "Enables only dropped work ({0}), so its enablement value is {1}.",
                    Figure.text(Prose.join(dropped)), Figure.money(0)));
        }
        List<String> names = new ArrayList<>();
        List<String> tooEarly = new ArrayList<>();
        // Products under way or done before it goes live: too late to move, so no advice to start them later.
        List<String> begun = new ArrayList<>();
        double speedups = 0;
        for (Enablement enablement : initiative.enables()) {
            if (isPlanned(enablement.productId())) {
                names.add(title(enablement.productId()));
                speedups += enablement.speedup();
                Initiative product = byId.get(enablement.productId()).initiative();
                if (product.startsBeforeGoLiveOf(initiative)) {
                    (product.hasBegun() ? begun : tooEarly).add(title(enablement.productId()));
                }
            }
        }
        String enables = "Enables {0} to ship {1} sooner" + (names.size() == 1 ? "" : " on average")
                + ", worth {2} (shown beside the NPV, not added to it)";
        Figure what = Figure.text(Prose.join(names));
        Figure speedup = Figure.percent(speedups / names.size());
        Figure worth = Figure.money(figures.enablementValue());
        if (tooEarly.isEmpty() && begun.isEmpty()) {
            return Optional.of(Finding.of(Severity.GOOD, "enablement", enables + ".", what, speedup, worth));
        }
        if (tooEarly.isEmpty()) {
            String which = begun.size() == names.size() ? (names.size() == 1 ? "it was" : "they were")
                    : "{4} " + (begun.size() == 1 ? "was" : "were");
            return Optional.of(Finding.of(Severity.WARNING, "enablement",
                    enables + ", but " + which + " begun before this platform work goes live in {3}, so "
                            + (begun.size() == 1 ? "it gets" : "they get") + " none of the speed-up as planned.",
                    what, speedup, worth, Figure.quarter(initiative.goLive()), Figure.text(Prose.join(begun))));
        }
        String alreadyBegun = begun.isEmpty() ? ""
                : " ({5} " + (begun.size() == 1 ? "was" : "were") + " begun before it goes live and "
                        + (begun.size() == 1 ? "gets" : "get") + " none of it)";
        // The value assumes the product is built on the platform; started before it goes live, it is not.
        String which = tooEarly.size() == names.size()
                ? (names.size() == 1 ? "it starts" : "they start")
                : "{4} " + (tooEarly.size() == 1 ? "starts" : "start");
        String them = tooEarly.size() == 1 ? "it" : "them";
        // Live only after the plan ends, a start after that would push the product out of the plan too.
        String advice = initiative.goLive().isAfter(plan.end())
                ? ": to get the speed-up, land this platform work within the plan, which ends in {6}, and start " + them
                        + " after that."
                : ": to get the speed-up, start " + them + " after that, or land the platform work sooner.";
        return Optional.of(Finding.of(Severity.WARNING, "enablement",
                enables + ", but as planned " + which + " before this platform work goes live in {3}" + alreadyBegun
                        + advice,
                what, speedup, worth, Figure.quarter(initiative.goLive()), Figure.text(Prose.join(tooEarly)),
                Figure.text(Prose.join(begun)), Figure.quarter(plan.end())));
    }
}
