package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostOfDelaySequencingTest {

    @Test
    void bothOrdersTheirCostsAndTheSaving() {
        // Candidates (proposed/committed only):
        //   a: proposed,  start 2027-Q2, duration 2, CoD 1,000 → cd3 500
        //   b: committed, start 2027-Q1, duration 1, CoD   300 → cd3 300
        //   c: proposed,  start 2027-Q1, duration 3, CoD 1,500 → cd3 500 (ties with a)
        // planOrder (start, id): b, c, a. C = 1, 4, 6 → 300×1 + 1,500×4 + 1,000×6 = 12,300
        // cd3Order (cd3 desc, id): a, c, b. C = 2, 5, 6 → 1,000×2 + 1,500×5 + 300×6 = 11,300
        // saving = 1,000
        var s = strategy(plan("2027-Q1", 8), List.of(
                initiative("a").status(Status.PROPOSED).start("2027-Q2").duration(2).costOfDelay("1k").build(),
                initiative("b").status(Status.COMMITTED).start("2027-Q1").duration(1).costOfDelay("300").build(),
                initiative("c").status(Status.PROPOSED).start("2027-Q1").duration(3).costOfDelay("1.5k").build(),
                initiative("d").status(Status.IN_PROGRESS).costOfDelay("1M").build(),
                initiative("e").status(Status.DROPPED).costOfDelay("1M").build(),
                initiative("f").status(Status.DONE).costOfDelay("1M").build()));
        Sequencing sequencing = CostOfDelaySequencing.analyse(s);
        assertThat(sequencing.planOrder()).containsExactly("b", "c", "a");
        assertThat(sequencing.planDelayCost()).isEqualTo(12300.0);
        assertThat(sequencing.cd3Order()).containsExactly("a", "c", "b");
        assertThat(sequencing.cd3DelayCost()).isEqualTo(11300.0);
        assertThat(sequencing.saving()).isEqualTo(1000.0);
    }

    @Test
    void noCandidatesCostNothing() {
        var s = strategy(plan("2027-Q1", 4), List.of(initiative("d").status(Status.DONE).costOfDelay("1k").build()));
        assertThat(CostOfDelaySequencing.analyse(s)).isEqualTo(new Sequencing(List.of(), 0, List.of(), 0, 0));
    }

    @Test
    void cd3TiesAreDecidedByTheDecimalsWrittenThenById() {
        // b-one: 1,000.01 over 1 quarter → cd3 1,000.01; x-three: 3,000.03 over 3 → cd3 1,000.01 too.
        // As doubles 3000.03 / 3 is 1000.0099999999999, below 1000.01: the tie must still go to the id.
        // Likewise 3.3 / 3 and 1.1 / 1 (1.0999999999999999 against 1.1 as doubles).
        var cents = strategy(plan("2027-Q1", 8), List.of(
                initiative("x-three").status(Status.PROPOSED).duration(3).costOfDelay("$3,000.03").build(),
                initiative("b-one").status(Status.PROPOSED).duration(1).costOfDelay("$1,000.01").build()));
        var tenths = strategy(plan("2027-Q1", 8), List.of(
                initiative("a-three").status(Status.PROPOSED).duration(3).costOfDelay("3.3").build(),
                initiative("b-one").status(Status.PROPOSED).duration(1).costOfDelay("1.1").build()));

        assertThat(CostOfDelaySequencing.analyse(cents).cd3Order()).containsExactly("b-one", "x-three");
        assertThat(CostOfDelaySequencing.analyse(tenths).cd3Order()).containsExactly("a-three", "b-one");
    }
}
