package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownIdsTest {

    @Test
    void unreadNamesOfUpToTwoHundredCharactersAreKept() {
        String longest = "Team " + "x".repeat(195);

        KnownIds ids = new KnownIds(Set.of(), Set.of(longest, longest + "x"), true, null);

        // Too long to suggest an id for: only the name itself.
        assertThat(ids.unreadNames()).containsExactly(longest);
    }

    @Test
    void anUnreadNameStandsForItselfAndTheIdItSuggests() {
        KnownIds ids = new KnownIds(Set.of("core"), Set.of("Checkout Team"), true, null);

        assertThat(ids.unreadNames()).containsExactly("Checkout Team", "checkout-team");
        assertThat(ids.surelyLacks("core")).isFalse();
        assertThat(ids.surelyLacks("checkout-team")).isFalse();
        assertThat(ids.surelyLacks("checkout-tem")).as("close to it").isFalse();
        assertThat(ids.surelyLacks("billing")).isTrue();
        assertThat(new KnownIds(Set.of("core"), false, null).surelyLacks("billing")).as("incomplete").isFalse();
    }
}
