package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static dev.tradeoff.analysis.OkrProgressTest.objective;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class OkrAlignmentTest {

    private static KeyResult kr(String id) {
        return new KeyResult(id, id, null, 0, 1, 0);
    }

    @Test
    void unfundedUnalignedAndLinkedEffortShare() {
        // Key results: grow/a (named by z and m), grow/b (only by dropped d), alpha/x (by nobody),
        // grow/a-1 (by nobody). Unfunded, by code point: alpha/x, grow/a-1, grow/b.
        // Unaligned (non-dropped, no key results): q, b; sorted b, q.
        // Effort: z 3 + m 1 linked; q 4 + b 0 not; dropped d 100 ignored → (3 + 1) / 8 = 0.5
        var s = strategy(plan("2027-Q1", 4), List.of(
                        initiative("z").effort(3).keyResults("grow/a").build(),
                        initiative("m").effort(1).keyResults("grow/a").build(),
                        initiative("q").effort(4).build(),
                        initiative("b").build(),
                        initiative("d").effort(100).keyResults("grow/b").status(Status.DROPPED).build()),
                List.of(objective("grow", kr("a"), kr("b"), kr("a-1")), objective("alpha", kr("x"))),
                List.of(), List.of(), null, List.of());
        Alignment alignment = OkrAlignment.analyse(s);
        assertThat(alignment.unfundedKeyResults()).containsExactly("alpha/x", "grow/a-1", "grow/b");
        assertThat(alignment.unalignedInitiatives()).containsExactly("b", "q");
        assertThat(alignment.linkedEffortShare()).isEqualTo(0.5);
    }

    @Test
    void linkedEffortShareIsNullWithoutEffort() {
        // All the effort is in a dropped initiative; the live one has none.
        var s = strategy(plan("2027-Q1", 4), List.of(
                initiative("a").effort(0).keyResults("o/k").build(),
                initiative("d").effort(10).status(Status.DROPPED).build()));
        assertThat(OkrAlignment.analyse(s).linkedEffortShare()).isNull();
        assertThat(OkrAlignment.analyse(strategy(plan("2027-Q1", 4), List.of())).linkedEffortShare()).isNull();
    }

    @Test
    void noLinksGiveAShareOfZero() {
        var s = strategy(plan("2027-Q1", 4), List.of(initiative("a").effort(5).build()));
        assertThat(OkrAlignment.analyse(s).linkedEffortShare()).isZero();
    }
}
