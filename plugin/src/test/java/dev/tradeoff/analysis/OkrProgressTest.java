package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OkrProgressTest {

    private static KeyResult kr(String id, double baseline, double target, double current) {
        return new KeyResult(id, "Title " + id, null, baseline, target, current);
    }

    static Objective objective(String id, KeyResult... keyResults) {
        return new Objective(id, "Objective " + id, Quarter.parse("2027-Q4"), null, List.of(keyResults), Map.of(),
                "okrs/" + id + ".yaml");
    }

    @Test
    void progressTowardsALowerTarget() {
        // baseline 30, target 15, current 24: (24 − 30) / (15 − 30) = −6 / −15 = 0.4
        assertThat(OkrProgress.progress(kr("k", 30, 15, 24))).isCloseTo(0.4, within(1e-12));
        // moving the wrong way from a lower target: (33 − 30) / (15 − 30) = −0.2 → clamped to 0
        assertThat(OkrProgress.progress(kr("k", 30, 15, 33))).isZero();
    }

    @Test
    void progressIsClamped() {
        // (12 − 0) / 10 = 1.2 → 1; (−5 − 0) / 10 = −0.5 → 0; (2.5 − 0) / 10 = 0.25
        assertThat(OkrProgress.progress(kr("k", 0, 10, 12))).isEqualTo(1.0);
        assertThat(OkrProgress.progress(kr("k", 0, 10, -5))).isZero();
        assertThat(OkrProgress.progress(kr("k", 0, 10, 2.5))).isEqualTo(0.25);
    }

    @Test
    void targetEqualToBaseline() {
        assertThat(OkrProgress.progress(kr("k", 99.9, 99.9, 99.9))).isEqualTo(1.0);
        assertThat(OkrProgress.progress(kr("k", 99.9, 99.9, 100))).isZero();
        assertThat(OkrProgress.progress(kr("k", 99.9, 99.9, 50))).isZero();
    }

    @Test
    void gradeEdges() {
        assertThat(OkrProgress.grade(0.7)).isEqualTo(Grade.ON_TRACK);
        assertThat(OkrProgress.grade(1.0)).isEqualTo(Grade.ON_TRACK);
        assertThat(OkrProgress.grade(0.699999)).isEqualTo(Grade.AT_RISK);
        // Binary noise is forgiven (a trillionth of the bound), a real shortfall however small is not.
        assertThat(OkrProgress.grade(0.7 - 1e-13)).isEqualTo(Grade.ON_TRACK);
        assertThat(OkrProgress.grade(0.7 - 1e-10)).isEqualTo(Grade.AT_RISK);
        // 0.6 / 1.5 is 0.4 in decimals, 0.39999999999999997 as a double: still at risk.
        assertThat(OkrProgress.grade(0.6 / 1.5)).isEqualTo(Grade.AT_RISK);
        assertThat(OkrProgress.grade(0.4)).isEqualTo(Grade.AT_RISK);
        assertThat(OkrProgress.grade(0.399999)).isEqualTo(Grade.OFF_TRACK);
        assertThat(OkrProgress.grade(0)).isEqualTo(Grade.OFF_TRACK);
    }

    @Test
    void theScoreIsTheMeanCorrectlyRounded() {
        // 7/10 three times: summed as doubles, 2.0999999999999996 / 3 = 0.6999999999999998. The
        // exact mean is 0.7 (the double nearest it), as the grade "on track" beside it says.
        Objective threeSevens = objective("s", kr("a", 0, 10, 7), kr("b", 0, 10, 7), kr("c", 0, 10, 7));
        var score = OkrProgress.score(threeSevens, KeyResultIndex.of(List.of()));
        assertThat(score.score()).isEqualTo(0.7);
        assertThat(score.grade()).isEqualTo(Grade.ON_TRACK);
        // Summed as doubles these give 0.6999999999999998, 0.4000000000000001 and 0.09999999999999999.
        assertThat(OkrProgress.mean(new double[] {0.6, 0.7, 0.8})).isEqualTo(0.7);
        assertThat(OkrProgress.mean(new double[] {0.4, 0.4, 0.4})).isEqualTo(0.4);
        assertThat(OkrProgress.mean(new double[] {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1})).isEqualTo(0.1);
        assertThat(OkrProgress.mean(new double[] {})).isZero();
    }

    @Test
    void scoreIsTheMeanAndKeyResultsListTheNonDroppedInitiativesInIdOrder() {
        // grow: a 0.4, b 1.0, c 0.0 → score 1.4 / 3 = 0.4667 → at risk.
        // zeta: one key result at 0.75 → on track. Objectives come out in id order.
        Objective grow = objective("grow", kr("a", 30, 15, 24), kr("b", 0, 10, 12), kr("c", 5, 5, 4));
        Objective zeta = objective("zeta", kr("only", 0, 4, 3));
        var s = strategy(plan("2027-Q1", 4), List.of(
                        initiative("z").keyResults("grow/a").build(),
                        initiative("m").keyResults("grow/a", "grow/a", "zeta/only").build(),
                        initiative("d").keyResults("grow/b").status(Status.DROPPED).build()),
                List.of(zeta, grow), List.of(), List.of(), null, List.of());
        List<ObjectiveScore> scores = OkrProgress.analyse(s);

        assertThat(scores).extracting(ObjectiveScore::id).containsExactly("grow", "zeta");
        ObjectiveScore g = scores.get(0);
        assertThat(g.score()).isCloseTo(1.4 / 3, within(1e-12));
        assertThat(g.score()).isCloseTo(0.466667, within(1e-6));
        assertThat(g.grade()).isEqualTo(Grade.AT_RISK);
        assertThat(g.keyResults()).extracting(k -> k.keyResult().id()).containsExactly("a", "b", "c");
        assertThat(g.keyResults().get(0).progress()).isCloseTo(0.4, within(1e-12));
        assertThat(g.keyResults().get(1).progress()).isEqualTo(1.0);
        assertThat(g.keyResults().get(2).progress()).isZero();
        assertThat(g.keyResults().get(0).initiatives()).containsExactly("m", "z");
        assertThat(g.keyResults().get(0).reference()).isEqualTo("grow/a");
        // named only by a dropped initiative
        assertThat(g.keyResults().get(1).initiatives()).isEmpty();

        ObjectiveScore z = scores.get(1);
        assertThat(z.score()).isEqualTo(0.75);
        assertThat(z.grade()).isEqualTo(Grade.ON_TRACK);
        assertThat(z.keyResults().get(0).initiatives()).containsExactly("m");
    }
}
