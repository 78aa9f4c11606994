package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SkippedLeftoversTest {

    @Test
    void noLeftoversNoLine() {
        assertThat(SkippedLeftovers.line(List.of())).isEmpty();
    }

    @Test
    void oneLeftoverIsNamed() {
        assertThat(SkippedLeftovers.line(List.of("initiatives/x.yaml~"))).contains(
                "Skipped 1 editor or merge leftover (backup, swap and merge files): initiatives/x.yaml~");
    }

    @Test
    void beyondFiveTheRestAreCounted() {
        List<String> many = List.of("a~", "b~", "c~", "d~", "e~", "f~", "g~");
        assertThat(SkippedLeftovers.line(many)).contains(
                "Skipped 7 editor or merge leftovers (backup, swap and merge files): a~, b~, c~, d~, e~ and 2 more");
    }
}
