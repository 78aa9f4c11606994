package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

    @Test
    void aCutFallsBetweenWordsWhenOneEndsNearIt() {
        String text = "Target: the last point of conversion on the hosted page, from 75% to 76%.";

        // 30 characters: "Target: the last point of con" would end inside "conversion".
        assertThat(MarkdownText.truncate(text, 30)).isEqualTo("Target: the last point of…");
        // A word longer than the leeway is cut where it must be.
        assertThat(MarkdownText.truncate("x".repeat(50), 10)).isEqualTo("x".repeat(9) + "…");
    }

    @Test
    void aDifferenceIsShownFromTheStartOfAWord() {
        String before = "Rebuilds the checkout step by step for every market, with saved cards and wallets. Target 76%.";
        String after = before.replace("Target 76%.", "Target 76.5%.");

        String shown = MarkdownText.aroundFirstDifference(after, before, 40);

        assertThat(shown).startsWith("…").endsWith("Target 76.5%.");
        assertThat(shown.substring(1)).matches("[A-Z].*|\\S.*").doesNotStartWith(" ");
        assertThat(after).contains(" " + shown.substring(1));
    }
}
