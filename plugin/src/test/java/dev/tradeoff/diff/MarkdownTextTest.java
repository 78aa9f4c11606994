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

    @Test
    void aTextThatFitsExactlyIsNotCut() {
        assertThat(MarkdownText.truncate("abc", 3)).isEqualTo("abc");
        assertThat(MarkdownText.truncate("abcdef", 4)).isEqualTo("abc…");
        // Room for the ellipsis alone.
        assertThat(MarkdownText.truncate("abc", 1)).isEqualTo("…");
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // "😀" is two chars, a surrogate pair: a cut after "ab" and half of it would leave the half.
        assertThat(MarkdownText.truncate("ab😀cd", 4)).isEqualTo("ab…");
        assertThat(MarkdownText.truncate("ab😀cd", 5)).isEqualTo("ab😀…");
    }

    @Test
    void aCutMovesToASpaceUpToTwentyCharactersBackButNotToTheStart() {
        // The space 20 characters before the cut is near enough; one at the very start would leave nothing.
        assertThat(MarkdownText.truncate("x".repeat(9) + " " + "y".repeat(40), 30)).isEqualTo("x".repeat(9) + "…");
        assertThat(MarkdownText.truncate(" " + "x".repeat(30), 10)).isEqualTo(" " + "x".repeat(8) + "…");
    }

    @Test
    void aTextThatFitsIsShownWholeWhereverItDiffers() {
        String text = "a".repeat(10) + "b";

        assertThat(MarkdownText.aroundFirstDifference(text, "a".repeat(10) + "c", 11)).isEqualTo(text);
    }

    @Test
    void theShownPartStartsAtTheWordOfTheDifferenceAndNotInsideACharacter() {
        // 40 characters: the part starts 10 before the first difference (at 30), at 20.
        String other = "a".repeat(15) + " bbbb " + "c".repeat(9) + "Y" + "d".repeat(50);
        String text = other.replace("Y", "X");
        // A space at 15 and one at 20: the word starts after the one before 20.
        assertThat(MarkdownText.aroundFirstDifference(text, other, 40))
                .isEqualTo("…bbbb " + "c".repeat(9) + "X" + "d".repeat(23) + "…");
        // A space at 0, 20 before the start: the word starts at 1.
        String spaced = " " + "a".repeat(29) + "X" + "d".repeat(50);
        assertThat(MarkdownText.aroundFirstDifference(spaced, spaced.replace("X", "Y"), 40))
                .isEqualTo("…" + "a".repeat(29) + "X" + "d".repeat(8) + "…");
        // The start falls on the second half of "😀": it starts with the whole character instead.
        String emoji = "p".repeat(19) + "😀" + "q".repeat(9) + "X" + "r".repeat(50);
        assertThat(MarkdownText.aroundFirstDifference(emoji, emoji.replace("X", "Y"), 40))
                .isEqualTo("…😀" + "q".repeat(9) + "X" + "r".repeat(26) + "…");
    }
}
