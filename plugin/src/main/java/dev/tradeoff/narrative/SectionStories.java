package dev.tradeoff.narrative;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.LatestStart;
import dev.tradeoff.analysis.PlatformPriority;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.Quadrant;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What each analysis page says: what the figures mean in business terms and what to do about them. */
public final class SectionStories {

    /**
     * The most late initiatives or overloaded teams a page names one by one, worst first; the rest are
     * counted in one sentence. A page that opens with a hundred findings is read by no one.
     */
    public static final int NAMED = 10;

    /** The most pairs of a product and the platform work that enables it one sentence names. */
    static final int NAMED_PAIRS = 3;
    /** The most initiatives the matrix's sentences name with their NPV; the rest are counted. */
    static final int NAMED_BY_NPV = 3;
    /** Beyond this many, late scalability work is said in one sentence above the table that lists it. */
    static final int SAID_ONE_BY_ONE = 3;
    /** How far apart the teams' share of the plan's capacity and their share of the planned effort may be before it is said. */
    static final double CAPACITIES_APART = 0.1;

    private final Portfolio portfolio;
    private final Plan plan;

    public SectionStories(Portfolio portfolio) {
        this.portfolio = portfolio;
        this.plan = portfolio.strategy().plan();
    }

    /** Initiatives by id, indexed on first use: a sentence per late initiative must not scan them all. */
    private Map<String, Initiative> byId;

    private Initiative initiative(String id) {
        if (byId == null) {
            byId = new HashMap<>();
            for (InitiativeFigures figures : portfolio.initiatives()) {
                byId.putIfAbsent(figures.id(), figures.initiative());
            }
        }
        return byId.get(id);
    }

    private AdvisedCd3Order advisedCd3Order;
    private LateKeyResults lateKeyResults;

    /**
     * The CD3 order the pages advise, worked out once: the sequencing page's story and its figures
     * both read it.
     */
    public AdvisedCd3Order advisedCd3Order() {
        if (advisedCd3Order == null) {
            advisedCd3Order = AdvisedCd3Order.of(portfolio, this::initiative);
        }
        return advisedCd3Order;
    }

    /**
     * The key results not yet met whose work all goes live after their objective is due, by
     * reference ("objective/kr"), each with the first of that work to go live: for the OKR page to
     * flag each one beside the story that names the first few.
     */
    public Map<String, Initiative> lateKeyResultWork() {
        Map<String, Initiative> work = new HashMap<>();
        for (LateKeyResults.Late late : late().late()) {
            work.put(late.keyResult().reference(), late.soonest());
        }
        return work;
    }

    /** How many key results {@link #lateKeyResultWork} holds. */
    int lateKeyResultCount() {
        return late().late().size();
    }

    private LateKeyResults late() {
        if (lateKeyResults == null) {
            lateKeyResults = LateKeyResults.of(portfolio);
        }
        return lateKeyResults;
    }

    public List<Finding> matrix() {
        Map<Quadrant, List<InitiativeFigures>> byQuadrant = new EnumMap<>(Quadrant.class);
        for (InitiativeFigures figures : portfolio.initiatives()) {
            if (!figures.isDropped()) {
                byQuadrant.computeIfAbsent(figures.quadrant(), q -> new ArrayList<>()).add(figures);
            }
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(Severity.INFO, "matrix", "{0}: {1}; {2}: {3}; {4}: {5}; {6}: {7}.",
                name(Quadrant.INVEST_BOTH), count(byQuadrant, Quadrant.INVEST_BOTH),
                name(Quadrant.SHIP_PRODUCT), count(byQuadrant, Quadrant.SHIP_PRODUCT),
                name(Quadrant.SHORE_UP_PLATFORM), count(byQuadrant, Quadrant.SHORE_UP_PLATFORM),
                name(Quadrant.DEPRIORITIZE), count(byQuadrant, Quadrant.DEPRIORITIZE)));
        // Advice to stop, defer or fund is for work still to do: done work is past deciding on.
        List<InitiativeFigures> lowScored = byQuadrant.getOrDefault(Quadrant.DEPRIORITIZE, List.of());
        List<InitiativeFigures> low = lowScored.stream().filter(figures -> !figures.isDone()).toList();
        int lowDone = lowScored.size() - low.size();
        String besidesDone = lowDone == 0 ? "" : " ({2} more " + (lowDone == 1 ? "is" : "are") + " done)";
        if (!low.isEmpty()) {
            double spend = low.stream().mapToDouble(InitiativeFigures::pvCosts).sum();
            // Nothing they cost falls within the plan: "costing $0" would read as free.
            findings.add(Finding.of(Severity.WARNING, "matrix", spend < Figure.HALF_A_CENT
                            ? "Low value and low risk reduction: {0}, none of whose cost falls within the plan, candidates to stop or defer" + besidesDone + "."
                            : "Low value and low risk reduction: {0} costing {1} in today's money, candidates to stop or defer" + besidesDone + ".",
                    Figure.counted(low.size(), "initiative"), Figure.money(spend), Figure.count(lowDone)));
        }
        // The quadrants come from the scores people gave, the NPV from the figures: where the two
        // disagree, a reader acting on the quadrant alone would fund a loss or stop a gain.
        List<InitiativeFigures> fundedLosses = new ArrayList<>(byQuadrant.getOrDefault(Quadrant.INVEST_BOTH, List.of()));
        fundedLosses.addAll(byQuadrant.getOrDefault(Quadrant.SHIP_PRODUCT, List.of()));
        fundedLosses.removeIf(figures -> figures.npv() >= 0 || figures.isDone());
        // A loss that only the plan's end makes (one more horizon would pay it back) is no verdict
        // on the scores; it is said apart, or the table beside the sentence shows a larger loss than "the most".
        List<InitiativeFigures> horizonLosses = new ArrayList<>();
        fundedLosses.removeIf(figures -> BenefitsAfterThePlan.understated(figures, plan).isPresent()
                && horizonLosses.add(figures));
        Comparator<InitiativeFigures> lowestNpv = Comparator.comparingDouble(InitiativeFigures::npv)
                .thenComparing(InitiativeFigures::id);
        if (!fundedLosses.isEmpty()) {
            findings.add(namedByNpv(Severity.WARNING,
                    "{0} scored high on value {1} money as planned ({names}): check the scores or the plan before funding {2} first.",
                    fundedLosses, lowestNpv, "loses/lose", "it/them"));
        }
        if (!horizonLosses.isEmpty()) {
            findings.add(namedByNpv(Severity.INFO,
                    "{0} scored high on value {1} money only because {2} benefits fall after the plan ends ({names}): the horizon cuts {2} returns short, not the scores.",
                    horizonLosses, lowestNpv, "loses/lose", "its/their"));
        }
        List<InitiativeFigures> lowGains = low.stream().filter(figures -> figures.npv() > 0).toList();
        if (!lowGains.isEmpty()) {
            findings.add(namedByNpv(Severity.WARNING,
                    "{0} low on both scores {1} value as planned ({names}): look at the figures before stopping {2}.",
                    lowGains, Comparator.comparingDouble(InitiativeFigures::npv).reversed().thenComparing(InitiativeFigures::id),
                    "adds/add", "it/them"));
        }
        return findings;
    }

    /**
     * A count of initiatives and the first {@link #NAMED_BY_NPV} of them in {@code order}, each named with
     * its NPV: "(A, NPV −$762k; B, NPV −$448k)", the rest counted. In {@code template}, {0} is the count,
     * {1} the verb and {2} the pronoun ("one/several" forms), and "{names}" the named ones.
     */
    private static Finding namedByNpv(Severity severity, String template, List<InitiativeFigures> counted,
            Comparator<InitiativeFigures> order, String verbs, String pronouns) {
        int form = counted.size() == 1 ? 0 : 1;
        List<Figure> figures = new ArrayList<>(List.of(Figure.counted(counted.size(), "initiative"),
                Figure.text(verbs.split("/")[form]), Figure.text(pronouns.split("/")[form])));
        List<String> names = new ArrayList<>();
        for (InitiativeFigures named : counted.stream().sorted(order).limit(NAMED_BY_NPV).toList()) {
            names.add("{" + figures.size() + "}, NPV {" + (figures.size() + 1) + "}");
            figures.add(Figure.text(named.initiative().title()));
            figures.add(Figure.money(named.npv()));
        }
        int more = counted.size() - names.size();
        String named = String.join("; ", names) + (more > 0 ? "; and " + more + " more" : "");
        return Finding.of(severity, "matrix", template.replace("{names}", named), figures.toArray(Figure[]::new));
    }

    private static Figure name(Quadrant quadrant) {
        return Figure.text(QuadrantName.of(quadrant));
    }

    private static Figure count(Map<Quadrant, List<InitiativeFigures>> byQuadrant, Quadrant quadrant) {
        return Figure.count(byQuadrant.getOrDefault(quadrant, List.of()).size());
    }

    /**
     * "Platform share is within the 20%–30% band in 3 quarters, below it in 1 and above it in 6",
     * naming only the sides some quarter is on: "within the band in 0 quarters" says nothing.
     */
    private Finding bandCounts(long within, long below, long above) {
        List<String> parts = new ArrayList<>();
        List<Figure> figures = new ArrayList<>(List.of(Figure.percent(plan.platformBandLow()),
                Figure.percent(plan.platformBandHigh())));
        String[] sides = {"within", "below", "above"};
        long[] quarters = {within, below, above};
        for (int i = 0; i < sides.length; i++) {
            if (quarters[i] == 0) {
                continue;
            }
            // The first side named carries the band and the unit; the others refer back to it.
            parts.add(parts.isEmpty() ? sides[i] + " the {0}–{1} band in {" + figures.size() + "}"
                    : sides[i] + " it in {" + figures.size() + "}");
            figures.add(parts.size() == 1 ? Figure.counted((int) quarters[i], "quarter")
                    : Figure.count((int) quarters[i]));
        }
        if (parts.isEmpty()) {
            return Finding.of(Severity.INFO, "band",
                    "No quarter has planned work to hold against the {0}–{1} band.", figures.toArray(Figure[]::new));
        }
        return Finding.of(bandSeverity(below, above, plan.horizon(), portfolio.platformPriority()), "band",
                "Platform share is " + Prose.join(parts) + ".", figures.toArray(Figure[]::new));
    }

    /**
     * How much it matters that quarters of the plan's {@code horizon} are off the band: critical when
     * more than half of the plan is, so that the summary and the allocation page grade the same share
     * alike. With platform priority high the signals call for platform work, so the quarters above
     * the band do not make it critical: a warning, beside the critical signals, not against them.
     */
    static Severity bandSeverity(long below, long above, int horizon, PlatformPriority priority) {
        long counted = below + (priority == PlatformPriority.HIGH ? 0 : above);
        return below + above == 0 ? Severity.GOOD : counted > horizon / 2 ? Severity.CRITICAL : Severity.WARNING;
    }

    public List<Finding> allocation() {
        List<Finding> findings = new ArrayList<>();
        long below = count(BandStatus.BELOW);
        long above = count(BandStatus.ABOVE);
        long within = count(BandStatus.WITHIN);
        findings.add(bandCounts(within, below, above));
        if (below > 0) {
            List<AllocationQuarter> notYetPlanned = belowAfterTheLastPlatformWork();
            // Quarters below the band only because nobody has planned that far get their own advice.
            if (below > notYetPlanned.size()) {
                findings.add(Finding.of(Severity.WARNING, "band",
                        "Below the band, platform debt builds up: outages, slower releases and compliance findings follow. Move product effort to platform work in those quarters."));
            }
            platformWorkNotYetPlanned(notYetPlanned).ifPresent(findings::add);
        }
        if (above > 0) {
            aboveTheBand().ifPresent(findings::add);
        }
        idleQuarters().ifPresent(findings::add);
        overCapacity().ifPresent(findings::add);
        capacitiesDisagree().ifPresent(findings::add);
        return findings;
    }

    /**
     * What the quarters above the band mean. Where product work is planned beside the platform work,
     * the platform takes effort it needs; where none is, there is no product roadmap to take from,
     * and the band cannot hold until product work is planned. With the signals calling for platform
     * work, "the platform takes too much" alone would pull against the signals page.
     */
    private Optional<Finding> aboveTheBand() {
        boolean priorityHigh = portfolio.platformPriority() == PlatformPriority.HIGH;
        String then = priorityHigh
                ? "; with platform priority high, that can be right for now: check that every platform initiative earns its place with a key result or a signal, and plan the return to the band."
                : ": check that every platform initiative earns its place with a key result or a signal.";
        List<AllocationQuarter> withoutProduct = portfolio.allocation().stream()
                .filter(quarter -> quarter.status() == BandStatus.ABOVE && quarter.productEffort() == 0).toList();
        if (withoutProduct.isEmpty()) {
            return Optional.of(Finding.of(Severity.WARNING, "band",
                    "Above the band, the platform takes effort the product roadmap needs" + then));
        }
        boolean noProductAtAll = portfolio.allocation().stream().allMatch(quarter -> quarter.productEffort() == 0);
        if (noProductAtAll) {
            return Optional.of(Finding.of(Severity.WARNING, "band",
                    "No product work is planned, so the band cannot hold until some is" + then));
        }
        boolean allWithout = withoutProduct.size() == count(BandStatus.ABOVE);
        Figure quarters = withoutProduct.size() == 1 ? Figure.quarter(withoutProduct.get(0).quarter())
                : Figure.text(Prose.join(withoutProduct.stream().map(quarter -> quarter.quarter().toString()).toList()));
        return Optional.of(Finding.of(Severity.WARNING, "band", allWithout
                ? "Above the band, no product work is planned in {0}, so the band cannot hold there until some is" + then
                : "Above the band, the platform takes effort the product roadmap needs, and in {0} no product work is planned, so the band cannot hold there until some is" + then,
                quarters));
    }

    /**
     * The quarters at the plan's end after its last platform work, with product work in them: they
     * fall below the band because nobody has planned platform work that far yet, more than because
     * product work took its place. "From 2029-Q2 on, no platform work is planned yet, …"
     */
    private static Optional<Finding> platformWorkNotYetPlanned(List<AllocationQuarter> tail) {
        if (tail.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(Severity.INFO, "band",
                "From {0} on, no platform work is planned yet, which puts {1} below the band: plan the platform work {2} will need, or the band will not hold.",
                Figure.quarter(tail.get(0).quarter()),
                tail.size() == 1 ? Figure.quarter(tail.get(0).quarter()) : Figure.text("those " + tail.size() + " quarters"),
                Figure.text(tail.size() == 1 ? "it" : "they")));
    }

    /**
     * Quarters with no work at all, when some quarter has work: their capacity is neither used nor
     * counted in the costs, which a reader of the NPV or the utilisation should know. "No work is
     * planned in the plan's last 2 quarters (2029-Q3 and 2029-Q4): …"
     */
    private Optional<Finding> idleQuarters() {
        List<AllocationQuarter> quarters = portfolio.allocation();
        List<String> idle = quarters.stream().filter(quarter -> quarter.status() == BandStatus.IDLE)
                .map(quarter -> quarter.quarter().toString()).toList();
        if (idle.isEmpty() || idle.size() == quarters.size()) {
            return Optional.empty();
        }
        boolean atTheEnd = quarters.get(quarters.size() - 1).status() == BandStatus.IDLE
                && quarters.subList(quarters.size() - idle.size(), quarters.size()).stream()
                        .allMatch(quarter -> quarter.status() == BandStatus.IDLE);
        String named = atTheEnd && idle.size() > 2 ? idle.get(0) + " to " + idle.get(idle.size() - 1)
                : Prose.join(idle);
        if (idle.size() == 1) {
            return Optional.of(Finding.of(Severity.INFO, "band", atTheEnd
                    ? "No work is planned in {0}, the plan's last quarter: its engineering capacity goes unused. Plan work for it;"
                            + " ending the plan a quarter sooner instead would also drop that quarter's benefits from every NPV."
                    : "No work is planned in {0}: its engineering capacity goes unused.",
                    Figure.text(named)));
        }
        return Optional.of(Finding.of(Severity.INFO, "band", atTheEnd
                ? "No work is planned in the plan's last {0} ({1}): their engineering capacity goes unused. Plan work for them;"
                        + " ending the plan sooner instead would also drop their benefits from every NPV."
                : "No work is planned in {0} ({1}): their engineering capacity goes unused.",
                Figure.counted(idle.size(), "quarter"), Figure.text(named)));
    }

    /** The quarters below the band after the plan's last platform work (none when there is no platform work). */
    private List<AllocationQuarter> belowAfterTheLastPlatformWork() {
        List<AllocationQuarter> quarters = portfolio.allocation();
        int last = quarters.size() - 1;
        while (last >= 0 && quarters.get(last).platformEffort() == 0) {
            last--;
        }
        return last < 0 ? List.of() : quarters.subList(last + 1, quarters.size()).stream()
                .filter(quarter -> quarter.status() == BandStatus.BELOW).toList();
    }

    /** How many quarters plan more work than there is capacity for, and the worst of them. */
    Optional<Finding> overCapacity() {
        List<AllocationQuarter> over = portfolio.allocation().stream()
                .filter(AllocationQuarter::isOverCapacity).toList();
        if (over.isEmpty()) {
            return Optional.empty();
        }
        // max keeps the first of equals: the earliest of the worst quarters.
        AllocationQuarter worst = over.stream().max(Comparator.comparingDouble(AllocationQuarter::utilisation))
                .orElseThrow();
        if (over.size() == 1) {
            return Optional.of(Finding.of(Severity.CRITICAL, "capacity",
                    "Planned work exceeds capacity in {0}, which needs {1} of the engineering capacity.",
                    Figure.quarter(worst.quarter()), Figure.shareOfCapacity(worst.utilisation())));
        }
        return Optional.of(Finding.of(Severity.CRITICAL, "capacity",
                "Planned work exceeds capacity in {0}, most in {1}, which needs {2} of the engineering capacity.",
                Figure.counted(over.size(), "quarter"), Figure.quarter(worst.quarter()),
                Figure.shareOfCapacity(worst.utilisation())));
    }

    private long count(BandStatus status) {
        return portfolio.allocation().stream().filter(quarter -> quarter.status() == status).count();
    }

    public List<Finding> sequencing() {
        var sequencing = portfolio.sequencing();
        List<Finding> findings = new ArrayList<>();
        if (sequencing.planOrder().isEmpty()) {
            findings.add(Finding.of(Severity.INFO, "delay", "No proposed or committed initiative is waiting to be sequenced."));
            return findings;
        }
        if (sequencing.planOrder().size() == 1) {
            findings.add(Finding.of(Severity.INFO, "delay",
                    "One initiative is waiting, so there is no order to choose: it costs {0} in delay while it waits.",
                    Figure.money(sequencing.planDelayCost())));
            return findings;
        }
        findings.add(Finding.of(Severity.INFO, "delay",
                "Done one after another in the planned order, the {0} cost {1} in delay; in CD3 order (cost of delay divided by duration, highest first) they cost {2}.",
                Figure.counted(sequencing.planOrder().size(), "proposed or committed initiative"),
                Figure.money(sequencing.planDelayCost()),
                Figure.money(sequencing.cd3DelayCost())));
        // Readers set these beside the NPV and the roadmap: say they are neither, and how long the
        // one-at-a-time schedule runs, which is why its figures can dwarf the NPV.
        int endToEnd = 0;
        for (String id : sequencing.planOrder()) {
            endToEnd += initiative(id).duration();
        }
        findings.add(Finding.of(Severity.INFO, "delay",
                "Both figures suppose the initiatives are done one at a time in that order ({0} end to end, in a plan of {1}), each losing its cost of delay every quarter until it is done. They rank the work: they are not a forecast of the roadmap and no part of the NPV.",
                Figure.quarters(endToEnd), Figure.quarters(plan.horizon())));
        AdvisedCd3Order cd3 = advisedCd3Order();
        if (!cd3.keepsEnablersAhead()) {
            if (!cd3.saves()) {
                findings.add(Finding.of(Severity.GOOD, "delay", "The planned order is already as good as CD3 order."));
                return findings;
            }
            findings.add(cd3.bringForward(Severity.WARNING, "CD3 order loses {0} less",
                    List.of(Figure.money(cd3.saving())), "", portfolio));
            return findings;
        }
        // CD3's own order starts products before the platform work that speeds them up: say where,
        // then what the CD3 order that keeps platform work ahead (what the page advises) saves.
        findings.add(enablersAfterProducts(cd3.pairs()));
        if (cd3.saves()) {
            findings.add(cd3.bringForward(Severity.WARNING,
                    "With platform work kept ahead of what it enables, CD3 order costs {0} in delay, {1} less than the planned order",
                    List.of(Figure.money(cd3.delayCost()), Figure.money(cd3.saving())), "", portfolio));
            return findings;
        }
        findings.add(Finding.of(Severity.INFO, "delay",
                "With platform work kept ahead of what it enables, CD3 order costs {0} in delay, no less than the planned order's {1}.",
                Figure.money(cd3.delayCost()), Figure.money(sequencing.planDelayCost())));
        return findings;
    }

    /**
     * Where CD3 order starts a product before platform work that enables it: the one pair by name
     * with what to do, or the count of pairs with the first {@link #NAMED_PAIRS} named.
     */
    private static Finding enablersAfterProducts(List<EnablerAfterProduct> pairs) {
        if (pairs.size() == 1) {
            EnablerAfterProduct pair = pairs.get(0);
            return Finding.of(Severity.WARNING, "delay",
                    "CD3 order starts {0} before {1}, which enables it: CD3 ranks each initiative on its own, so keep {1} ahead of {0} when you re-sequence.",
                    Figure.text(pair.product().title()), Figure.text(pair.platform().title()));
        }
        // The pairs of one product together ("Checkout before Vault and Consent"), the first
        // NAMED_PAIRS products named; they come in CD3 order of the products, so a product's pairs are adjacent.
        List<String> named = new ArrayList<>();
        int covered = 0;
        while (covered < pairs.size() && named.size() < NAMED_PAIRS) {
            Initiative product = pairs.get(covered).product();
            List<String> platforms = new ArrayList<>();
            while (covered < pairs.size() && pairs.get(covered).product() == product) {
                platforms.add(pairs.get(covered++).platform().title());
            }
            named.add(product.title() + " before " + Prose.join(platforms));
        }
        int more = pairs.size() - covered;
        // Semicolons between the products: titles hold commas and "and" of their own. The count of the
        // rest is a figure, written like every other count ("24,997 more").
        return Finding.of(Severity.WARNING, "delay",
                "In {0}, CD3 order starts an initiative before platform work that enables it: {1}"
                        + (more > 0 ? "; and {2} more" : "")
                        + ". CD3 ranks each initiative on its own, so keep platform work ahead of what it enables when you re-sequence.",
                Figure.counted(pairs.size(), "case"), Figure.text(String.join("; ", named)), Figure.count(more));
    }

    /**
     * The first quarter, from the breach on, whose load reaches the whole capacity, not just its
     * headroom: how bad the breach gets. Null when that is the breach quarter itself or never, in view.
     */
    private static Quarter fullCapacity(ScaleProjection scale) {
        if (scale.scale().headroom() >= 1) {
            return null;
        }
        for (var point : scale.loads()) {
            if (point.quarter().isAfter(scale.breachQuarter()) && point.load() >= scale.scale().capacity()) {
                return point.quarter();
            }
        }
        return null;
    }

    public List<Finding> okrs() {
        List<Finding> findings = new ArrayList<>();
        ObjectiveGrades grades = ObjectiveGrades.of(portfolio.okrs());
        Severity graded = grades.severity();
        if (grades.all() == 0) {
            findings.add(Finding.of(Severity.INFO, "okrs", "No objectives are set in okrs/: nothing says what the work is for."));
        } else if (grades.all() == 1) {
            findings.add(Finding.of(graded, "okrs", "The one objective is {0}.", Figure.text(grades.onlyGrade())));
        } else if (grades.all() > 1) {
            List<Figure> figures = new ArrayList<>();
            String opening = grades.opening(figures);
            findings.add(Finding.of(graded, "okrs", opening + ".", figures.toArray(Figure[]::new)));
        }
        var alignment = portfolio.alignment();
        UnfundedKeyResults unfunded = UnfundedKeyResults.of(portfolio);
        if (!unfunded.unmet().isEmpty()) {
            int count = unfunded.unmet().size();
            findings.add(Finding.of(Severity.WARNING, "okrs",
                    "{0} not yet met {1} no initiative behind {2}: fund {2} or drop {2}.",
                    Figure.counted(count, "key result"), Figure.text(count == 1 ? "has" : "have"),
                    Figure.text(count == 1 ? "it" : "them")));
        }
        if (!unfunded.met().isEmpty()) {
            int count = unfunded.met().size();
            findings.add(Finding.of(Severity.GOOD, "okrs",
                    "{0} already {1} {2} target with no initiative behind {3}: none is needed unless the target rises.",
                    Figure.counted(count, "key result"), Figure.text(count == 1 ? "meets" : "meet"),
                    Figure.text(count == 1 ? "its" : "their"), Figure.text(count == 1 ? "it" : "them")));
        }
        lateKeyResults().ifPresent(findings::add);
        // Named here, the largest spend first, with the spend at stake: the brief lists them nowhere
        // else, and its recommendation to tie them to key results already says why that matters.
        UnalignedPlatformWork unalignedPlatform = UnalignedPlatformWork.of(portfolio);
        if (!unalignedPlatform.isEmpty()) {
            int count = unalignedPlatform.initiatives().size();
            findings.add(Finding.of(Severity.WARNING, "okrs",
                    "{0} {1} no key result ({2}): {3} of platform cost in today's money with no objective to show for it.",
                    Figure.counted(count, "platform initiative"), Figure.text(count == 1 ? "names" : "name"),
                    Figure.text(Prose.join(unalignedPlatform.titles())), Figure.money(unalignedPlatform.spend())));
        }
        // Without objectives there is no key result to move: "0% … moves a key result" repeats the first finding.
        if (alignment.linkedEffortShare() != null && grades.all() > 0) {
            // SPEC's share weighs each initiative's whole effort, before, inside and after the plan:
            // "of planned effort" would read as the effort in the plan's quarters.
            findings.add(Finding.of(Severity.INFO, "okrs",
                    "{0} of the planned initiatives' effort, counted over their whole build, moves a key result.",
                    Figure.percent(alignment.linkedEffortShare())));
        }
        return findings;
    }

    /** Key results whose work all goes live after the objective is due: the first {@link #NAMED_PAIRS} named. */
    private Optional<Finding> lateKeyResults() {
        List<LateKeyResults.Late> late = late().late();
        if (late.isEmpty()) {
            return Optional.empty();
        }
        if (late.size() == 1) {
            LateKeyResults.Late only = late.get(0);
            // Due before the plan begins, nothing in the plan can land in time: only the quarter can move.
            String advice = dueBeforeThePlan(only)
                    ? ": it was due before the plan begins in {5}, so no work in the plan can land in time; move the objective's quarter."
                    : ": bring that work forward or move the objective's quarter.";
            return Optional.of(Finding.of(Severity.WARNING, "okrs",
                    "{0} ({1}, due {2}) is moved only by work that goes live after it is due, {3} in {4} at the soonest" + advice,
                    Figure.text(only.keyResult().keyResult().title()), Figure.text(only.objective().objective().objective()),
                    Figure.quarter(only.objective().objective().quarter()), Figure.text(only.soonest().title()),
                    Figure.quarter(only.soonest().goLive()), Figure.quarter(plan.start())));
        }
        List<String> named = new ArrayList<>();
        for (LateKeyResults.Late each : late.subList(0, Math.min(NAMED_PAIRS, late.size()))) {
            named.add(each.keyResult().keyResult().title() + " (due " + each.objective().objective().quarter() + "; "
                    + each.soonest().title() + " goes live " + each.soonest().goLive() + ")");
        }
        int more = late.size() - named.size();
        long beforeThePlan = late.stream().filter(this::dueBeforeThePlan).count();
        String advice = beforeThePlan == 0 ? ". Bring that work forward or move the objectives' quarters."
                : beforeThePlan == late.size()
                ? ". They were due before the plan begins in {3}, so no work in the plan can land in time: move the objectives' quarters."
                : ". Bring that work forward or move the objectives' quarters; for those due before the plan begins in {3},"
                        + " only moving the quarter can help.";
        return Optional.of(Finding.of(Severity.WARNING, "okrs",
                "{0} not yet met are moved only by work that goes live after their objective is due, the latest first: {1}"
                        + (more > 0 ? "; and {2} more" : "") + advice,
                Figure.counted(late.size(), "key result"), Figure.text(String.join("; ", named)), Figure.count(more),
                Figure.quarter(plan.start())));
    }

    /** Due before the plan's first quarter: no work in the plan can go live by then. */
    private boolean dueBeforeThePlan(LateKeyResults.Late late) {
        return late.objective().objective().quarter().isBefore(plan.start());
    }

    public List<Finding> signals() {
        List<Finding> findings = new ArrayList<>();
        IndicatorCounts counts = IndicatorCounts.of(portfolio.indicators());
        if (counts.noData()) {
            findings.add(Finding.of(Severity.INFO, "signals",
                    "Platform priority cannot be judged without signals: add a series for each of the five indicators to signals.yaml."));
            return findings;
        }
        List<String> acting = counts.acting();
        String priority = portfolio.platformPriority().yamlName();
        if (acting.isEmpty()) {
            // Medium with none acting means two or more on watch: say so, or "medium" has no reason.
            findings.add(counts.watching() == 0
                    ? Finding.of(Severity.GOOD, "signals", "Platform priority is {0}: no indicator calls for action.",
                            Figure.text(priority))
                    : Finding.of(portfolio.platformPriority() == PlatformPriority.LOW ? Severity.GOOD : Severity.WARNING,
                            "signals", "Platform priority is {0}: no indicator calls for action, and {1} {2} on watch.",
                            Figure.text(priority), Figure.count(counts.watching()),
                            Figure.text(counts.watching() == 1 ? "is" : "are")));
        } else {
            findings.add(Finding.of(acting.size() >= 2 ? Severity.CRITICAL : Severity.WARNING, "signals",
                    "Platform priority is {0}: {1} {2} for action. Platform work that addresses {3} protects revenue the product roadmap depends on.",
                    Figure.text(priority), Figure.text(Prose.join(acting)),
                    Figure.text(counts.actingCall()), Figure.text(counts.actingPronoun())));
        }
        if (counts.withoutData() > 0) {
            findings.add(Finding.of(Severity.INFO, "signals",
                    portfolio.platformPriority() == PlatformPriority.HIGH
                            ? "{0} of the 5 indicators {1} no data in signals.yaml."
                            : "{0} of the 5 indicators {1} no data in signals.yaml: with data the priority could be higher.",
                    Figure.count(counts.withoutData()), Figure.text(counts.withoutData() == 1 ? "has" : "have")));
        }
        return findings;
    }

    public List<Finding> scale() {
        ScaleProjection scale = portfolio.scale();
        List<Finding> findings = new ArrayList<>();
        if (scale == null) {
            return findings;
        }
        GrowthWords growthWords = GrowthWords.of(scale.growth());
        Figure growth = GrowthWords.rate(scale.growth());
        if (scale.breachQuarter() == null) {
            findings.add(Finding.of(Severity.GOOD, "scale",
                    growthWords.lead() + " stays below {1} of capacity for the next 40 quarters.",
                    growth, Figure.percent(scale.scale().headroom())));
            return findings;
        }
        boolean past = BreachBeforeThePlan.of(scale, plan.start());
        Quarter full = fullCapacity(scale);
        findings.add(past
                ? BreachBeforeThePlan.resolve(Finding.of(Severity.CRITICAL, "scale",
                        "System load " + BreachBeforeThePlan.loadSince(scale, 1, 2)
                                + ", before the plan begins, and " + growthWords.verb() + ": add system capacity first.",
                        growth, Figure.percent(scale.scale().headroom()),
                        Figure.quarter(scale.breachQuarter())), scale)
                : Finding.of(Severity.WARNING, "scale",
                        growthWords.lead() + " reaches {1} of capacity in {2}" + (full == null ? "" : ", and 100% in {3}") + ".",
                        growth, Figure.percent(scale.scale().headroom()),
                        Figure.quarter(scale.breachQuarter()), Figure.text(full == null ? "" : full.toString())));
        List<LatestStart> late = scale.latestStarts().stream()
                .filter(start -> start.lateBy() > 0)
                .sorted(Comparator.comparingInt(LatestStart::lateBy).reversed().thenComparing(LatestStart::id))
                .toList();
        if (late.size() <= SAID_ONE_BY_ONE) {
            for (LatestStart start : late) {
                findings.add(lateStart(start, scale));
            }
        } else {
            // One sentence, not one per initiative: the latest starts below give each one again.
            LatestStart worst = late.get(0);
            int addressing = scale.latestStarts().size();
            findings.add(Finding.of(Severity.CRITICAL, "scale",
                    (late.size() == addressing ? "All {1}" : "{0} of the {1}")
                            + " initiatives that address scalability land after the breach, {2} by the most, {3}: the latest starts say when each would have had to start, most late first.",
                    Figure.count(late.size()), Figure.count(addressing), Figure.text(initiative(worst.id()).title()),
                    Figure.quarters(worst.lateBy())));
        }
        if (scale.latestStarts().isEmpty()) {
            findings.add(Finding.of(Severity.CRITICAL, "scale", past
                    ? "No initiative addresses scalability: nothing in the plan raises the limit, so add system capacity."
                    : "No initiative addresses scalability: nothing in the plan lands before the breach."));
        }
        return findings;
    }

    /** A scalability initiative that lands after the breach, in the tense its status allows. */
    private Finding lateStart(LatestStart start, ScaleProjection scale) {
        Initiative initiative = initiative(start.id());
        Figure title = Figure.text(initiative.title());
        if (BreachBeforeThePlan.of(scale, plan.start())) {
            return lateForPastBreach(initiative, start, scale);
        }
        return switch (LateStart.of(initiative, start, plan.start())) {
            case ALREADY_STARTED -> Finding.of(Severity.CRITICAL, "scale",
                    "{0} started in {1}, {2} after its latest start ({3}): it lands after the breach unless it is cut down or system capacity grows first.",
                    title, Figure.quarter(initiative.start()), Figure.quarters(start.lateBy()), Figure.quarter(start.latestStart()));
            case TOO_LATE_TO_START -> Finding.of(Severity.CRITICAL, "scale",
                    "{0} would have had to start by {1}, before the plan begins: even started at once it lands after the breach, so cut it down or add system capacity before {2}.",
                    title, Figure.quarter(start.latestStart()), Figure.quarter(scale.breachQuarter()));
            case CAN_START_SOONER -> Finding.of(Severity.CRITICAL, "scale",
                    "{0} starts {1} too late: start it by {2} to land before the breach.",
                    title, Figure.quarters(start.lateBy()), Figure.quarter(start.latestStart()));
        };
    }

    /**
     * A scalability initiative that lands after a breach before the plan: it cannot start soon
     * enough (its latest start is before the breach, which is before the plan), so only capacity
     * now and a smaller scope help.
     */
    private Finding lateForPastBreach(Initiative initiative, LatestStart start, ScaleProjection scale) {
        Figure title = Figure.text(initiative.title());
        Figure breach = Figure.quarter(scale.breachQuarter());
        if (LateStart.of(initiative, start, plan.start()) == LateStart.ALREADY_STARTED) {
            return Finding.of(Severity.CRITICAL, "scale",
                    "{0} started in {1}, {2} after its latest start ({3}), and lands in {4}, after the breach in {5}: add system capacity now, and cut it down to what can land first.",
                    title, Figure.quarter(initiative.start()), Figure.quarters(start.lateBy()),
                    Figure.quarter(start.latestStart()), Figure.quarter(initiative.goLive()), breach);
        }
        return Finding.of(Severity.CRITICAL, "scale",
                "{0} would have had to start by {1} to land before the breach in {2}: add system capacity now, and cut it down to what can land first.",
                title, Figure.quarter(start.latestStart()), breach);
    }

    public List<Finding> teams() {
        List<Finding> findings = new ArrayList<>();
        List<TeamLoad> overloaded = portfolio.teams().stream().filter(TeamLoad::overloaded)
                .sorted(TeamLoad.MOST_LOADED_FIRST).toList();
        if (portfolio.teams().isEmpty()) {
            return findings;
        }
        // Work no one can do comes before work too many can barely do.
        List<UnstaffedTeam> unstaffed = UnstaffedTeam.of(portfolio);
        for (UnstaffedTeam team : unstaffed.subList(0, Math.min(NAMED, unstaffed.size()))) {
            findings.add(unstaffed(team));
        }
        if (unstaffed.size() > NAMED) {
            findings.add(Finding.of(Severity.CRITICAL, "teams",
                    "… and {0} more {1} no capacity yet {2} planned work; the teams page lists every team.",
                    Figure.count(unstaffed.size() - NAMED),
                    Figure.text(unstaffed.size() - NAMED == 1 ? "team has" : "teams have"),
                    Figure.text(unstaffed.size() - NAMED == 1 ? "owns" : "own")));
        }
        if (overloaded.isEmpty() && unstaffed.isEmpty()) {
            findings.add(Finding.of(Severity.GOOD, "teams", "No team is planned beyond its capacity."));
        }
        if (overloaded.size() == 1) {
            TeamLoad team = overloaded.get(0);
            findings.add(Finding.of(Severity.WARNING, "teams",
                    "{0} peaks at {1} of its capacity: its plan will slip unless work moves or people join.",
                    Figure.text(team.team().name()), Figure.shareOfCapacity(team.peakUtilisation())));
        } else if (!overloaded.isEmpty()) {
            // One sentence, not one per team: the table below gives each team's peak again.
            findings.add(OverloadedTeams.finding(overloaded, portfolio.teams().size(),
                    " Their plans will slip unless work moves or people join."));
        }
        return findings;
    }

    /**
     * The teams' capacity and the plan's ({@code capacity} in strategy.yaml) should measure the same
     * people for the work the teams own: teams that own 90% of the planned effort should have about
     * 90% of the plan's capacity. More than {@link #CAPACITIES_APART} apart, the allocation page
     * (load against the plan's capacity) and the teams page (against the teams') tell different
     * stories: said where the plan's capacity is used, on the allocation page.
     */
    Optional<Finding> capacitiesDisagree() {
        Set<String> teamIds = portfolio.teams().stream().map(team -> team.team().id()).collect(Collectors.toSet());
        double effort = 0;
        double owned = 0;
        for (Initiative initiative : portfolio.strategy().initiatives()) {
            if (!initiative.isDropped()) {
                effort += initiative.effort();
                owned += teamIds.contains(initiative.owner()) ? initiative.effort() : 0;
            }
        }
        double teams = portfolio.teams().stream().mapToDouble(TeamLoad::capacity).sum();
        double planned = plan.capacity();
        // Teams with no people at all are said to have none on the teams page.
        if (owned <= 0 || planned <= 0 || teams <= 0) {
            return Optional.empty();
        }
        double ownedShare = owned / effort;
        double capacityShare = teams / planned;
        if (Math.abs(capacityShare - ownedShare) <= CAPACITIES_APART) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(Severity.WARNING, "capacity",
                "The teams own {0} of the planned effort but have {1} of the plan's capacity between them ({2} against {3} person-months a quarter; capacity in strategy.yaml): the allocation page measures load against the plan's capacity and the teams page against the teams', so the two tell different stories. Make them agree.",
                Figure.percent(ownedShare), Figure.percent(capacityShare), Figure.number(teams), Figure.number(planned)));
    }

    /** A team that owns planned work with no capacity to do it, and the work that will not happen. */
    private static Finding unstaffed(UnstaffedTeam team) {
        return Finding.of(Severity.CRITICAL, "teams",
                "{0} {1} yet owns {2} person-months of planned work ({3}): none of it can be delivered until people join or the work moves to another team.",
                Figure.text(team.team().name()), Figure.text(team.hasNone()), Figure.number(team.plannedWork()),
                Figure.text(Prose.join(team.initiatives())));
    }
}
