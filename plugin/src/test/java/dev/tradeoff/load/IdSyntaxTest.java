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
}
