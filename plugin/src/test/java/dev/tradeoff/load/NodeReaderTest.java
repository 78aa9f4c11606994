package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NodeReaderTest {

    @Test
    void namesTheAlternativesAsASentenceDoes() {
        assertThat(NodeReader.alternatives(List.of("lower"))).isEqualTo("lower");
        assertThat(NodeReader.alternatives(List.of("lower", "higher"))).isEqualTo("lower or higher");
        assertThat(NodeReader.alternatives(List.of("a", "b", "c"))).isEqualTo("a, b or c");
    }
}
