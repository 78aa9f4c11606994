package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyResultIndexTest {

    @Test
    void theNonDroppedInitiativesNamingAKeyResultInIdOrderOnceEach() {
        // o/k named by z, by m (twice) and by the dropped d: m, z. o/x only by d: not funded.
        KeyResultIndex index = KeyResultIndex.of(List.of(
                initiative("z").keyResults("o/k").build(),
                initiative("m").keyResults("o/k", "o/k").build(),
                initiative("d").keyResults("o/k", "o/x").status(Status.DROPPED).build()));
        assertThat(index.initiatives("o/k")).containsExactly("m", "z");
        assertThat(index.isFunded("o/k")).isTrue();
        assertThat(index.initiatives("o/x")).isEmpty();
        assertThat(index.isFunded("o/x")).isFalse();
        // The lists are the index's own: a reader cannot change them.
        assertThatThrownBy(() -> index.initiatives("o/k").clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
