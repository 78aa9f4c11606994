package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean ...?" */
class SuggestionsTest {

    private static final List<String> KEYS = List.of("title", "kind", "owner", "riskReduction", "costOfDelay", "ramp");

    @Test
    void suggestsTheClosestAllowedWord() {
        assertThat(Suggestions.didYouMean("titel", KEYS)).isEqualTo(" (did you mean 'title'?)");
        assertThat(Suggestions.didYouMean("riskreduction", KEYS)).isEqualTo(" (did you mean 'riskReduction'?)");
        assertThat(Suggestions.didYouMean("cost-of-delay", KEYS)).isEqualTo(" (did you mean 'costOfDelay'?)");
        assertThat(Suggestions.didYouMean("ownr", KEYS)).isEqualTo(" (did you mean 'owner'?)");
        assertThat(Suggestions.didYouMean("rampUp", KEYS)).isEqualTo(" (did you mean 'ramp'?)");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.didYouMean("colour", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("x", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("a".repeat(100_000), KEYS)).isEmpty();
    }

    @Test
    void countsASwapOfNeighboursAsOneEdit() {
        assertThat(Suggestions.distance("titel", "title")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aWordThatOnlyExtendsACandidateNeedsThreeLettersInCommonWithIt() {
        assertThat(Suggestions.didYouMean("own", KEYS)).isEqualTo(" (did you mean 'owner'?)");
        assertThat(Suggestions.didYouMean("ow", KEYS)).isEmpty();
    }

    @Test
    void aWordUpToTwentyCharactersLongerThanACandidateIsComparedWithIt() {
        assertThat(Suggestions.didYouMean("ramp" + "s".repeat(20), KEYS)).isEqualTo(" (did you mean 'ramp'?)");
        assertThat(Suggestions.didYouMean("ramp" + "s".repeat(21), KEYS)).isEmpty();
    }

    @Test
    void aTieGoesToTheCandidateFirstInOrderWhateverTheOrderGiven() {
        assertThat(Suggestions.didYouMean("abcx", List.of("abcd", "abce"))).isEqualTo(" (did you mean 'abcd'?)");
        assertThat(Suggestions.didYouMean("abcx", List.of("abce", "abcd"))).isEqualTo(" (did you mean 'abcd'?)");
    }

    @Test
    void countsEveryCharacterAgainstAnEmptyOrShortWord() {
        assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("abc", "x")).isEqualTo(3);
    }
}
