package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenCharactersTest {

    @Test
    void namesTheFirstHiddenCharacterAndCountsTheOthers() {
        assertThat(HiddenCharacters.note("\u200bab\u00a0"))
                .isEqualTo(" (it holds U+200B ZERO WIDTH SPACE, which does not show and 1 more such character)");
        assertThat(HiddenCharacters.note("a\u2013b\u00a0c\u200b"))
                .isEqualTo(" (it holds U+2013 EN DASH, where '-' is probably meant and 2 more such characters)");
        assertThat(HiddenCharacters.note("x\u00a0")).isEqualTo(" (it holds U+00A0 NO-BREAK SPACE, not an ordinary space)");
        assertThat(HiddenCharacters.note("plain text - with spaces")).isEmpty();
    }
}
