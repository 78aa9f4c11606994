package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Code spans and code blocks whose fence is longer than any run of backticks in the text. */
class BackticksTest {

    @Test
    void aCodeSpanIsFencedByOneMoreBacktickThanTheLongestRunInIt() {
        assertThat(Backticks.codeSpan("a")).isEqualTo("`a`");
        assertThat(Backticks.codeSpan("a`b")).isEqualTo("``a`b``");
        assertThat(Backticks.codeSpan("a``b`c")).isEqualTo("```a``b`c```");
    }

    /** CommonMark strips one space each side, so the text reads as written and its backtick cannot join the fence. */
    @Test
    void aCodeSpanWithABacktickAtEitherEndIsPaddedWithSpaces() {
        assertThat(Backticks.codeSpan("`a")).isEqualTo("`` `a ``");
        assertThat(Backticks.codeSpan("a`")).isEqualTo("`` a` ``");
        assertThat(Backticks.codeSpan(" a ")).isEqualTo("` a `");
    }

    @Test
    void aCodeBlockHasAtLeastThreeBackticksAndEndsInALineBreak() {
        assertThat(Backticks.codeBlock("x")).isEqualTo("```\nx\n```\n");
        assertThat(Backticks.codeBlock("x\n")).isEqualTo("```\nx\n```\n");
        assertThat(Backticks.codeBlock("x\r")).isEqualTo("```\nx\r```\n");
        assertThat(Backticks.codeBlock("a``b")).isEqualTo("```\na``b\n```\n");
        assertThat(Backticks.codeBlock("a````b")).isEqualTo("`````\na````b\n`````\n");
    }
}
