package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules the comparison's records apply, each at its edge: what counts as a change of lateness,
 * load, overload, breach or unstarted work. The records are built by hand, with the values at the
 * edge that no small strategy gives exactly.
 */
class DiffChangeRulesTest {

    private static final Quarter Q1 = Quarter.parse("2027-Q1");

    private static ChangedInitiative changed(Status before, Status after, int startShift) {
        return new ChangedInitiative("x", "X", Kind.PRODUCT, before, after, List.of(), null, null, 0, 0, Q1,
                Q1.plus(startShift), startShift, 10_000, Q1, 2, 2);
    }

    @Test
    void stillDroppedIsDroppedOnBothSides() {
        assertThat(changed(Status.DROPPED, Status.DROPPED, 0).isStillDropped()).isTrue();
        assertThat(changed(Status.DROPPED, Status.PROPOSED, 0).isStillDropped()).isFalse();
        assertThat(changed(Status.PROPOSED, Status.DROPPED, 0).isStillDropped()).isFalse();
        assertThat(changed(Status.PROPOSED, Status.PROPOSED, 0).isStillDropped()).isFalse();
    }

    @Test
    void aQuarterThatStaysOverCapacityButLessSoIsNotLoadedFurther() {
        AllocationChange lighter = new AllocationChange(Q1, true, true, 0.25, 0.25, 1.2, 1.1, BandStatus.WITHIN,
                BandStatus.WITHIN);
        AllocationChange heavier = new AllocationChange(Q1, true, true, 0.25, 0.25, 1.1, 1.2, BandStatus.WITHIN,
                BandStatus.WITHIN);

        assertThat(lighter.goesFurtherOverCapacity()).isFalse();
        assertThat(heavier.goesFurtherOverCapacity()).isTrue();
    }

    @Test
    void latenessThatDoesNotGrowIsNeitherLaterNorOnTime() {
        // Two quarters late on both sides: no later; on time on both sides: not brought back on time.
        assertThat(new LatenessChange("x", "X", Q1, Q1, 2, 2).becomesLater()).isFalse();
        assertThat(new LatenessChange("x", "X", Q1, Q1, 0, 0).becomesOnTime()).isFalse();
        assertThat(new LatenessChange("x", "X", Q1, Q1, 2, 3).becomesLater()).isTrue();
        assertThat(new LatenessChange("x", "X", null, Q1, null, 1).becomesLater()).isTrue();
        assertThat(new LatenessChange("x", "X", Q1, Q1, 1, 0).becomesOnTime()).isTrue();
    }

    @Test
    void aBreachMovesWhenItComesGoesOrShifts() {
        Quarter q = Quarter.parse("2028-Q1");
        assertThat(new ScaleChange(true, true, null, null, List.of()).breachMoved()).isFalse();
        assertThat(new ScaleChange(true, true, null, q, List.of()).breachMoved()).isTrue();
        assertThat(new ScaleChange(true, true, q, null, List.of()).breachMoved()).isTrue();
        assertThat(new ScaleChange(true, true, q, q, List.of()).breachMoved()).isFalse();
        // A lateness that moved under a breach that did not is a change all the same.
        assertThat(new ScaleChange(true, true, q, q, List.of()).isEmpty()).isTrue();
        assertThat(new ScaleChange(true, true, q, q, List.of(new LatenessChange("x", "X", Q1, Q1, 0, 1))).isEmpty())
                .isFalse();
    }

    private static TeamChange team(Double peakBefore, Double peakAfter, TeamChange.Staffing before,
            TeamChange.Staffing after) {
        return new TeamChange("core", "Core", peakBefore, peakAfter, peakBefore != null && peakBefore > 1,
                peakAfter != null && peakAfter > 1, before, after);
    }

    private static final TeamChange.Staffing FIVE = new TeamChange.Staffing(5, 12, 30);

    @Test
    void anOverloadThatStaysAsItWasIsNeitherMoreNorLess() {
        assertThat(team(1.5, 1.5, FIVE, FIVE).moreOverloaded()).isFalse();
        assertThat(team(1.5, 1.5, FIVE, FIVE).lessOverloaded()).isFalse();
        assertThat(team(1.5, 1.2, FIVE, FIVE).lessOverloaded()).isTrue();
        assertThat(team(1.2, 1.5, FIVE, FIVE).lessOverloaded()).isFalse();
        // No longer overloaded is not less overloaded.
        assertThat(team(1.5, 0.9, FIVE, FIVE).lessOverloaded()).isFalse();
        assertThat(team(1.5, 0.9, FIVE, FIVE).endsOverload()).isTrue();
    }

    @Test
    void aTeamLeftWithNoCapacityHasNotEndedItsOverload() {
        // Its peak is gone because its people are: SPEC.md gives no peak without capacity.
        TeamChange.Staffing nobody = new TeamChange.Staffing(0, 0, 30);

        assertThat(team(1.5, null, FIVE, nobody).endsOverload()).isFalse();
        assertThat(team(1.5, null, FIVE, null).endsOverload()).isFalse();
    }

    @Test
    void workWithoutCapacityMovesOnlyBeyondTheSumsNoise() {
        // 1e-9 person-months is what summing a team's load two ways can differ by: no work stranded or freed.
        TeamChange.Staffing noise = new TeamChange.Staffing(0, 0, TeamChange.PERSON_MONTH_NOISE);
        TeamChange.Staffing none = new TeamChange.Staffing(0, 0, 0);

        assertThat(team(null, null, none, noise).strandsWork()).isFalse();
        assertThat(team(null, null, noise, none).freesStrandedWork()).isFalse();
        assertThat(team(null, null, none, new TeamChange.Staffing(0, 0, 1e-6)).strandsWork()).isTrue();
        assertThat(team(null, null, new TeamChange.Staffing(0, 0, 1e-6), none).freesStrandedWork()).isTrue();
    }

    private static UnstartedWorkBeforePlan unstarted(int quartersBefore, int quartersAfter, double costBefore,
            double costAfter) {
        return new UnstartedWorkBeforePlan("x", "X", Status.PROPOSED, Quarter.parse("2026-Q3"), Q1, quartersBefore,
                quartersAfter, costBefore, costAfter);
    }

    @Test
    void unstartedWorkBeforeThePlanDiffersAndGrowsByHalfAUnitOfMoneyOrMore() {
        // The same work before the plan on both sides is no difference, however much it costs.
        assertThat(unstarted(2, 2, 200_000, 200_000).differs()).isFalse();
        assertThat(unstarted(2, 2, 200_000, 200_000).grows()).isFalse();
        // Half a unit of money more is a change; less is rounding.
        assertThat(unstarted(2, 2, 0, DiffWording.NO_MONEY).differs()).isTrue();
        assertThat(unstarted(2, 2, 0, DiffWording.NO_MONEY).grows()).isTrue();
        assertThat(unstarted(2, 2, 0, 0.49).differs()).isFalse();
        // Cheaper work in as many quarters differs and does not grow.
        assertThat(unstarted(2, 2, 200_000, 100_000).differs()).isTrue();
        assertThat(unstarted(2, 2, 200_000, 100_000).grows()).isFalse();
        assertThat(unstarted(1, 2, 100_000, 100_000).grows()).isTrue();
    }

    @Test
    void aScalabilityChangeAloneIsAChangeOfTheFigures() throws Exception {
        // Nothing else moves: a comment in reporting's file.
        DiffResult nothing = Diffs.compare(StrategyFiles.base(),
                StrategyFiles.base().edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 20  # same\n"));
        Quarter breach = Quarter.parse("2028-Q1");

        assertThat(nothing.changesInitiativesPlanOrFigures()).isFalse();
        assertThat(EditedResult.of(nothing, "scale", new ScaleChange(true, true, breach, breach.plus(1), List.of()))
                .changesInitiativesPlanOrFigures()).isTrue();
        assertThat(EditedResult.of(nothing, "scale", new ScaleChange(true, true, breach, breach, List.of()))
                .changesInitiativesPlanOrFigures()).isFalse();
    }
}
