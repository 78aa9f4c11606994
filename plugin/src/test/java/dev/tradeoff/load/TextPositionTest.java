package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where a line ends, as editors count it: \n, \r\n (one end, not two) and a lone \r. */
class TextPositionTest {

    @Test
    void aCarriageReturnEndsALineUnlessALineFeedFollowsIt() {
        assertThat(TextPosition.of("a\r\nb", 3)).isEqualTo(new TextPosition(2, 1));
        assertThat(TextPosition.of("a\rb", 2)).isEqualTo(new TextPosition(2, 1));
        assertThat(TextPosition.of("a\r", 2)).as("a \\r that ends the text").isEqualTo(new TextPosition(2, 1));
        assertThat(TextPosition.of("a\n\r\nb", 4)).isEqualTo(new TextPosition(3, 1));
    }

    @Test
    void theNextLineStartsAfterTheEndOfThisOne() {
        assertThat(TextPosition.nextLineStart("ab\ncd", 0)).isEqualTo(3);
        assertThat(TextPosition.nextLineStart("ab\r\ncd", 0)).isEqualTo(4);
        assertThat(TextPosition.nextLineStart("ab\rcd", 1)).isEqualTo(3);
        assertThat(TextPosition.nextLineStart("ab\r", 0)).isEqualTo(3);
        assertThat(TextPosition.nextLineStart("ab\ncd", 3)).as("the last line").isEqualTo(-1);
    }
}
