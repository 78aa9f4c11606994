package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tradeoff.diff.DiffView.MoveRow;
import dev.tradeoff.diff.DiffView.SummaryRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The view's rows as diff.md and diff.html show them, with their colour ({@code good}, {@code bad},
 * {@code neutral}): good news and bad news read apart, whichever way a figure moves.
 */
class DiffViewBuilderTest {

    private static DiffView view(StrategyFiles base, StrategyFiles head) throws Exception {
        DiffResult result = Diffs.compare(base, head);
        return new DiffViewBuilder(result.currency()).build(result, List.of());
    }

    private static SummaryRow row(DiffView view, String label) {
        return view.summary().stream().filter(r -> r.label().startsWith(label)).findFirst().orElseThrow();
    }

    private static List<String> labels(DiffView view) {
        return view.summary().stream().map(SummaryRow::label).toList();
    }

    private static MoveRow move(DiffView view, String subject) {
        return view.moves().stream().filter(r -> r.subject().equals(subject)).findFirst().orElseThrow();
    }

    @Test
    void theSummaryColoursWhatGetsWorseAndWhatGetsBetter() throws Exception {
        // The main scenario: 2027-Q1 leaves the band (1 of 8 quarters within it, then none), grow/uptime
        // loses legacy-cleanup, core platform starts 3 quarters later (3 × 50k of delay).
        DiffView worse = view(StrategyFiles.base(), StrategyFiles.head());
        DiffView better = view(StrategyFiles.head(), StrategyFiles.base());

        assertThat(worse.summary()).extracting(SummaryRow::label, SummaryRow::before, SummaryRow::after,
                SummaryRow::change, SummaryRow::tone).contains(
                tuple("Planned initiatives", "4", "3", "1 added, 1 removed, 3 changed (1 dropped)", "neutral"),
                tuple("Quarters within the band (20%–30%)", "1 of 8", "0 of 8", "−1", "bad"),
                tuple("Delay cost of 1 later start (not in NPV)", "—", "—", "+$150k", "bad"),
                tuple("Key results without an initiative", "0", "1", "+1", "bad"),
                tuple("Platform priority", "low", "low", "—", "neutral"),
                tuple("Scalability breach", "2028-Q1", "2028-Q1", "—", "neutral"));
        assertThat(better.summary()).extracting(SummaryRow::label, SummaryRow::before, SummaryRow::after,
                SummaryRow::change, SummaryRow::tone).contains(
                tuple("Planned initiatives", "3", "4", "1 added, 1 removed, 3 changed (1 revived)", "neutral"),
                tuple("Quarters within the band (20%–30%)", "0 of 8", "1 of 8", "+1", "good"),
                tuple("Delay cost of 1 earlier start (not in NPV)", "—", "—", "−$150k", "good"),
                tuple("Key results without an initiative", "1", "0", "−1", "good"));
        // Later starts make the planned order's cost of delay rise: bad news, though it is a rise.
        assertThat(row(worse, "Portfolio NPV").tone()).isEqualTo("bad");
        assertThat(row(worse, "Delay cost of the planned order").tone()).isEqualTo("bad");
        assertThat(row(better, "Portfolio NPV").tone()).isEqualTo("good");
        assertThat(row(better, "Delay cost of the planned order").tone()).isEqualTo("good");
        // Changed without any dropped or revived: no "(0 dropped)". What does not move is neither good nor bad.
        DiffView dearer = view(StrategyFiles.base(), StrategyFiles.base()
                .edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n"));
        assertThat(row(dearer, "Planned initiatives").change()).isEqualTo("1 changed");
        assertThat(dearer.summary()).extracting(SummaryRow::label, SummaryRow::change, SummaryRow::tone).contains(
                tuple("Quarters within the band (20%–30%)", "—", "neutral"),
                tuple("Key results without an initiative", "—", "neutral"));
    }

    @Test
    void rowsAboutFiguresNeitherSideHasAreLeftOut() throws Exception {
        // No cost of delay on either side: no planned-order row, and no enablement value either.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "value: 8\n", "costOfDelay: 0\nvalue: 8\n")
                .edit("initiatives/core-platform.yaml", "value: 6\n", "costOfDelay: 0\nvalue: 6\n")
                .edit("initiatives/reporting.yaml", "value: 4\n", "costOfDelay: 0\nvalue: 4\n");
        DiffView view = view(base, base.copy().edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n"));

        assertThat(labels(view)).noneMatch(label -> label.startsWith("Delay cost of the planned order"))
                .noneMatch(label -> label.startsWith("Enablement value"));
        // A cost of delay on one side only is a change: shown.
        assertThat(row(view(base, StrategyFiles.base()), "Delay cost of the planned order").before()).isEqualTo("$0");
        assertThat(row(view(StrategyFiles.base(), base), "Delay cost of the planned order").after()).isEqualTo("$0");
    }

    @Test
    void enablementValueThatAppearsIsShownAsAGain() throws Exception {
        // Core platform speeds checkout up by 25%: 0.25 × (60 × $10k + 2 × $100k) = $200k.
        StrategyFiles head = StrategyFiles.base().edit("initiatives/core-platform.yaml", "value: 6\n",
                "enables:\n  - id: checkout\n    speedup: 0.25\nvalue: 6\n");

        assertThat(row(view(StrategyFiles.base(), head), "Enablement value")).isEqualTo(new SummaryRow(
                "Enablement value of platform work (not in NPV)", "$0", "$200k", "+$200k", "good"));
    }

    private static StrategyFiles capacity(int capacity) {
        return StrategyFiles.base().edit("scale.yaml", "capacity: 1000\n", "capacity: " + capacity + "\n");
    }

    @Test
    void theBreachMovingSoonerIsBadAndLaterOrOutOfSightIsGood() throws Exception {
        // 500 growing 10% a quarter passes 80% of capacity: 700 in 2027-Q2, 1,000 in 2028-Q1,
        // 1,500 in 2029-Q2; 1,000,000 not within the projection.
        assertThat(view(StrategyFiles.base(), capacity(700)).summary()).contains(
                new SummaryRow("Scalability breach", "2028-Q1", "2027-Q2", "3 quarters sooner", "bad"));
        assertThat(view(StrategyFiles.base(), capacity(1500)).summary()).contains(
                new SummaryRow("Scalability breach", "2028-Q1", "2029-Q2", "5 quarters later", "good"));
        DiffView gone = view(StrategyFiles.base(), capacity(1_000_000));
        assertThat(gone.summary()).contains(
                new SummaryRow("Scalability breach", "2028-Q1", "none in sight", "no longer in sight", "good"));
        assertThat(move(gone, "Scalability breach"))
                .isEqualTo(new MoveRow("Scalability breach", "2028-Q1", "none in sight", "no longer in sight", "good"));
        assertThat(view(capacity(1_000_000), StrategyFiles.base()).summary()).contains(
                new SummaryRow("Scalability breach", "none in sight", "2028-Q1", "now in sight", "bad"));
        // A breach that stays is no move.
        assertThat(view(StrategyFiles.base(), StrategyFiles.head()).moves())
                .noneMatch(row -> row.subject().equals("Scalability breach"));
    }

    @Test
    void aScaleFileAddedOrRemovedIsNoBreachComingOrGoing() throws Exception {
        // Without scale.yaml there is no breach to compare: removing the file is not good news, adding
        // it not bad news, as the verdict has it.
        StrategyFiles without = StrategyFiles.base().remove("scale.yaml");

        DiffView removed = view(StrategyFiles.base(), without);
        DiffView added = view(without, StrategyFiles.base());

        assertThat(removed.summary()).contains(
                new SummaryRow("Scalability breach", "2028-Q1", "— (no scale.yaml)", "scale.yaml removed", "neutral"));
        assertThat(move(removed, "Scalability breach")).isEqualTo(
                new MoveRow("Scalability breach", "2028-Q1", "— (no scale.yaml)", "scale.yaml removed", "neutral"));
        assertThat(added.summary()).contains(
                new SummaryRow("Scalability breach", "— (no scale.yaml)", "2028-Q1", "scale.yaml added", "neutral"));
        assertThat(removed.headline()).isEqualTo("This change leaves portfolio NPV and the platform band as they were.");
        // Core platform had a latest start, and has none without the file.
        assertThat(move(removed, "Core platform against the breach"))
                .isEqualTo(new MoveRow("Core platform against the breach", "on time (latest start 2027-Q3)", "—", "", "neutral"));
    }

    @Test
    void latenessThatGrowsIsBadAndLatenessEndedIsGood() throws Exception {
        StrategyFiles late = StrategyFiles.base().edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q4\n");

        assertThat(move(view(StrategyFiles.base(), late), "Core platform against the breach")).isEqualTo(new MoveRow(
                "Core platform against the breach", "on time (latest start 2027-Q3)", "1 quarter late",
                "starts after its latest start 2027-Q3", "bad"));
        assertThat(move(view(late, StrategyFiles.base()), "Core platform against the breach")).isEqualTo(new MoveRow(
                "Core platform against the breach", "1 quarter late", "on time (latest start 2027-Q3)", "on time", "good"));
        // Dropped, it has no latest start: neither on time nor late.
        StrategyFiles dropped = late.copy().edit("initiatives/core-platform.yaml", "status: committed\n", "status: dropped\n");
        assertThat(move(view(late, dropped), "Core platform against the breach"))
                .isEqualTo(new MoveRow("Core platform against the breach", "1 quarter late", "—", "", "neutral"));
    }

    private static StrategyFiles incidents(int last) {
        return StrategyFiles.base().put("signals.yaml", "signals:\n  - indicator: outages\n    metric: incidents\n"
                + "    better: lower\n    values:\n      \"2026-Q3\": 4\n      \"2026-Q4\": " + last + "\n");
    }

    @Test
    void theVerdictNamesASignalAndThePriorityThatMovedNotEverythingAsItWas() throws Exception {
        assertThat(view(incidents(5), incidents(3)).headline()).isEqualTo("This change leaves portfolio NPV unchanged,"
                + " lowers platform priority to low (was medium) and moves the Outages signal to ok (was act).");
        // Worse by more at the same status: nothing in the verdict moved.
        assertThat(view(incidents(5), incidents(6)).headline())
                .isEqualTo("This change leaves portfolio NPV and the platform band as they were.");
    }

    @Test
    void anIndicatorThatCallsLouderForPlatformWorkIsBad() throws Exception {
        // Incidents 4 → 5 is 25% worse (act); 4 → 3, 25% better (ok); 4 → 6, 50% worse (act).
        DiffView calmer = view(incidents(5), incidents(3));

        assertThat(move(calmer, "Outages signal").note()).isEqualTo("calls less for platform work");
        assertThat(move(calmer, "Outages signal").tone()).isEqualTo("good");
        assertThat(move(view(incidents(3), incidents(5)), "Outages signal"))
                .extracting(MoveRow::note, MoveRow::tone).containsExactly("calls louder for platform work", "bad");
        // Worse by more, at the same status: said, neither good nor bad.
        assertThat(move(view(incidents(5), incidents(6)), "Outages signal"))
                .isEqualTo(new MoveRow("Outages signal", "act (25% worse)", "act (50% worse)", "", "neutral"));
        // The outages signal was the platform priority's reason to be medium.
        assertThat(row(calmer, "Platform priority"))
                .isEqualTo(new SummaryRow("Platform priority", "medium", "low", "moved", "neutral"));
        assertThat(move(calmer, "Platform priority")).isEqualTo(new MoveRow("Platform priority", "medium", "low", "", "neutral"));
    }

    private static StrategyFiles coreEffort(int effort) {
        return StrategyFiles.base().withCoreTeamOwningCorePlatform()
                .edit("initiatives/core-platform.yaml", "effort: 20\n", "effort: " + effort + "\n");
    }

    @Test
    void aTeamsPeakIsColouredByItsOverload() throws Exception {
        // Core: 12 person-months a quarter; core platform's effort over 2 quarters: 20 is 83%, 22 92%,
        // 30 125%, 36 150%.
        assertThat(move(view(coreEffort(20), coreEffort(30)), "Team Core at its busiest"))
                .extracting(MoveRow::note, MoveRow::tone).containsExactly("becomes overloaded: work 20 → 30 person-months", "bad");
        assertThat(move(view(coreEffort(30), coreEffort(36)), "Team Core at its busiest"))
                .extracting(MoveRow::note, MoveRow::tone).containsExactly("further overloaded: work 30 → 36 person-months", "bad");
        assertThat(move(view(coreEffort(36), coreEffort(30)), "Team Core at its busiest"))
                .extracting(MoveRow::note, MoveRow::tone).containsExactly("less overloaded: work 36 → 30 person-months", "good");
        assertThat(move(view(coreEffort(30), coreEffort(20)), "Team Core at its busiest"))
                .extracting(MoveRow::note, MoveRow::tone).containsExactly("no longer overloaded: work 30 → 20 person-months", "good");
        assertThat(move(view(coreEffort(20), coreEffort(22)), "Team Core at its busiest"))
                .isEqualTo(new MoveRow("Team Core at its busiest", "83%", "92%", "work 20 → 22 person-months", "neutral"));
    }

    @Test
    void workMovedOntoATeamWithNoPeopleIsBadAndOffItGood() throws Exception {
        String teams = "teams:\n  - id: core\n    name: Core\n    type: platform\n    people: 5\n"
                + "  - id: ghost\n    name: Ghost\n    type: platform\n    people: 0\n";
        StrategyFiles core = StrategyFiles.base().put("teams.yaml", teams)
                .edit("initiatives/core-platform.yaml", "status: committed\n", "owner: core\nstatus: committed\n");
        StrategyFiles ghost = StrategyFiles.base().put("teams.yaml", teams)
                .edit("initiatives/core-platform.yaml", "status: committed\n", "owner: ghost\nstatus: committed\n");

        assertThat(move(view(core, ghost), "Team Ghost").tone()).isEqualTo("bad");
        assertThat(move(view(ghost, core), "Team Ghost").tone()).isEqualTo("good");
    }

    @Test
    void aTeamsWorkIsNamedAsACauseFromATwentiethOfAPersonMonth() throws Exception {
        // 0.05 person-months reads as 0.1: a move the table can show.
        TeamChange.Staffing before = new TeamChange.Staffing(5, 12, 0.05);
        TeamChange.Staffing after = new TeamChange.Staffing(5, 12, 0);
        TeamChange core = new TeamChange("core", "Core", 0.5, 0.4, false, false, before, after);
        DiffResult result = EditedResult.of(Diffs.compare(coreEffort(20), coreEffort(22)), "teams", List.of(core));

        assertThat(move(new DiffViewBuilder("USD").build(result, List.of()), "Team Core at its busiest").note())
                .isEqualTo("work 0.1 → 0 person-months");
    }

    @Test
    void aTeamWithNoPeopleAndWorkWithinTheSumsNoiseHasNoWork() throws Exception {
        TeamChange ghost = new TeamChange("ghost", "Ghost", null, null, false, false,
                new TeamChange.Staffing(0, 0, TeamChange.PERSON_MONTH_NOISE), new TeamChange.Staffing(0, 0, 6));
        DiffResult result = EditedResult.of(Diffs.compare(coreEffort(20), coreEffort(22)), "teams", List.of(ghost));

        assertThat(move(new DiffViewBuilder("USD").build(result, List.of()), "Team Ghost"))
                .isEqualTo(new MoveRow("Team Ghost", "no people, no work", "no people, 6 person-months of work",
                        "6 person-months more that it cannot deliver", "bad"));
    }

    @Test
    void anObjectiveWhoseScoreRisesIsGoodAndFallsBad() throws Exception {
        // grow: revenue (120 − 100) / (200 − 100) = 20%, uptime (99.5 − 99) / (99.9 − 99) = 56%: 38%,
        // off track. With revenue at 180, 80%: (80% + 56%) / 2 = 68%, at risk.
        StrategyFiles higher = StrategyFiles.base().edit("okrs/grow.yaml", "current: 120\n", "current: 180\n");

        assertThat(move(view(StrategyFiles.base(), higher), "Objective Grow revenue reliably"))
                .isEqualTo(new MoveRow("Objective Grow revenue reliably", "38% off-track", "68% at-risk", "", "good"));
        assertThat(move(view(higher, StrategyFiles.base()), "Objective Grow revenue reliably"))
                .isEqualTo(new MoveRow("Objective Grow revenue reliably", "68% at-risk", "38% off-track", "", "bad"));
    }

    @Test
    void bandRowsColourLeavingTheBandAndComingBackAndNotIdleness() throws Exception {
        DiffView worse = view(StrategyFiles.base(), StrategyFiles.head());
        DiffView better = view(StrategyFiles.head(), StrategyFiles.base());
        // Without reporting, 2027-Q3 and Q4 have no work at all.
        DiffView idle = view(StrategyFiles.base(), StrategyFiles.base().remove("initiatives/reporting.yaml"));

        assertThat(worse.bandChanges().get(0)).isEqualTo(new DiffView.BandRow("2027-Q1", "25% (within)", "0% (below)",
                "leaves the band (below)", "bad"));
        assertThat(better.bandChanges().get(0)).isEqualTo(new DiffView.BandRow("2027-Q1", "0% (below)", "25% (within)",
                "back within the band", "good"));
        assertThat(idle.bandChanges()).containsExactly(
                new DiffView.BandRow("2027-Q3", "0% (below)", "idle", "nothing planned any more", "neutral"),
                new DiffView.BandRow("2027-Q4", "0% (below)", "idle", "nothing planned any more", "neutral"));
    }

    @Test
    void aQuarterOutsideOnePlanHasNoShareOnThatSide() throws Exception {
        // The plan starts a quarter later: 2027-Q1 is only the base's, 2029-Q1 only the head's.
        StrategyFiles later = StrategyFiles.base().edit("strategy.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n");

        List<DiffView.AllocationRow> rows = view(StrategyFiles.base(), later).allocation();

        assertThat(rows.get(0)).isEqualTo(new DiffView.AllocationRow("2027-Q1", "25%", "—", "within", "—", false));
        assertThat(rows.get(rows.size() - 1)).isEqualTo(new DiffView.AllocationRow("2029-Q1", "—", "—", "—", "idle", false));
    }

    @Test
    void aFileChangedInCommentsOnlyIsNotedAndCounted() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60  # agreed\n")
                .edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n")
                .edit("initiatives/legacy-cleanup.yaml", "effort: 10\n", "effort: 12\n");

        DiffView view = view(StrategyFiles.base(), head);

        assertThat(view.formattingOnly()).isEqualTo(1);
        assertThat(view.changed()).filteredOn(row -> row.id().equals("checkout")).singleElement()
                .satisfies(row -> {
                    assertThat(row.note()).isEqualTo("comments or formatting only");
                    assertThat(row.npvDelta()).isEqualTo("unchanged");
                });
    }

    @Test
    void aFieldAbsentOnOneSideIsADash() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60\nx-review: done\n");

        assertThat(view(StrategyFiles.base(), head).changed().get(0).fields())
                .containsExactly(new DiffView.FieldRow("x-review", "—", "done"));
    }
}
