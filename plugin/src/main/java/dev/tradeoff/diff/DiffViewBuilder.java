package dev.tradeoff.diff;

import static dev.tradeoff.diff.AllocationChange.isOutside;
import static dev.tradeoff.diff.DiffWording.NO_MONEY;
import static dev.tradeoff.diff.DiffWording.count;
import static dev.tradeoff.diff.DiffWording.largestFirst;
import static dev.tradeoff.diff.DiffWording.ownNpv;
import static dev.tradeoff.diff.DiffWording.shift;
import static dev.tradeoff.diff.DiffWording.shiftAgainstPlan;
import static dev.tradeoff.diff.DiffWording.statusChange;

import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.Totals;
import dev.tradeoff.diff.DiffView.AllocationRow;
import dev.tradeoff.diff.DiffView.BandRow;
import dev.tradeoff.diff.DiffView.ChangedRow;
import dev.tradeoff.diff.DiffView.EntryRow;
import dev.tradeoff.diff.DiffView.FieldRow;
import dev.tradeoff.diff.DiffView.FileRow;
import dev.tradeoff.diff.DiffView.KeyResultRow;
import dev.tradeoff.diff.DiffView.MoveRow;
import dev.tradeoff.diff.DiffView.ShiftRow;
import dev.tradeoff.diff.DiffView.SummaryRow;
import dev.tradeoff.diff.DiffView.UnstartedWorkRow;
import dev.tradeoff.diff.TeamChange.Staffing;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.YamlName;
import dev.tradeoff.view.Change;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NumberFormats;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a {@link DiffResult} into the {@link DiffView} that {@code diff.md} and {@code diff.html}
 * show: the verdict and largest effects ({@link DiffHeadline}), the summary table, and every section
 * formatted, the largest effects first. Money in the head's currency; no locale.
 */
public final class DiffViewBuilder {

    static final String GOOD = "good";
    static final String BAD = "bad";
    static final String NEUTRAL = "neutral";

    /** Fields whose values are money, shown with the currency symbol. */
    private static final Set<String> MONEY_FIELDS = Set.of("oneOffCost", "runCost", "costOfDelay", "costPerPersonMonth");
    /** Plan settings that are shares, shown as percentages: 0.12 as 12%. */
    private static final Set<String> PERCENT_FIELDS = Set.of("discountRate", "focus");
    /** An amount in the flow text of an initiative's benefits ({@link FieldValues}): "amount: 500000". */
    private static final Pattern BENEFIT_AMOUNT = Pattern.compile("amount: (-?[0-9]+(?:\\.[0-9]+)?)");

    private final MoneyFormat money;
    private final DiffHeadline headline;

    public DiffViewBuilder(String currency) {
        this.money = new MoneyFormat(currency);
        this.headline = new DiffHeadline(money);
    }

    public DiffView build(DiffResult diff, List<String> gateFailures) {
        String commit = diff.baseCommit() == null ? null : diff.baseCommit().substring(0, Math.min(7, diff.baseCommit().length()));
        return new DiffView(
                diff.organization(),
                diff.base(),
                commit,
                diff.baseMissing() ? baseNote(diff.base(), commit) : null,
                diff.head(),
                diff.hasEffect(),
                headline.headline(diff),
                diff.hasEffect() ? headline.drivers(diff) : "",
                diff.changesInitiativesPlanOrFigures() && !diff.changesOnlyWording() ? summary(diff) : List.of(),
                gateFailures,
                shifts(diff),
                unstartedWork(diff),
                entries(diff.addedAnew(), +1),
                entries(diff.removedForGood(), -1),
                diff.renamed(),
                changed(diff),
                (int) diff.changed().stream().filter(c -> !c.hasFieldChanges()).count(),
                NumberFormats.percent(diff.bandLow()) + "–" + NumberFormats.percent(diff.bandHigh()),
                bandChanges(diff),
                allocation(diff),
                keyResults(diff),
                moves(diff),
                diff.plan().stream().map(this::field).toList(),
                diff.otherFiles().stream().map(f -> new FileRow(f.path(), String.join("; ", f.changes()))).toList());
    }

    /** Said above the verdict, which reads as a change from nothing. */
    private static String baseNote(String base, String commit) {
        return "The strategy folder did not exist at " + base + (commit == null ? "" : " (commit " + commit + ")")
                + ": everything is new.";
    }

    // ---- The summary table -------------------------------------------------------------------

    private List<SummaryRow> summary(DiffResult diff) {
        List<SummaryRow> rows = new ArrayList<>();
        Totals before = diff.totals().before();
        Totals after = diff.totals().after();
        rows.add(moneyRow("Portfolio NPV", before.npv(), after.npv()));
        rows.add(moneyRow("Platform NPV", before.platformNpv(), after.platformNpv()));
        rows.add(moneyRow("Product NPV", before.productNpv(), after.productNpv()));
        if (diff.totals().enablementBefore() != 0 || diff.totals().enablementAfter() != 0) {
            rows.add(moneyRow("Enablement value of platform work (not in NPV)", diff.totals().enablementBefore(),
                    diff.totals().enablementAfter()));
        }
        List<String> counts = new ArrayList<>();
        List<InitiativeEntry> added = diff.addedAnew();
        List<InitiativeEntry> removed = diff.removedForGood();
        if (!added.isEmpty()) {
            counts.add(NumberFormats.count(added.size()) + " added" + droppedAmong(added));
        }
        if (!removed.isEmpty()) {
            counts.add(NumberFormats.count(removed.size()) + " removed" + droppedAmong(removed));
        }
        if (!diff.renamed().isEmpty()) {
            counts.add(NumberFormats.count(diff.renamed().size()) + " renamed");
        }
        if (!diff.changed().isEmpty()) {
            long dropped = diff.changed().stream().filter(ChangedInitiative::isDroppedByChange).count();
            long revived = diff.changed().stream().filter(ChangedInitiative::isRevivedByChange).count();
            List<String> moves = new ArrayList<>();
            if (dropped > 0) {
                moves.add(NumberFormats.count(dropped) + " dropped");
            }
            if (revived > 0) {
                moves.add(NumberFormats.count(revived) + " revived");
            }
            counts.add(NumberFormats.count(diff.changed().size()) + " changed" + (moves.isEmpty() ? "" : " (" + String.join(", ", moves) + ")"));
        }
        rows.add(new SummaryRow("Planned initiatives", NumberFormats.count(diff.liveBefore()), NumberFormats.count(diff.liveAfter()),
                counts.isEmpty() ? "—" : String.join(", ", counts), NEUTRAL));
        long withinBefore = diff.allocation().stream().filter(q -> q.inBefore() && q.statusBefore() == BandStatus.WITHIN).count();
        long withinAfter = diff.allocation().stream().filter(q -> q.inAfter() && q.statusAfter() == BandStatus.WITHIN).count();
        long quartersBefore = diff.allocation().stream().filter(AllocationChange::inBefore).count();
        long quartersAfter = diff.allocation().stream().filter(AllocationChange::inAfter).count();
        long moved = withinAfter - withinBefore;
        rows.add(new SummaryRow("Quarters within the band (" + NumberFormats.percent(diff.bandLow()) + "–"
                + NumberFormats.percent(diff.bandHigh()) + ")",
                withinBefore + " of " + quartersBefore, withinAfter + " of " + quartersAfter,
                moved == 0 ? "—" : signed(moved), moved < 0 ? BAD : moved > 0 ? GOOD : NEUTRAL));
        // Later and earlier starts apart, as the verdict says them: netted, a slip hides behind a pull-in.
        addDelayRow(rows, diff.shifted().stream().filter(c -> c.startShift() > 0).toList(), "later");
        addDelayRow(rows, diff.shifted().stream().filter(c -> c.startShift() < 0).toList(), "earlier");
        // SPEC's sequencing, as the cost-of-delay page opens with it: the planned order, one after another.
        double orderBefore = diff.totals().sequencingBefore().planDelayCost();
        double orderAfter = diff.totals().sequencingAfter().planDelayCost();
        if (orderBefore != 0 || orderAfter != 0) {
            // Here more is worse: the row's tone is the opposite of an NPV's.
            rows.add(moneyRow("Delay cost of the planned order (not in NPV)", orderBefore, orderAfter, true));
        }
        addUnstartedWorkRow(rows, diff.unstartedWorkBeforePlan());
        long unfunded = diff.unfundedAfter() - diff.unfundedBefore();
        rows.add(new SummaryRow("Key results without an initiative", NumberFormats.count(diff.unfundedBefore()),
                NumberFormats.count(diff.unfundedAfter()), unfunded == 0 ? "—" : signed(unfunded),
                unfunded > 0 ? BAD : unfunded < 0 ? GOOD : NEUTRAL));
        rows.add(new SummaryRow("Platform priority", name(diff.platformPriorityBefore()),
                name(diff.platformPriorityAfter()), diff.platformPriorityChanged() ? "moved" : "—", NEUTRAL));
        if (diff.scale() != null) {
            ScaleChange scale = diff.scale();
            rows.add(new SummaryRow("Scalability breach", breach(scale.scaleBefore(), scale.breachBefore()),
                    breach(scale.scaleAfter(), scale.breachAfter()), breachMove(scale), breachTone(scale)));
        }
        return rows;
    }

    private void addDelayRow(List<SummaryRow> rows, List<ChangedInitiative> moved, String direction) {
        if (moved.isEmpty()) {
            return;
        }
        // As the verdict counts it: the quarters a start moves before the plan's start cost or save no
        // delay. The schedule shifts below keep SPEC.md's whole-shift figure and mark those quarters.
        double cost = moved.stream().mapToDouble(ChangedInitiative::delayWithinPlan).sum();
        boolean partly = moved.stream().anyMatch(c -> c.quartersBeforePlan() > 0);
        // A change, not a state on either side: the count is in the label, and "not in NPV" keeps a
        // reader from adding it to the NPV row above.
        rows.add(new SummaryRow("Delay cost of " + count(moved.size(), direction + " start")
                + (partly ? ", within the plan" : "") + " (not in NPV)", "—", "—",
                signedMoney(cost), cost >= NO_MONEY ? BAD : cost <= -NO_MONEY ? GOOD : NEUTRAL));
    }

    /**
     * Beside an earlier start's saving in delay, what the same move takes out of the figures when the
     * start is now before the plan: the saving is green, this is not.
     */
    private void addUnstartedWorkRow(List<SummaryRow> rows, List<UnstartedWorkBeforePlan> work) {
        if (work.isEmpty()) {
            return;
        }
        double added = work.stream().mapToDouble(UnstartedWorkBeforePlan::sunkCostAdded).sum();
        rows.add(new SummaryRow("Unstarted work counted as spent (undiscounted)", "—", count(work.size(), "initiative"),
                signedMoney(added), added >= NO_MONEY ? BAD : added <= -NO_MONEY ? GOOD : NEUTRAL));
    }

    private SummaryRow moneyRow(String label, double before, double after) {
        return moneyRow(label, before, after, false);
    }

    /** A row of money before and after; {@code moreIsWorse} for a cost, where a rise is bad news. */
    private SummaryRow moneyRow(String label, double before, double after, boolean moreIsWorse) {
        double delta = after - before;
        String[] alike = money.compactAlike(before, after);
        return new SummaryRow(label, alike[0], alike[1],
                Math.abs(delta) < NO_MONEY ? "—" : signedMoney(delta), tone(moreIsWorse ? -delta : delta));
    }

    // ---- Sections ----------------------------------------------------------------------------

    private List<ShiftRow> shifts(DiffResult diff) {
        return diff.shifted().stream()
                .sorted(largestFirst(c -> Math.abs(c.delayCost())))
                .map(c -> new ShiftRow(c.id(), c.title(), c.startBefore().toString(), c.startAfter().toString(),
                        // The delay cost is SPEC.md's, the whole shift; the tone is what the verdict counts.
                        shiftAgainstPlan(c), signedMoney(c.delayCost()), tone(-c.delayWithinPlan())))
                .toList();
    }


    private List<UnstartedWorkRow> unstartedWork(DiffResult diff) {
        return diff.unstartedWorkBeforePlan().stream()
                .sorted(largestFirst(UnstartedWorkBeforePlan::sunkCostAdded))
                .map(w -> new UnstartedWorkRow(w.id(), w.title(), w.status().yamlName(), w.start().toString(),
                        w.planStart().toString(), w.sunkQuartersBefore() + " → " + w.sunkQuartersAfter(),
                        money.compact(w.sunkCostBefore()) + " → " + money.compact(w.sunkCostAfter()),
                        w.grows() ? BAD : GOOD))
                .toList();
    }

    /**
     * Added or removed initiatives with their own NPV and what they do to the portfolio's, the sign
     * and colour of the verdict's "Reporting removed (NPV +$115k)": {@code sign} is +1 for added ones
     * (their NPV joins the total), −1 for removed ones (it leaves it), so removing an initiative worth
     * $70k is −$70k and bad, removing one that loses $115k is +$115k and good.
     */
    private List<EntryRow> entries(List<InitiativeEntry> entries, int sign) {
        return entries.stream()
                .sorted(largestFirst(e -> Math.abs(e.countedNpv())))
                .map(e -> new EntryRow(e.id(), e.title(), name(e.kind()), name(e.status()), e.start().toString(),
                        e.npv() == null ? "— (dropped)" : money.compact(e.npv()),
                        e.npv() == null ? null : signedMoney(sign * e.npv()),
                        tone(sign * e.countedNpv())))
                .toList();
    }

    private List<ChangedRow> changed(DiffResult diff) {
        return diff.changed().stream()
                .sorted(largestFirst(DiffWording::effect))
                .map(this::changed)
                .toList();
    }

    private ChangedRow changed(ChangedInitiative c) {
        String note = statusChange(c);
        // Its NPV change is the portfolio's; beside it, what the initiative itself is worth, so that
        // dropping one that loses money reads as +$347k with a reason and not as its value.
        if (c.isDroppedByChange()) {
            note += ": " + ownNpv(money, c.npvBefore(), true) + ", now counted as 0";
        } else if (c.isRevivedByChange()) {
            note += ": " + ownNpv(money, c.npvAfter(), false) + ", counted as 0 before";
        }
        if (note == null && !c.hasFieldChanges()) {
            note = "comments or formatting only";
        }
        if (note == null && c.npvBefore() != null && c.npvAfter() != null && Math.abs(c.npvDelta()) >= NO_MONEY) {
            note = ownNpvMoved(c.npvBefore(), c.npvAfter());
        }
        if (Math.abs(c.planEffect()) >= NO_MONEY) {
            String plan = (Math.abs(c.ownNpvDelta()) < NO_MONEY ? "all" : signedMoney(c.planEffect()))
                    + " of its NPV change comes from the plan's new settings";
            note = note == null ? plan : note + "; " + plan;
        }
        return new ChangedRow(c.id(), c.title(), name(c.kind()),
                Math.abs(c.npvDelta()) < NO_MONEY ? "unchanged" : signedMoney(c.npvDelta()), tone(c.npvDelta()),
                c.isRescheduled() ? shift(c.startShift()) : null,
                c.delayCost() == null ? null : signedMoney(c.delayCost()),
                note,
                c.fields().stream().map(this::field).toList());
    }

    /**
     * "its own NPV $1.04M → −$57.3k, now a loss": the change alone does not say whether the work
     * still pays for itself, and a reviewer needs to know when it stops.
     */
    private String ownNpvMoved(double before, double after) {
        String moved = "its own NPV " + money.compact(before) + " → " + money.compact(after);
        return before >= 0 && after < 0 ? moved + ", now a loss"
                : before < 0 && after >= 0 ? moved + ", now a gain"
                : moved;
    }

    private FieldRow field(FieldChange change) {
        return new FieldRow(change.field(), value(change.field(), change.before()), value(change.field(), change.after()));
    }

    private String value(String field, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal amount && MONEY_FIELDS.contains(field)) {
            return money.full(amount.doubleValue());
        }
        if (PERCENT_FIELDS.contains(field)) {
            return DiffWording.percent(value);
        }
        if (field.equals("benefits") && value instanceof String benefits) {
            // diff.json keeps the amounts as numbers; a reader compares money.
            return BENEFIT_AMOUNT.matcher(benefits).replaceAll(m -> "amount: "
                    + Matcher.quoteReplacement(money.full(new BigDecimal(m.group(1)).doubleValue())));
        }
        return FieldValues.text(value);
    }

    private List<BandRow> bandChanges(DiffResult diff) {
        return diff.bandChanges().stream()
                .map(q -> new BandRow(q.quarter().toString(),
                        share(q.platformShareBefore(), q.statusBefore(), diff), share(q.platformShareAfter(), q.statusAfter(), diff),
                        q.leavesBand() ? "leaves the band (" + q.statusAfter().yamlName() + ")"
                                : q.entersBand() ? "back within the band"
                                : isOutside(q.statusBefore()) && isOutside(q.statusAfter())
                                        ? "crosses the band (" + q.statusAfter().yamlName() + ")"
                                        : q.statusAfter() == BandStatus.IDLE ? "nothing planned any more"
                                        : "new work, " + q.statusAfter().yamlName() + " the band",
                        isOutside(q.statusAfter()) ? BAD
                                : q.statusAfter() == BandStatus.WITHIN ? GOOD : NEUTRAL))
                .toList();
    }

    private List<AllocationRow> allocation(DiffResult diff) {
        return diff.allocation().stream()
                .map(q -> new AllocationRow(q.quarter().toString(),
                        q.inBefore() ? bandShare(q.platformShareBefore(), diff) : "—",
                        q.inAfter() ? bandShare(q.platformShareAfter(), diff) : "—",
                        q.inBefore() ? q.statusBefore().yamlName() : "—",
                        q.inAfter() ? q.statusAfter().yamlName() : "—",
                        q.changesBandStatus()))
                .toList();
    }

    private List<KeyResultRow> keyResults(DiffResult diff) {
        return diff.keyResults().stream()
                .sorted(Comparator.comparing((KeyResultFunding k) -> !k.lost()).thenComparing(KeyResultFunding::reference))
                .map(k -> k.lost()
                        ? new KeyResultRow(k.reference(), k.title(),
                                "loses its last initiative (was " + String.join(", ", k.before()) + ")", BAD)
                        : new KeyResultRow(k.reference(), k.title(),
                                "gains its first initiative (" + String.join(", ", k.after()) + ")", GOOD))
                .toList();
    }

    private List<MoveRow> moves(DiffResult diff) {
        List<MoveRow> rows = new ArrayList<>();
        ScaleChange scale = diff.scale();
        if (scale != null) {
            if (scale.breachMoved()) {
                rows.add(new MoveRow("Scalability breach", breach(scale.scaleBefore(), scale.breachBefore()),
                        breach(scale.scaleAfter(), scale.breachAfter()), breachMove(scale), breachTone(scale)));
            }
            for (LatenessChange l : scale.lateness()) {
                boolean worse = l.becomesLater();
                rows.add(new MoveRow(l.title() + " against the breach", lateness(l.lateByBefore(), l.latestStartBefore()),
                        lateness(l.lateByAfter(), l.latestStartAfter()),
                        worse ? "starts after its latest start " + l.latestStartAfter()
                                : l.lateByAfter() != null && l.lateByAfter() == 0 ? "on time" : "",
                        worse ? BAD : l.lateByAfter() == null ? NEUTRAL : GOOD));
            }
        }
        for (IndicatorChange i : diff.indicators()) {
            int direction = i.statusAfter().compareTo(i.statusBefore());
            rows.add(new MoveRow(i.indicator().label() + " signal", indicator(i.statusBefore(), i.worseningBefore()),
                    indicator(i.statusAfter(), i.worseningAfter()),
                    direction > 0 ? "calls louder for platform work" : direction < 0 ? "calls less for platform work" : "",
                    direction > 0 ? BAD : direction < 0 ? GOOD : NEUTRAL));
        }
        if (diff.platformPriorityChanged()) {
            rows.add(new MoveRow("Platform priority", name(diff.platformPriorityBefore()),
                    name(diff.platformPriorityAfter()), "", NEUTRAL));
        }
        for (TeamChange t : diff.teams()) {
            rows.add(t.strandsWork() || t.freesStrandedWork() ? workWithoutCapacity(t)
                    : new MoveRow("Team " + t.name() + " at its busiest", peak(t.peakBefore(), t.overloadedBefore()),
                            peak(t.peakAfter(), t.overloadedAfter()), teamMove(t),
                            t.becomesOverloaded() || t.moreOverloaded() ? BAD
                                    : t.endsOverload() || t.lessOverloaded() ? GOOD : NEUTRAL));
        }
        for (ObjectiveChange o : diff.objectives()) {
            double delta = o.scoreAfter() - o.scoreBefore();
            rows.add(new MoveRow("Objective " + o.objective(),
                    DiffWording.score(o.scoreBefore()) + " " + o.gradeBefore().yamlName(),
                    DiffWording.score(o.scoreAfter()) + " " + o.gradeAfter().yamlName(), "",
                    delta > 0 ? GOOD : delta < 0 ? BAD : NEUTRAL));
        }
        return rows;
    }

    // ---- Formatting --------------------------------------------------------------------------

    private String signedMoney(double amount) {
        return DiffWording.signedMoney(money, amount);
    }

    private static String tone(double delta) {
        return delta >= NO_MONEY ? GOOD : delta <= -NO_MONEY ? BAD : NEUTRAL;
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : n < 0 ? "−" + (-n) : "0";
    }

    private static String share(Double share, BandStatus status, DiffResult diff) {
        if (status == null) {
            return "—";
        }
        return status == BandStatus.IDLE ? "idle" : bandShare(share, diff) + " (" + status.yamlName() + ")";
    }

    /** Whole percent, but never "30%" for a share the band's 30% top leaves outside. */
    private static String bandShare(Double share, DiffResult diff) {
        return NumberFormats.percentAgainst(share, diff.bandLow(), diff.bandHigh());
    }

    private static String breach(boolean hasScale, Object quarter) {
        if (!hasScale) {
            return "— (no scale.yaml)";
        }
        return quarter == null ? "none in sight" : quarter.toString();
    }

    private static String breachMove(ScaleChange scale) {
        Integer shift = scale.breachShift();
        if (!scale.breachMoved()) {
            return "—";
        }
        if (scale.fileAddedOrRemoved()) {
            return scale.scaleAfter() ? "scale.yaml added" : "scale.yaml removed";
        }
        if (shift == null) {
            return scale.breachAfter() == null ? "no longer in sight" : "now in sight";
        }
        return NumberFormats.quarters(Math.abs(shift)) + (shift < 0 ? " sooner" : " later");
    }

    private static String breachTone(ScaleChange scale) {
        if (!scale.breachMoved() || scale.fileAddedOrRemoved()) {
            return NEUTRAL;
        }
        Integer shift = scale.breachShift();
        if (shift == null) {
            return scale.breachAfter() == null ? GOOD : BAD;
        }
        return shift < 0 ? BAD : GOOD;
    }

    /**
     * How a team's peak moved and why, from what the change did to it: "further overloaded: people
     * 13 → 10", "becomes overloaded: work 24 → 38 person-months". A peak that moved with neither
     * (another quarter's work moved into its busiest) says only how.
     */
    private static String teamMove(TeamChange t) {
        String move = t.becomesOverloaded() ? "becomes overloaded" : t.endsOverload() ? "no longer overloaded"
                : t.moreOverloaded() ? "further overloaded" : t.lessOverloaded() ? "less overloaded" : "";
        List<String> causes = new ArrayList<>();
        if (t.before() != null && t.after() != null) {
            if (t.before().people() != t.after().people()) {
                causes.add("people " + NumberFormats.number(t.before().people(), 1) + " → "
                        + NumberFormats.number(t.after().people(), 1));
            }
            if (Math.abs(t.before().work() - t.after().work()) >= 0.05) {
                causes.add("work " + NumberFormats.number(t.before().work(), 1) + " → "
                        + NumberFormats.number(t.after().work(), 1) + " person-months");
            }
        }
        String cause = String.join(", ", causes);
        return move.isEmpty() ? cause : cause.isEmpty() ? move : move + ": " + cause;
    }

    private static String peak(Double utilisation, boolean overloaded) {
        return utilisation == null ? "no capacity"
                : NumberFormats.shareOfCapacity(utilisation) + (overloaded ? " (overloaded)" : "");
    }

    /**
     * A team that gains or loses work it has no capacity to deliver: what it has on each side and how
     * much more or less of its work no one can do. Its peak says nothing here (SPEC.md has none
     * without capacity), and a team whose people left is not "no longer overloaded".
     */
    private static MoveRow workWithoutCapacity(TeamChange t) {
        double moved = t.undeliverableAfter() - t.undeliverableBefore();
        String amount = WorkWithoutCapacity.personMonths(Math.abs(moved));
        return new MoveRow("Team " + t.name(), staffing(t.before(), t.peakBefore(), t.overloadedBefore()),
                staffing(t.after(), t.peakAfter(), t.overloadedAfter()),
                moved > 0 ? amount + " more that it cannot deliver" : amount + " fewer that it cannot deliver",
                moved > 0 ? BAD : GOOD);
    }

    /** "no people, 12 person-months of work", its peak when it has capacity, "— (no such team)" when absent. */
    private static String staffing(Staffing side, Double peak, boolean overloaded) {
        if (side == null) {
            return "— (no such team)";
        }
        if (side.capacity() != 0) {
            return peak(peak, overloaded);
        }
        return (side.people() == 0 ? "no people, " : "no capacity, ")
                + (side.work() > TeamChange.PERSON_MONTH_NOISE ? WorkWithoutCapacity.personMonths(side.work()) + " of work" : "no work");
    }

    private static String lateness(Integer lateBy, Object latestStart) {
        if (lateBy == null) {
            return "—";
        }
        return lateBy == 0 ? "on time (latest start " + latestStart + ")" : NumberFormats.quarters(lateBy) + " late";
    }

    private static String indicator(YamlName status, Double worsening) {
        // In words: a signed worsening of −41% reads as worse when it means 41% better.
        return status.yamlName() + (worsening == null ? "" : " (" + Change.worsening(worsening) + ")");
    }

    private static String name(YamlName value) {
        return value == null ? "—" : value.yamlName();
    }

    /**
     * Which of the added or removed initiatives are dropped, so that "1 removed" beside a live count
     * that did not move reads right: " (dropped)", " (2 dropped)" or nothing.
     */
    private static String droppedAmong(List<InitiativeEntry> entries) {
        long dropped = entries.stream().filter(e -> e.status() == Status.DROPPED).count();
        return dropped == 0 ? "" : dropped == entries.size() && dropped == 1 ? " (dropped)" : " (" + NumberFormats.count(dropped) + " dropped)";
    }
}
