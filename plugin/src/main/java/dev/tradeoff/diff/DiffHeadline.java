package dev.tradeoff.diff;

import static dev.tradeoff.diff.AllocationChange.isOutside;
import static dev.tradeoff.diff.DiffWording.NO_MONEY;
import static dev.tradeoff.diff.DiffWording.count;
import static dev.tradeoff.diff.DiffWording.effect;
import static dev.tradeoff.diff.DiffWording.largestFirst;
import static dev.tradeoff.diff.DiffWording.ownNpv;
import static dev.tradeoff.diff.DiffWording.shift;
import static dev.tradeoff.diff.DiffWording.shiftAgainstPlan;
import static dev.tradeoff.diff.DiffWording.statusChange;
import static dev.tradeoff.diff.DiffWording.title;

import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.PlatformPriority;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NumberFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The top of the diff, what a reviewer reads when they read nothing else: the verdict in money,
 * band, key-result, scalability, team and delay terms, and the initiatives behind the largest
 * effects. Plain text; {@link DiffMarkdown} and {@code diff.ftlh} escape it.
 */
final class DiffHeadline {

    /** The plan settings SPEC.md section 2 values cash flows with, as strategy.yaml spells them. */
    private static final Set<String> VALUATION_SETTINGS = Set.of("start", "horizon", "discountRate", "costPerPersonMonth");

    /** An initiative's fields that its NPV is computed from (besides its start and duration), as its file spells them. */
    private static final Set<String> VALUED_FIELDS = Set.of("effort", "oneOffCost", "runCost", "benefits");

    private final MoneyFormat money;

    DiffHeadline(MoneyFormat money) {
        this.money = money;
    }

    String headline(DiffResult diff) {
        if (!diff.hasEffect()) {
            return "No effect: " + unchanged(diff);
        }
        if (diff.changesOnlyWording()) {
            return "No figure moves: this change edits the wording of " + reworded(diff) + ".";
        }
        // Another file changed (an objective's wording, say): a change, but not of any figure.
        return diff.changesInitiativesPlanOrFigures()
                ? verdict(diff) + UnstartedWorkWarning.sentence(diff, money) + currencyNote(diff)
                : "No figure moves: " + unchanged(diff);
    }

    /** "Checkout v2 (summary)", "Checkout v2 (title, summary) and Payouts (tags)", or "12 initiatives". */
    private static String reworded(DiffResult diff) {
        List<ChangedInitiative> reworded = diff.changed().stream().filter(ChangedInitiative::hasFieldChanges).toList();
        if (reworded.size() > 3) {
            return count(reworded.size(), "initiative");
        }
        return join(reworded.stream().map(c -> title(c.title()) + " ("
                + String.join(", ", c.fields().stream().map(FieldChange::field).toList()) + ")").toList());
    }

    /**
     * A new currency relabels every amount: "before" is shown in the head's currency, and says so,
     * rather than let $12M read as €12M unremarked.
     */
    private static String currencyNote(DiffResult diff) {
        return diff.plan().stream().filter(change -> change.field().equals("currency")).findFirst()
                .map(change -> " The currency changed from " + change.before() + " to " + change.after()
                        + ": amounts before the change are shown in " + change.after() + " as written, not converted.")
                .orElse("");
    }

    /** "renames Checkout v2 from checkout-v2 to checkout", "renames 3 initiatives", or nothing. */
    private static Optional<String> renames(DiffResult diff) {
        List<RenamedInitiative> renamed = diff.renamed();
        if (renamed.isEmpty()) {
            return Optional.empty();
        }
        RenamedInitiative first = renamed.get(0);
        return Optional.of(renamed.size() == 1
                ? "renames " + title(first.title()) + " from " + first.from() + " to " + first.to()
                : "renames " + count(renamed.size(), "initiative"));
    }

    /** What is the same when no figure moves and no initiative changes beyond comments and formatting. */
    private static String unchanged(DiffResult diff) {
        long initiatives = diff.changed().size();
        long others = diff.otherFilesReformatted();
        if (initiatives == 0 && others == 0) {
            return "this change adds, removes and changes no initiative, and every figure stays as it was.";
        }
        String files = initiatives == 0 ? count(others, "file")
                : others == 0 ? count(initiatives, "initiative file")
                : count(initiatives, "initiative file") + " and " + count(others, "other file");
        return files + " changed only in comments or formatting, and every figure stays as it was.";
    }

    /** "This change lowers portfolio NPV by $1.4M and pushes platform share below the band in 2027-Q2." */
    private String verdict(DiffResult diff) {
        List<String> clauses = new ArrayList<>();
        double delta = diff.totals().npvDelta();
        if (delta <= -NO_MONEY) {
            clauses.add("lowers portfolio NPV by " + money.compact(-delta));
        } else if (delta >= NO_MONEY) {
            clauses.add("raises portfolio NPV by " + money.compact(delta));
        } else {
            clauses.add("leaves portfolio NPV unchanged");
        }
        addPushedOutOfBand(diff, clauses);
        List<String> entering = diff.allocation().stream().filter(AllocationChange::entersBand)
                .map(q -> q.quarter().toString()).toList();
        if (!entering.isEmpty()) {
            clauses.add("brings platform share back within the band in " + quarters(entering));
        }
        addEnablement(diff, clauses);
        addCapacity(diff, clauses);
        addKeyResults(diff, clauses);
        if (diff.scale() != null) {
            addBreach(diff.scale(), clauses);
            List<LatenessChange> later = diff.scale().lateness().stream().filter(LatenessChange::becomesLater).toList();
            long nowLate = later.stream().filter(l -> l.lateByBefore() == null || l.lateByBefore() == 0).count();
            long evenLater = later.size() - nowLate;
            if (nowLate > 0) {
                clauses.add("makes " + count(nowLate, "scalability initiative") + " late for the "
                        + diff.scale().breachAfter() + " breach");
            }
            if (evenLater > 0) {
                clauses.add("makes " + count(evenLater, "late scalability initiative") + " later still for the "
                        + diff.scale().breachAfter() + " breach");
            }
            long onTime = diff.scale().lateness().stream().filter(LatenessChange::becomesOnTime).count();
            if (onTime > 0) {
                clauses.add("puts " + count(onTime, "late scalability initiative") + " back on time"
                        + (diff.scale().breachAfter() == null ? "" : " for the " + diff.scale().breachAfter() + " breach"));
            }
        }
        List<TeamChange> overloaded = diff.teams().stream().filter(TeamChange::becomesOverloaded).toList();
        if (overloaded.size() == 1) {
            clauses.add("overloads " + title(overloaded.get(0).name()));
        } else if (overloaded.size() > 1) {
            clauses.add("overloads " + count(overloaded.size(), "team"));
        }
        // Already over capacity and more so: as much news as a team newly overloaded.
        List<TeamChange> worse = diff.teams().stream().filter(TeamChange::moreOverloaded).toList();
        if (worse.size() == 1) {
            TeamChange team = worse.get(0);
            clauses.add("loads " + title(team.name()) + " further over capacity ("
                    + NumberFormats.shareOfCapacity(team.peakAfter()) + " at its busiest, was "
                    + NumberFormats.shareOfCapacity(team.peakBefore()) + ")");
        } else if (worse.size() > 1) {
            clauses.add("loads " + count(worse.size(), "overloaded team") + " further over capacity");
        }
        List<TeamChange> relieved = diff.teams().stream().filter(TeamChange::endsOverload).toList();
        if (relieved.size() == 1) {
            clauses.add("ends the overload of " + title(relieved.get(0).name()));
        } else if (relieved.size() > 1) {
            clauses.add("ends the overload of " + count(relieved.size(), "team"));
        }
        clauses.addAll(WorkWithoutCapacity.clauses(diff.teams()));
        addDelay(diff, clauses);
        addDurations(diff, clauses);
        addSignalsAndScores(diff, clauses);
        if (clauses.size() == 1 && Math.abs(delta) < NO_MONEY) {
            clauses.set(0, "leaves portfolio NPV and the platform band as they were");
            // "renames Checkout v2 from checkout-v2 to checkout and leaves portfolio NPV … as they were".
            renames(diff).ifPresent(renames -> clauses.add(0, renames));
        } else {
            if (Math.abs(delta) < NO_MONEY && clauses.stream().skip(1).anyMatch(clause -> clause.startsWith("leaves "))) {
                // Not "leaves portfolio NPV unchanged and leaves 1 key result without an initiative".
                clauses.set(0, "keeps portfolio NPV as it was");
            }
            renames(diff).ifPresent(clauses::add);
        }
        return "This change " + join(clauses) + ".";
    }

    /**
     * What moved beside the money and the band, so that a change to signals.yaml or to a key result's
     * progress is not called one that leaves everything as it was: "raises platform priority to high
     * (was medium)", "moves the Outages signal to act (was watch)", "moves the score of Grow revenue
     * to 75% (was 60%)".
     */
    private static void addSignalsAndScores(DiffResult diff, List<String> clauses) {
        PlatformPriority before = diff.platformPriorityBefore();
        PlatformPriority after = diff.platformPriorityAfter();
        if (diff.platformPriorityChanged() && before != null && after != null) {
            // HIGH comes first in the enum: a smaller ordinal is a higher priority.
            clauses.add((after.ordinal() < before.ordinal() ? "raises" : "lowers") + " platform priority to "
                    + after.yamlName() + " (was " + before.yamlName() + ")");
        }
        List<IndicatorChange> moved = diff.indicators().stream()
                .filter(IndicatorChange::statusChanged).toList();
        if (moved.size() == 1) {
            IndicatorChange change = moved.get(0);
            clauses.add("moves the " + change.indicator().label() + " signal to " + change.statusAfter().yamlName()
                    + " (was " + change.statusBefore().yamlName() + ")");
        } else if (moved.size() > 1) {
            clauses.add("moves " + count(moved.size(), "platform signal"));
        }
        if (diff.objectives().size() == 1) {
            ObjectiveChange objective = diff.objectives().get(0);
            clauses.add("moves the score of " + title(objective.objective()) + " to "
                    + DiffWording.score(objective.scoreAfter()) + " (was " + DiffWording.score(objective.scoreBefore()) + ")");
        } else if (diff.objectives().size() > 1) {
            clauses.add("moves the scores of " + count(diff.objectives().size(), "objective"));
        }
    }

    /**
     * The value planned platform work enables in products, which SPEC.md keeps beside the NPV: a
     * platform dropped, or a product it speeds up dropped, takes it away without moving the NPV.
     * "lowers the enablement value of platform work by $852k (beside NPV)".
     */
    private void addEnablement(DiffResult diff, List<String> clauses) {
        double delta = diff.totals().enablementAfter() - diff.totals().enablementBefore();
        if (Math.abs(delta) >= NO_MONEY) {
            clauses.add((delta < 0 ? "lowers" : "raises") + " the enablement value of platform work by "
                    + money.compact(Math.abs(delta)) + " (beside NPV)");
        }
    }

    /**
     * The scalability breach moved, said before what it does to the work that must land by then:
     * "brings the scalability breach 1 quarter sooner (2027-Q2, not 2027-Q3)", "puts the scalability
     * breach off 5 quarters (2028-Q4, not 2027-Q3)", "ends the scalability breach (it was 2027-Q3)",
     * "brings a scalability breach in 2029-Q1". A scale.yaml added or removed says nothing here: the
     * scale page of the other side had no breach to compare.
     */
    private static void addBreach(ScaleChange scale, List<String> clauses) {
        if (!scale.breachMoved() || !scale.scaleBefore() || !scale.scaleAfter()) {
            return;
        }
        Integer shift = scale.breachShift();
        if (shift != null) {
            clauses.add(shift < 0
                    ? "brings the scalability breach " + NumberFormats.quarters(-shift) + " sooner (" + scale.breachAfter()
                            + ", not " + scale.breachBefore() + ")"
                    : "puts the scalability breach off " + NumberFormats.quarters(shift) + " (" + scale.breachAfter()
                            + ", not " + scale.breachBefore() + ")");
        } else if (scale.breachAfter() == null) {
            clauses.add("ends the scalability breach (it was " + scale.breachBefore() + ")");
        } else {
            clauses.add("brings a scalability breach in " + scale.breachAfter());
        }
    }

    /**
     * Quarters whose planned work the change takes over the engineering capacity, with the highest
     * load it gives them, and those it brings back within it: "pushes planned work over capacity in
     * 2027-Q2 and 2027-Q3 (up to 142%)". Over capacity, work slips whatever the plan says.
     */
    private static void addCapacity(DiffResult diff, List<String> clauses) {
        List<AllocationChange> over = new ArrayList<>();
        List<AllocationChange> further = new ArrayList<>();
        List<AllocationChange> within = new ArrayList<>();
        for (AllocationChange q : diff.allocation()) {
            if (q.goesOverCapacity()) {
                over.add(q);
            } else if (q.comesWithinCapacity()) {
                within.add(q);
            } else if (q.goesFurtherOverCapacity()) {
                further.add(q);
            }
        }
        if (!over.isEmpty()) {
            clauses.add("pushes planned work over capacity in " + quarterNames(over) + " (" + utilisation(over) + ")");
        }
        if (!further.isEmpty()) {
            clauses.add("loads planned work further over capacity in " + quarterNames(further) + " (" + utilisation(further) + ")");
        }
        if (!within.isEmpty()) {
            clauses.add("brings planned work back within capacity in " + quarterNames(within) + " (" + utilisation(within) + ")");
        }
    }

    private static String quarterNames(List<AllocationChange> changes) {
        return quarters(changes.stream().map(q -> q.quarter().toString()).toList());
    }

    /**
     * The load the change gives: "142%, was 96%" for one quarter, "up to 142%" for several (the
     * highest after the change), so that "over capacity" is never said without a figure.
     */
    private static String utilisation(List<AllocationChange> changes) {
        if (changes.size() == 1) {
            AllocationChange q = changes.get(0);
            return NumberFormats.shareOfCapacity(q.utilisationAfter()) + ", was " + NumberFormats.shareOfCapacity(q.utilisationBefore());
        }
        double peak = changes.stream().mapToDouble(AllocationChange::utilisationAfter).max().orElse(0);
        return "up to " + NumberFormats.shareOfCapacity(peak);
    }

    /**
     * The quarters a change takes out of the band, whether they were within it or on its other side:
     * one clause, a part for each side in the order its first quarter comes, each side's quarters in
     * date order. "pushes platform share above the band in 2027-Q4 and 2028-Q1 and below it in 2028-Q2".
     * Quarters with no work before are said apart: nothing was pushed there, but the work the change
     * puts into them is off the band all the same. "puts new work below the band in 2028-Q1 and 2028-Q2".
     */
    private static void addPushedOutOfBand(DiffResult diff, List<String> clauses) {
        outOfBandBySide(diff, false).ifPresent(sides -> clauses.add("pushes platform share " + sides));
        outOfBandBySide(diff, true).ifPresent(sides -> clauses.add("puts new work " + sides));
    }

    /** "above the band in 2027-Q4 and below it in 2028-Q2": the quarters the change takes out of the band, idle before or not. */
    private static Optional<String> outOfBandBySide(DiffResult diff, boolean idleBefore) {
        Map<BandStatus, List<String>> quartersBySide = new LinkedHashMap<>();
        for (AllocationChange q : diff.allocation()) {
            if (q.changesBandStatus() && isOutside(q.statusAfter()) && (q.statusBefore() == BandStatus.IDLE) == idleBefore) {
                quartersBySide.computeIfAbsent(q.statusAfter(), side -> new ArrayList<>()).add(q.quarter().toString());
            }
        }
        List<String> sides = new ArrayList<>();
        quartersBySide.forEach((side, quarters) -> sides.add(side.yamlName() + (sides.isEmpty() ? " the band" : " it")
                + " in " + quarters(quarters)));
        return sides.isEmpty() ? Optional.empty() : Optional.of(String.join(" and ", sides));
    }

    /**
     * Key results that lose their last initiative and those that gain their first, both said: the
     * count without one may stay 3 while one loses and another gains, and "leaves 1 key result
     * without an initiative" beside it would read as a count that should have risen.
     */
    private static void addKeyResults(DiffResult diff, List<String> clauses) {
        long lost = diff.keyResults().stream().filter(KeyResultFunding::lost).count();
        long gained = diff.keyResults().stream().filter(KeyResultFunding::gained).count();
        if (lost > 0 && gained > 0) {
            clauses.add("leaves " + count(lost, "key result") + " without an initiative but gives "
                    + NumberFormats.count(gained) + (gained == 1 ? " other its" : " others their") + " first");
        } else if (lost > 0) {
            clauses.add("leaves " + count(lost, "key result") + " without an initiative");
        } else if (gained > 0) {
            clauses.add("gives " + count(gained, "key result") + (gained == 1 ? " its" : " their") + " first initiative");
        }
    }

    /**
     * What moved starts cost and what they save, each said on its own: a slip of $170k beside a
     * pull-in of $180k is not "$10k saved", and a reviewer who reads only the verdict must see the
     * slip. "costs $170k in delay by starting Tracking 2 quarters later and saves $180k by starting
     * Active-active 3 quarters earlier".
     *
     * <p>An earlier start saves delay only in the quarters it moves within the plan: one moved back
     * before the plan's start saves nothing in the quarters before it (work that already began, or a
     * start wrongly dated), so from 2027-Q3 to 2026-Q4 in a plan from 2027-Q1 counts 2 quarters, "by
     * starting Reporting 2 quarters earlier within the plan", and from 2027-Q1 to 2026-Q3 none. The
     * move back is said last instead ({@link #addStartsBeforePlan}). The same holds for a later start:
     * one moved out of the quarters before the plan costs delay only from the plan's start, so a start
     * corrected from 2026-Q4 to a plan's first quarter, 2027-Q1, costs none. Schedule shifts and
     * {@code diff.json} keep SPEC.md's {@code startShift × costOfDelay}, the whole shift.
     */
    private void addDelay(DiffResult diff, List<String> clauses) {
        List<ChangedInitiative> later = moved(diff, 1);
        List<ChangedInitiative> earlier = moved(diff, -1);
        if (!later.isEmpty()) {
            clauses.add("costs " + money.compact(delayCost(later)) + " in delay by starting " + starts(later, "later"));
        }
        if (!earlier.isEmpty()) {
            clauses.add("saves " + money.compact(-delayCost(earlier)) + (later.isEmpty() ? " in delay" : "")
                    + " by starting " + starts(earlier, "earlier"));
        }
        addStartsBeforePlan(diff, clauses);
    }

    /**
     * Starts moved back before the plan's start, wholly or in part, said for what they are, and last
     * (the clause ends in what to check): "moves the start of Reporting back to 2026-Q3, before the
     * plan begins in 2027-Q1: check that the work really started then". Unstarted work that the
     * warning after the verdict names is left to it: it says where that work now starts, and that it
     * has not started.
     */
    private static void addStartsBeforePlan(DiffResult diff, List<String> clauses) {
        Set<String> warned = new HashSet<>();
        UnstartedWorkWarning.warnedOf(diff).forEach(w -> warned.add(w.id()));
        List<ChangedInitiative> backdated = diff.shifted().stream()
                .filter(c -> c.startShift() < 0 && c.quartersBeforePlan() > 0 && !warned.contains(c.id()))
                .sorted(largestFirst(ChangedInitiative::quartersBeforePlan))
                .toList();
        // Moved out of the quarters before the plan and no further than its start: a date put right,
        // which costs no delay and would otherwise go unsaid.
        List<ChangedInitiative> corrected = diff.shifted().stream()
                .filter(c -> c.startShift() > 0 && c.quartersBeforePlan() > 0 && c.shiftWithinPlan() == 0)
                .toList();
        if (corrected.size() == 1) {
            ChangedInitiative c = corrected.get(0);
            clauses.add("moves the start of " + title(c.title()) + " from " + c.startBefore() + ", before the plan, to "
                    + c.startAfter());
        } else if (corrected.size() > 1) {
            clauses.add("moves the starts of " + count(corrected.size(), "initiative") + " from before the plan to its start");
        }
        if (backdated.isEmpty()) {
            return;
        }
        ChangedInitiative furthest = backdated.get(0);
        String moved = backdated.size() == 1
                ? "moves the start of " + title(furthest.title()) + " back to " + furthest.startAfter()
                        + ", before the plan begins in " + furthest.planStart()
                : "moves the starts of " + count(backdated.size(), "initiative") + " back before the plan begins in "
                        + furthest.planStart() + ", " + title(furthest.title()) + " the furthest (to "
                        + furthest.startAfter() + ")";
        clauses.add(moved + ": check that the work really started then");
    }

    /**
     * The rescheduled initiatives whose delay cost has the sign of {@code direction} (1 for later
     * starts, −1 for earlier ones), the largest first.
     */
    private static List<ChangedInitiative> moved(DiffResult diff, int direction) {
        return diff.shifted().stream()
                .filter(c -> direction * c.delayWithinPlan() >= NO_MONEY)
                .sorted(largestFirst(c -> Math.abs(c.delayWithinPlan())))
                .toList();
    }

    private static double delayCost(List<ChangedInitiative> moved) {
        return moved.stream().mapToDouble(ChangedInitiative::delayWithinPlan).sum();
    }

    /**
     * "Tracking 2 quarters later", or with others beside it the largest, its delay cost and how many
     * more: "Tracking 2 quarters later ($170k) and 2 other initiatives later".
     */
    private String starts(List<ChangedInitiative> moved, String direction) {
        ChangedInitiative largest = moved.get(0);
        return starts(moved, direction, title(largest.title()) + " " + shift(largest.shiftWithinPlan())
                + (largest.quartersBeforePlan() > 0 ? " within the plan" : ""), Math.abs(largest.delayWithinPlan()));
    }

    private String starts(List<ChangedInitiative> moved, String direction, String named, double largest) {
        if (moved.size() == 1) {
            return named;
        }
        return named + " (" + money.compact(largest) + ") and " + count(moved.size() - 1, "other initiative") + " "
                + direction;
    }

    /**
     * One effect: how large, which changed initiative is behind it (null for others), and its words,
     * put together only for the three largest and the largest slip (a diff can have 10,000 effects).
     */
    private record Driver(double size, ChangedInitiative changed, Supplier<String> text) {

        Driver(double size, Supplier<String> text) {
            this(size, null, text);
        }
    }

    /** A changed initiative as a driver. */
    private Driver driver(ChangedInitiative c) {
        return new Driver(effect(c.ownNpvDelta(), c), c, () -> changeDriver(c));
    }

    /**
     * "Largest effects: PCI vault dropped (portfolio NPV −$1.2M); Reporting removed (portfolio NPV
     * +$115k: it was a loss); Event backbone starts 2 quarters later (NPV −$87.8k, delay cost +$800k)."
     */
    String drivers(DiffResult diff) {
        List<Driver> drivers = new ArrayList<>();
        for (InitiativeEntry e : diff.addedAnew()) {
            drivers.add(new Driver(Math.abs(e.countedNpv()), () -> title(e.title()) + " added (portfolio NPV "
                    + signedMoney(e.countedNpv()) + ownNpvAside(e.countedNpv(), e.countedNpv(), false) + ")"));
        }
        for (InitiativeEntry e : diff.removedForGood()) {
            drivers.add(new Driver(Math.abs(e.countedNpv()), () -> title(e.title()) + " removed (portfolio NPV "
                    + signedMoney(-e.countedNpv()) + ownNpvAside(-e.countedNpv(), e.countedNpv(), true) + ")"));
        }
        for (ChangedInitiative c : diff.changed()) {
            drivers.add(driver(c));
        }
        if (Math.abs(diff.planNpvEffect()) >= NO_MONEY) {
            drivers.add(new Driver(Math.abs(diff.planNpvEffect()),
                    () -> "the plan's " + joinSettings(valuationSettings(diff)) + " (NPV " + signedMoney(diff.planNpvEffect()) + ")"));
        }
        List<Driver> ranked = drivers.stream()
                .filter(d -> d.size() >= NO_MONEY)
                .sorted(largestFirst(Driver::size))
                .toList();
        List<Driver> largest = new ArrayList<>(ranked.subList(0, Math.min(3, ranked.size())));
        // The slip the verdict names is listed too, after three larger effects if it must be: a
        // delay is easily outweighed by gains elsewhere, and is what a reviewer must not miss.
        List<ChangedInitiative> later = moved(diff, 1);
        if (!later.isEmpty() && largest.stream().noneMatch(d -> d.changed() == later.get(0))) {
            largest.add(driver(later.get(0)));
        }
        return largest.isEmpty() ? "" : "Largest effects: "
                + String.join("; ", largest.stream().map(d -> d.text().get()).toList()) + ".";
    }

    /**
     * "Route optimizer changed (NPV −$223k)", "Backbone starts 2 quarters later (NPV −$87.8k, delay
     * cost +$800k)"; a dropped or revived one names the portfolio's change, and its own NPV where that
     * differs: "Checkout dropped (portfolio NPV −$779k)", "Legacy cleanup dropped (portfolio NPV
     * +$95.3k: it was a loss)".
     */
    private String changeDriver(ChangedInitiative c) {
        String status = statusChange(c);
        String what = status != null ? status
                : c.isRescheduled() && c.durationChange() != 0 ? "starts " + shiftAgainstPlan(c) + " and "
                        + longerOrShorter(c)
                : c.isRescheduled() ? "starts " + shiftAgainstPlan(c)
                : c.durationChange() != 0 ? longerOrShorter(c)
                : "changed" + changedFields(c);
        boolean planMoved = Math.abs(c.planEffect()) >= NO_MONEY;
        double change = planMoved ? c.ownNpvDelta() : c.npvDelta();
        String npv = signedMoney(change) + (planMoved ? " by its own changes" : "");
        boolean statusMoved = c.isDroppedByChange() || c.isRevivedByChange();
        String own = c.isDroppedByChange() ? ownNpvAside(change, c.npvBefore(), true)
                : c.isRevivedByChange() ? ownNpvAside(change, c.npvAfter(), false)
                : "";
        return title(c.title()) + " " + what + " (" + (statusMoved ? "portfolio NPV " : "NPV ") + npv + own
                + (c.delayCost() == null ? "" : ", delay cost " + signedMoney(c.delayCost())) + ")";
    }

    /**
     * What an initiative added, removed, dropped or revived was worth, beside the portfolio's change
     * it makes: said apart ("; its own NPV $130k") only where the two read differently, as when the
     * plan's new discount rate values a revived one otherwise than its own change (valued at the
     * base's); otherwise the change says it, and a loss is named, since removing one raises the
     * portfolio NPV ("portfolio NPV +$115k: it was a loss").
     */
    private String ownNpvAside(double portfolioChange, double ownNpv, boolean before) {
        if (!money.compact(Math.abs(portfolioChange)).equals(money.compact(Math.abs(ownNpv)))) {
            return "; " + ownNpv(money, ownNpv, before);
        }
        if (ownNpv <= -NO_MONEY) {
            return before ? ": it was a loss" : ": a loss";
        }
        return "";
    }

    /** The fields that can move its NPV, up to two: " its effort", " its benefits and oneOffCost"; "" for none. */
    private static String changedFields(ChangedInitiative c) {
        List<String> fields = c.fields().stream().map(FieldChange::field).filter(VALUED_FIELDS::contains).toList();
        if (fields.isEmpty()) {
            return "";
        }
        return " its " + (fields.size() <= 2 ? join(fields) : fields.get(0) + ", " + fields.get(1) + " and more");
    }

    /**
     * "takes 2 quarters longer, to go live in 2028-Q3 instead of 2028-Q1", "takes 1 quarter less, to go
     * live in 2027-Q4 instead of 2028-Q1"; "takes 1 quarter less, still going live in 2028-Q1" beside a
     * start as much later.
     */
    private static String longerOrShorter(ChangedInitiative c) {
        return longerOrShorter(c, "takes");
    }

    /** {@link #longerOrShorter(ChangedInitiative)} with its verb as the sentence needs it ("take" after "makes X"). */
    private static String longerOrShorter(ChangedInitiative c, String verb) {
        int change = c.durationChange();
        return verb + " " + NumberFormats.quarters(Math.abs(change)) + (change > 0 ? " longer" : " less")
                + (c.goLiveAfter().equals(c.goLiveBefore()) ? ", still going live in " + c.goLiveAfter()
                        : ", to go live in " + c.goLiveAfter() + " instead of " + c.goLiveBefore());
    }

    /**
     * Builds made longer or shorter, said apart from moved starts: a longer build puts off the
     * benefits as a later start does, and the NPV alone does not tell the reviewer why. "makes
     * Checkout v2 take 2 quarters longer, to go live in 2028-Q3 instead of 2028-Q1", "makes 3
     * initiatives take longer, Checkout v2 the most (2 quarters)".
     */
    private static void addDurations(DiffResult diff, List<String> clauses) {
        addDurations(diff.changed().stream().filter(c -> c.durationChange() > 0)
                .sorted(largestFirst(ChangedInitiative::durationChange)).toList(), "longer", clauses);
        addDurations(diff.changed().stream().filter(c -> c.durationChange() < 0)
                .sorted(largestFirst(c -> -c.durationChange())).toList(), "less", clauses);
    }

    private static void addDurations(List<ChangedInitiative> changed, String direction, List<String> clauses) {
        if (changed.size() == 1) {
            clauses.add("makes " + title(changed.get(0).title()) + " " + longerOrShorter(changed.get(0), "take"));
        } else if (changed.size() > 1) {
            ChangedInitiative most = changed.get(0);
            clauses.add("makes " + count(changed.size(), "initiative") + " take " + direction + ", "
                    + title(most.title()) + " the most (" + NumberFormats.quarters(Math.abs(most.durationChange())) + ")");
        }
    }

    /**
     * The changed plan settings that value money, in words and with their values, in the order of
     * strategy.yaml: "discount rate of 12%, up from 10%", "horizon of 16 quarters, up from 12".
     */
    private List<String> valuationSettings(DiffResult diff) {
        List<String> settings = diff.plan().stream()
                .filter(change -> VALUATION_SETTINGS.contains(change.field()))
                .map(this::valuationSetting)
                .toList();
        return settings.isEmpty() ? List.of("new settings") : settings;
    }

    private String valuationSetting(FieldChange change) {
        if (change.field().equals("start")) {
            return "start in " + change.after() + ", moved from " + change.before();
        }
        // The horizon is an Integer, the rates and amounts BigDecimals: a lowered horizon is "down" too.
        String direction = change.before() instanceof Number before && change.after() instanceof Number after
                && decimal(after).compareTo(decimal(before)) < 0 ? ", down from " : ", up from ";
        return switch (change.field()) {
            case "horizon" -> "horizon of " + change.after() + " quarters" + direction + change.before();
            case "discountRate" -> "discount rate of " + DiffWording.percent(change.after()) + direction
                    + DiffWording.percent(change.before());
            default -> "cost per person-month of " + money.compact(((BigDecimal) change.after()).doubleValue())
                    + direction + money.compact(((BigDecimal) change.before()).doubleValue());
        };
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal decimal ? decimal : new BigDecimal(number.toString());
    }

    /** Settings that carry their own commas ("discount rate of 12%, up from 10%") are joined with "; and". */
    private static String joinSettings(List<String> settings) {
        return settings.size() == 1 ? settings.get(0)
                : String.join("; ", settings.subList(0, settings.size() - 1)) + "; and " + settings.get(settings.size() - 1);
    }

    private static String join(List<String> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }

    /** Up to three quarters by name, else the first and how many more. */
    private static String quarters(List<String> quarters) {
        if (quarters.size() <= 3) {
            return join(quarters);
        }
        return quarters.get(0) + " and " + (quarters.size() - 1) + " more quarters";
    }

    private String signedMoney(double amount) {
        return DiffWording.signedMoney(money, amount);
    }
}
