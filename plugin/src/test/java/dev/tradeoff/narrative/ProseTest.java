package dev.tradeoff.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Lists in sentences: up to five named, longer ones cut to four and the rest counted. */
class ProseTest {

    @Test
    void fiveItemsAreAllNamed() {
        assertThat(Prose.join(List.of("a", "b", "c", "d", "e"))).isEqualTo("a, b, c, d and e");
    }

    @Test
    void sixItemsNameFourAndCountTheRest() {
        assertThat(Prose.join(List.of("a", "b", "c", "d", "e", "f"))).isEqualTo("a, b, c, d and 2 more");
    }
}
