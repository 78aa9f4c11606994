package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdSyntaxTest {

    @Test
    void aSuggestedIdKeepsTheLettersOfAccentedOnes() {
        assertThat(IdSyntax.suggest("Checkout V2")).isEqualTo("checkout-v2");
        // The accents went with their letters before: "berblick", "strat-gie".
        assertThat(IdSyntax.suggest("Überblick")).isEqualTo("uberblick");
        assertThat(IdSyntax.suggest("Stratégie")).isEqualTo("strategie");
        assertThat(IdSyntax.didYouMean("Crème brûlée")).isEqualTo(" (did you mean 'creme-brulee'?)");
    }

    @Test
    void anIdHasAtMostAHundredCharacters() {
        assertThat(IdSyntax.isValid("a".repeat(100))).isTrue();
        assertThat(IdSyntax.isTooLong("a".repeat(100))).isFalse();
        assertThat(IdSyntax.isValid("a".repeat(101))).isFalse();
        assertThat(IdSyntax.isTooLong("a".repeat(101))).isTrue();
        assertThat(IdSyntax.isTooLong("A".repeat(101))).as("not an id's form").isFalse();
    }

    @Test
    void anIdIsSuggestedForTextOfAtMostAHundredCharacters() {
        assertThat(IdSyntax.suggest("A".repeat(100))).isEqualTo("a".repeat(100));
        assertThat(IdSyntax.suggest("A".repeat(101))).isNull();
        assertThat(IdSyntax.didYouMean("A".repeat(101))).isEmpty();
        assertThat(IdSyntax.didYouMean("checkout")).as("already an id").isEmpty();
    }
}
