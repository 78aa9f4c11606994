package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Status;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamCapacityTest {

    private static Team team(String id, double people) {
        return new Team(id, "Team " + id, TeamType.STREAM_ALIGNED, people);
    }

    @Test
    void capacityLoadAndPeakPerTeamInTheOrderWritten() {
        // focus 0.8, horizon 3 (2027-Q1..Q3).
        // core: 5 people → 5 × 3 × 0.8 = 12. i1 24/2 = 12 in k1, k2; i2 6 in k2 → load 12, 18, 0;
        //       peak 18 / 12 = 1.5 → overloaded.
        // full: 5 people → 12; i4 12 in k1 → peak 12 / 12 = 1.0: not overloaded (must exceed 1).
        // edge: 0 people → capacity 0; i3 3 in k1 → load 3, 0, 0; peak null, not overloaded.
        // calm: 2 people → 4.8; owns only a dropped initiative → load 0, 0, 0; peak 0.
        var s = strategy(plan("2027-Q1", 3), List.of(
                        initiative("i1").owner("core").duration(2).effort(24).build(),
                        initiative("i2").owner("core").start("2027-Q2").effort(6).build(),
                        initiative("i3").owner("edge").effort(3).build(),
                        initiative("i4").owner("full").effort(12).build(),
                        initiative("i5").owner("calm").effort(100).status(Status.DROPPED).build(),
                        initiative("i6").effort(100).build()),
                List.of(), List.of(team("core", 5), team("full", 5), team("edge", 0), team("calm", 2)),
                List.of(), null, List.of());
        List<TeamLoad> teams = TeamCapacity.analyse(s);

        assertThat(teams).extracting(t -> t.team().id()).containsExactly("core", "full", "edge", "calm");
        TeamLoad core = teams.get(0);
        assertThat(core.capacity()).isCloseTo(12, within(1e-9));
        assertThat(core.load()).containsExactly(12.0, 18.0, 0.0);
        assertThat(core.peakUtilisation()).isCloseTo(1.5, within(1e-9));
        assertThat(core.overloaded()).isTrue();

        TeamLoad full = teams.get(1);
        assertThat(full.peakUtilisation()).isCloseTo(1.0, within(1e-9));
        assertThat(full.overloaded()).isFalse();

        TeamLoad edge = teams.get(2);
        assertThat(edge.capacity()).isZero();
        assertThat(edge.load()).containsExactly(3.0, 0.0, 0.0);
        assertThat(edge.peakUtilisation()).isNull();
        assertThat(edge.overloaded()).isFalse();

        TeamLoad calm = teams.get(3);
        assertThat(calm.capacity()).isCloseTo(4.8, within(1e-9));
        assertThat(calm.load()).containsExactly(0.0, 0.0, 0.0);
        assertThat(calm.peakUtilisation()).isZero();
        assertThat(calm.overloaded()).isFalse();
    }

    @Test
    void loadOnlyCountsPlanQuarters() {
        // Starts 2026-Q4 (k0), duration 3, effort 9 → 3 in k0 (sunk), k1, k2; horizon 1 shows k1 only.
        var s = strategy(plan("2027-Q1", 1), List.of(initiative("i").owner("t").start("2026-Q4").duration(3).effort(9).build()),
                List.of(), List.of(team("t", 1)), List.of(), null, List.of());
        TeamLoad t = TeamCapacity.analyse(s).get(0);
        assertThat(t.load()).containsExactly(3.0);
        // capacity 1 × 3 × 0.8 = 2.4 → 3 / 2.4 = 1.25
        assertThat(t.peakUtilisation()).isCloseTo(1.25, within(1e-9));
        assertThat(t.overloaded()).isTrue();
    }

    @Test
    void withoutTeamsTheListIsEmpty() {
        assertThat(TeamCapacity.analyse(strategy(plan("2027-Q1", 4), List.of(initiative("a").owner("x").build()))))
                .isEmpty();
    }

    @Test
    void peaksTheDecimalsMakeEqualRankAsEqual() {
        // 125% reached through different sums: 3.3 / 2.64 = 1.2499999999999998 as doubles.
        TeamLoad noisy = new TeamLoad(team("a", 1), 2.64, List.of(3.3), 3.3 / 2.64, true);
        TeamLoad exact = new TeamLoad(team("b", 1), 1, List.of(1.25), 1.25, true);

        assertThat(noisy.peakUtilisation()).isNotEqualTo(exact.peakUtilisation());
        assertThat(noisy.rankedPeak()).isEqualTo(exact.rankedPeak()).isEqualTo(1.25);
        assertThat(new TeamLoad(team("c", 0), 0, List.of(1.0), null, false).rankedPeak()).isNull();
    }

    @Test
    void mostLoadedFirstRanksByPeakThenIdWithTeamsWithoutAPeakLast() {
        // b and a tie at 125% (one through rounding noise) and fall to the id; c has no capacity.
        TeamLoad a = new TeamLoad(team("a", 1), 2.64, List.of(3.3), 3.3 / 2.64, true);
        TeamLoad b = new TeamLoad(team("b", 1), 1, List.of(1.25), 1.25, true);
        TeamLoad c = new TeamLoad(team("c", 0), 0, List.of(1.0), null, false);
        TeamLoad d = new TeamLoad(team("d", 1), 1, List.of(1.5), 1.5, true);
        TeamLoad e = new TeamLoad(team("e", 1), 1, List.of(0.5), 0.5, false);

        assertThat(List.of(c, e, b, a, d).stream().sorted(TeamLoad.MOST_LOADED_FIRST))
                .extracting(t -> t.team().id()).containsExactly("d", "a", "b", "e", "c");
    }

    @Test
    void unstaffedFirstPutsTeamsWithWorkAndNoCapacityBeforeAnyOverload() {
        // ghost: no people and 1 pm of work; empty: no people and no work (no peak, not unstaffed).
        TeamLoad ghost = new TeamLoad(team("ghost", 0), 0, List.of(1.0, 0.0), null, false);
        TeamLoad empty = new TeamLoad(team("empty", 0), 0, List.of(0.0, 0.0), null, false);
        TeamLoad busy = new TeamLoad(team("busy", 1), 1, List.of(3.0, 0.0), 3.0, true);

        assertThat(ghost.unstaffed()).isTrue();
        assertThat(empty.unstaffed()).isFalse();
        assertThat(List.of(empty, busy, ghost).stream().sorted(TeamLoad.UNSTAFFED_FIRST))
                .extracting(t -> t.team().id()).containsExactly("ghost", "busy", "empty");
    }
}
