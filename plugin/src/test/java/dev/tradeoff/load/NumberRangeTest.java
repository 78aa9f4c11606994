package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The ranges of numbers in words, and the guesses at a percentage written for a share. */
class NumberRangeTest {

    @Test
    void describesEachKindOfRange() {
        assertThat(NumberRange.between(1, 10).describe()).isEqualTo("from 1 to 10");
        assertThat(NumberRange.atLeast(0).describe()).isEqualTo("0 or more");
        assertThat(NumberRange.above(0).describe()).isEqualTo("greater than 0");
        assertThat(NumberRange.strictlyBetween(0, 1).describe()).isEqualTo("greater than 0 and less than 1");
        assertThat(NumberRange.aboveUpTo(0, 0.5).describe()).isEqualTo("greater than 0 and at most 0.5");
    }

    @Test
    void aPercentageIsGuessedFromTwoToAHundred() {
        NumberRange share = NumberRange.between(0, 1);

        assertThat(share.percentHint(1.9)).isEmpty();
        assertThat(share.percentHint(2)).isEqualTo(" (written as a fraction: did you mean 0.02 for 2%?)");
        assertThat(share.percentHint(100)).isEqualTo(" (written as a fraction: did you mean 1 for 100%?)");
        assertThat(share.percentHint(100.5)).isEmpty();
        assertThat(NumberRange.strictlyBetween(0, 1).percentHint(100)).as("1 is not in it").isEmpty();
        assertThat(NumberRange.between(1, 10).percentHint(50)).as("not a share").isEmpty();
    }

    @Test
    void aPercentSignIsReadInTextOfUpToFortyCharacters() {
        NumberRange share = NumberRange.between(0, 1);
        String forty = " ".repeat(35) + "12.5%";

        assertThat(share.percentSignHint(forty)).isEqualTo(" (written as a fraction: did you mean 0.125 for 12.5%?)");
        assertThat(share.percentSignHint(" " + forty)).isEmpty();
        assertThat(NumberRange.atLeast(0).percentSignHint("35 %")).isEqualTo(" (did you mean 35, without the %?)");
        assertThat(NumberRange.between(1, 10).percentSignHint("35%")).as("out of range either way").isEmpty();
    }
}
