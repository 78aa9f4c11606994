package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The private-use characters that stand in for U+2028 and U+2029 while the parser reads a file: the
 * first ones the file neither holds nor writes as an escape.
 */
class LineSeparatorsTest {

    private static final String LINE = "\u2028";
    private static final String PARAGRAPH = "\u2029";

    @Test
    void theFirstSeparatorMayStartTheText() {
        assertThat(LineSeparators.firstIn(LINE + "a" + PARAGRAPH)).isZero();
        assertThat(LineSeparators.firstIn(PARAGRAPH + "a" + LINE)).isZero();
        assertThat(LineSeparators.firstIn("a" + PARAGRAPH)).isEqualTo(1);
        assertThat(LineSeparators.firstIn("a")).isEqualTo(-1);
        assertThat(LineSeparators.of(LINE + "a" + PARAGRAPH).hide(LINE + "a" + PARAGRAPH)).isEqualTo("\uE000a\uE001");
    }

    @Test
    void privateUseCharactersTheTextHoldsOrWritesAsEscapesAreTaken() {
        assertThat(LineSeparators.of("\uE000" + LINE).hide("\uE000" + LINE)).isEqualTo("\uE000\uE001");
        // The second escape ends the text: all eight of its digits are there.
        assertThat(LineSeparators.of(LINE + " \"\\uE000\\U0000E001").hide(LINE)).isEqualTo("\uE002");
    }

    @Test
    void aBackslashOrEscapeCutShortByTheEndOfTheTextTakesNothing() {
        assertThat(LineSeparators.of(LINE + "\\").hide(LINE)).isEqualTo("\uE000");
        assertThat(LineSeparators.of(LINE + "\\uE00").hide(LINE)).isEqualTo("\uE000");
        assertThat(LineSeparators.of(LINE + "\\U0000E00").hide(LINE)).isEqualTo("\uE000");
    }

    @Test
    void theLastPrivateUseCharacterStandsInWhenItIsTheOnlyOneLeftAfterTheFirst() {
        StringBuilder text = new StringBuilder(LINE + PARAGRAPH);
        for (char c = '\uE001'; c < '\uF8FF'; c++) {
            text.append(c);
        }

        assertThat(LineSeparators.of(text.toString()).hide(LINE + PARAGRAPH)).isEqualTo("\uE000\uF8FF");
        // Held, or written as an escape, it is taken too, and the second separator has none.
        assertThat(LineSeparators.of(text + "\uF8FF")).isNull();
        assertThat(LineSeparators.of(text + "\\uF8FF")).isNull();
    }

    @Test
    void restoresEachSeparatorWhereverItsStandInIs() {
        LineSeparators separators = LineSeparators.of(LINE + PARAGRAPH);

        assertThat(separators.restore("\uE000x")).isEqualTo(LINE + "x");
        assertThat(separators.restore("x\uE001")).isEqualTo("x" + PARAGRAPH);
        assertThat(separators.restore("\uE001x")).isEqualTo(PARAGRAPH + "x");
        assertThat(separators.restore("\uE001\uE000")).isEqualTo(PARAGRAPH + LINE);
        assertThat(separators.restore("x")).isEqualTo("x");
    }
}
