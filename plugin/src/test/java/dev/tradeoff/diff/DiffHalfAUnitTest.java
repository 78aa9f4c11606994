package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.analysis.Totals;
import dev.tradeoff.diff.DiffView.SummaryRow;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Half a unit of money ({@link DiffWording#NO_MONEY}) is the least that counts as a change: below it an
 * amount is rounding noise of the sums, at it the verdict, the largest effects, the tables' signs
 * and colours and the gates all see a change. No small strategy moves a figure by exactly $0.50, so
 * each case takes a real comparison (reporting's effort 20 → 30) and replaces the figure.
 * Amounts under a dollar are shown in cents.
 */
class DiffHalfAUnitTest {

    private static final Quarter Q3 = Quarter.parse("2027-Q3");
    private static final Quarter PLAN = Quarter.parse("2027-Q1");

    private static DiffResult result() throws Exception {
        return Diffs.compare(StrategyFiles.base(),
                StrategyFiles.base().edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n"));
    }

    private static DiffView view(DiffResult result) {
        return new DiffViewBuilder("USD").build(result, List.of());
    }

    private static TotalsChange npv(DiffResult result, double before, double after) {
        TotalsChange real = result.totals();
        return new TotalsChange(new Totals(before, 0, 0, 0, before), new Totals(after, 0, 0, 0, after),
                real.enablementBefore(), real.enablementAfter(), real.sequencingBefore(), real.sequencingAfter());
    }

    private static SummaryRow row(DiffView view, String label) {
        return view.summary().stream().filter(r -> r.label().startsWith(label)).findFirst().orElseThrow();
    }

    @Test
    void anNpvThatMovesByHalfAUnitIsRaisedOrLowered() throws Exception {
        DiffResult real = result();

        DiffView up = view(EditedResult.of(real, "totals", npv(real, 0, 0.5)));
        DiffView down = view(EditedResult.of(real, "totals", npv(real, 0.5, 0)));

        assertThat(up.headline()).isEqualTo("This change raises portfolio NPV by $0.50.");
        assertThat(down.headline()).isEqualTo("This change lowers portfolio NPV by $0.50.");
        assertThat(row(up, "Portfolio NPV")).isEqualTo(new SummaryRow("Portfolio NPV", "$0", "$0.50", "+$0.50", "good"));
        assertThat(row(down, "Portfolio NPV")).isEqualTo(new SummaryRow("Portfolio NPV", "$0.50", "$0", "−$0.50", "bad"));
        // Less is no change: "leaves portfolio NPV and the platform band as they were".
        assertThat(view(EditedResult.of(real, "totals", npv(real, 0, 0.49))).headline())
                .isEqualTo("This change leaves portfolio NPV and the platform band as they were.");
    }

    @Test
    void halfAUnitBesideAKeyResultLeftWithoutAnInitiativeIsStillARise() throws Exception {
        DiffResult real = Diffs.compare(StrategyFiles.base(), StrategyFiles.base()
                .edit("initiatives/legacy-cleanup.yaml", "keyResults: [grow/uptime]\n", "keyResults: [grow/revenue]\n"));

        assertThat(view(EditedResult.of(real, "totals", npv(real, 0, 0.5))).headline())
                .isEqualTo("This change raises portfolio NPV by $0.50 and leaves 1 key result without an initiative.");
    }

    @Test
    void halfAUnitOfEnablementValueIsSaid() throws Exception {
        DiffResult real = result();
        TotalsChange totals = real.totals();
        TotalsChange enabled = new TotalsChange(totals.before(), totals.after(), 0, 0.5, totals.sequencingBefore(),
                totals.sequencingAfter());

        assertThat(view(EditedResult.of(real, "totals", enabled)).headline())
                .contains(" and raises the enablement value of platform work by $0.50 (beside NPV).");
    }

    @Test
    void aCostOfThePlannedOrderThatRisesByHalfAUnitIsBadNews() throws Exception {
        DiffResult real = result();
        TotalsChange totals = real.totals();
        TotalsChange dearer = new TotalsChange(totals.before(), totals.after(), 0, 0,
                new Sequencing(List.of(), 100, List.of(), 100, 0), new Sequencing(List.of(), 100.5, List.of(), 100, 0));

        assertThat(row(view(EditedResult.of(real, "totals", dearer)), "Delay cost of the planned order"))
                .isEqualTo(new SummaryRow("Delay cost of the planned order (not in NPV)", "$100", "$101", "+$0.50", "bad"));
    }

    private static InitiativeEntry tiny(double npv) {
        return new InitiativeEntry("tiny", "Tiny", Kind.PRODUCT, Status.PROPOSED, Q3, 1, npv);
    }

    @Test
    void anEffectOfHalfAUnitIsAmongTheLargest() throws Exception {
        DiffResult real = result();

        assertThat(view(EditedResult.of(real, "changed", List.of(), "added", List.of(tiny(0.5)))).drivers())
                .isEqualTo("Largest effects: Tiny added (portfolio NPV +$0.50).");
        // A loss of half a unit, removed: the portfolio gains it, and it was a loss.
        assertThat(view(EditedResult.of(real, "changed", List.of(), "removed", List.of(tiny(-0.5)))).drivers())
                .isEqualTo("Largest effects: Tiny removed (portfolio NPV +$0.50: it was a loss).");
        assertThat(view(EditedResult.of(real, "changed", List.of(), "planNpvEffect", 0.5)).drivers())
                .isEqualTo("Largest effects: the plan's new settings (NPV +$0.50).");
        assertThat(view(EditedResult.of(real, "changed", List.of(), "planNpvEffect", 0.49)).drivers()).isEmpty();
    }

    /** A product planned on both sides, from 2027-Q3 moved by {@code shift}, its figures as given. */
    private static ChangedInitiative changed(Double npvBefore, Double npvAfter, double planEffect, int shift,
            double costOfDelay) {
        double delta = (npvAfter == null ? 0 : npvAfter) - (npvBefore == null ? 0 : npvBefore);
        return new ChangedInitiative("x", "X", Kind.PRODUCT, Status.PROPOSED, Status.PROPOSED,
                List.of(new FieldChange("effort", 20, 30)), npvBefore, npvAfter, delta, planEffect, Q3, Q3.plus(shift),
                shift, costOfDelay, PLAN, 2, 2);
    }

    private static DiffView withChanged(ChangedInitiative c) throws Exception {
        DiffResult real = result();
        return view(EditedResult.of(real, "changed", List.of(c), "totals", npv(real, 0, 0)));
    }

    @Test
    void halfAUnitOfThePlansEffectIsSetApartFromTheInitiativesOwnChange() throws Exception {
        // NPV +$10,000.50, of which the plan's settings made $0.50: its own changes made $10k.
        DiffView view = withChanged(changed(0.0, 10_000.5, 0.5, 0, 0));

        assertThat(view.drivers()).isEqualTo("Largest effects: X changed its effort (NPV +$10k by its own changes).");
        assertThat(view.changed().get(0).note())
                .isEqualTo("its own NPV $0 → $10k; +$0.50 of its NPV change comes from the plan's new settings");
        // Its own change of exactly half a unit is a change: the plan made only part of the move.
        assertThat(withChanged(changed(0.0, 1.0, 0.5, 0, 0)).changed().get(0).note())
                .isEqualTo("its own NPV $0 → $1; +$0.50 of its NPV change comes from the plan's new settings");
        // No own figure to set beside it: the plan's part alone.
        assertThat(withChanged(changed(100.0, 100.0, 1_000, 0, 0)).changed().get(0).note())
                .isEqualTo("+$1k of its NPV change comes from the plan's new settings");
    }

    @Test
    void anInitiativesNpvThatMovesByHalfAUnitIsAChange() throws Exception {
        DiffView.ChangedRow row = withChanged(changed(100.0, 100.5, 0, 0, 0)).changed().get(0);

        assertThat(row.npvDelta()).isEqualTo("+$0.50");
        assertThat(row.tone()).isEqualTo("good");
        assertThat(row.note()).isEqualTo("its own NPV $100 → $101");
    }

    @Test
    void anOwnNpvOfZeroIsNeitherALossNorAGain() throws Exception {
        assertThat(withChanged(changed(0.0, -100.0, 0, 0, 0)).changed().get(0).note())
                .isEqualTo("its own NPV $0 → −$100, now a loss");
        assertThat(withChanged(changed(-100.0, 0.0, 0, 0, 0)).changed().get(0).note())
                .isEqualTo("its own NPV −$100 → $0, now a gain");
        assertThat(withChanged(changed(100.0, 0.0, 0, 0, 0)).changed().get(0).note()).isEqualTo("its own NPV $100 → $0");
        assertThat(withChanged(changed(0.0, 100.0, 0, 0, 0)).changed().get(0).note()).isEqualTo("its own NPV $0 → $100");
    }

    @Test
    void aDelayOfHalfAUnitIsASlipOrASaving() throws Exception {
        DiffView later = withChanged(changed(100.0, 100.0, 0, 1, 0.5));
        DiffView earlier = withChanged(changed(100.0, 100.0, 0, -1, 0.5));

        assertThat(later.headline()).isEqualTo("This change leaves portfolio NPV unchanged and costs $0.50 in delay by"
                + " starting X 1 quarter later.");
        assertThat(earlier.headline()).isEqualTo("This change leaves portfolio NPV unchanged and saves $0.50 in delay by"
                + " starting X 1 quarter earlier.");
        assertThat(row(later, "Delay cost of 1 later start")).extracting(SummaryRow::change, SummaryRow::tone)
                .containsExactly("+$0.50", "bad");
        assertThat(row(earlier, "Delay cost of 1 earlier start")).extracting(SummaryRow::change, SummaryRow::tone)
                .containsExactly("−$0.50", "good");
        assertThat(later.shifts().get(0).tone()).isEqualTo("bad");
        assertThat(earlier.shifts().get(0).tone()).isEqualTo("good");
    }

    private static UnstartedWorkBeforePlan unstarted(int quartersBefore, int quartersAfter, double costBefore,
            double costAfter) {
        return new UnstartedWorkBeforePlan("x", "X", Status.PROPOSED, Quarter.parse("2026-Q3"), PLAN, quartersBefore,
                quartersAfter, costBefore, costAfter);
    }

    private static DiffView withUnstarted(UnstartedWorkBeforePlan work, double npvDelta) throws Exception {
        DiffResult real = result();
        return view(EditedResult.of(real, "unstartedWorkBeforePlan", List.of(work), "totals", npv(real, 0, npvDelta)));
    }

    @Test
    void unstartedWorkCountedAsSpentByHalfAUnitMoreIsWarnedOf() throws Exception {
        DiffView more = withUnstarted(unstarted(2, 2, 0.5, 1.0), 0.5);
        DiffView fewer = withUnstarted(unstarted(2, 2, 1.0, 0.5), 0);

        assertThat(more.headline()).endsWith(" Warning: X has not started (proposed) but now starts in 2026-Q3, before"
                + " the plan's start in 2027-Q1, so its 2 quarters of work before the plan count as already spent: this"
                + " takes $0.50 more of build and one-off cost (undiscounted) out of the figures, and the NPV gain is not"
                + " real until that work is done.");
        assertThat(row(more, "Unstarted work counted as spent")).extracting(SummaryRow::change, SummaryRow::tone)
                .containsExactly("+$0.50", "bad");
        assertThat(row(fewer, "Unstarted work counted as spent")).extracting(SummaryRow::change, SummaryRow::tone)
                .containsExactly("−$0.50", "good");
        assertThat(fewer.headline()).doesNotContain("Warning");
    }

    @Test
    void moreQuartersBeforeThePlanWithoutMoreCostAreWarnedOfWithoutAnAmount() throws Exception {
        // Work of no cost moved before the plan: its quarters count as spent, no money leaves the figures.
        assertThat(withUnstarted(unstarted(0, 2, 0, 0), 0).headline()).endsWith(" Warning: X has not started (proposed)"
                + " but now starts in 2026-Q3, before the plan's start in 2027-Q1, so its 2 quarters of work before the"
                + " plan count as already spent, although that work is still to be done.");
        assertThat(withUnstarted(unstarted(0, 2, 0, 100_000), 0).headline()).endsWith(" count as already spent: this"
                + " takes $100k of build and one-off cost (undiscounted) out of the figures although that work is still"
                + " to be done.");
    }

    @Test
    void anNpvDropOfExactlyTheAllowanceIsAllowed() throws Exception {
        DiffResult real = result();
        Gate gate = Gate.parse("npv-drop:500k").get(0);

        assertThat(gate.check(EditedResult.of(real, "totals", npv(real, 1_000_000, 500_000)))).isEmpty();
        assertThat(gate.check(EditedResult.of(real, "totals", npv(real, 1_000_000, 499_999.5)))).hasValue(
                "npv-drop:500k: this change lowers portfolio NPV by $500k ($1,000,000 → $500,000), more than the"
                        + " $500k allowed");
    }
}
