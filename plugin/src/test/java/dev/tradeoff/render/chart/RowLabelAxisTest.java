package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/** Row names wrap at spaces into a few lines, and a name too long for them ends with "…" after a whole word. */
class RowLabelAxisTest {

    /** One pixel a character, so that widths can be counted by eye. */
    private static final ToDoubleFunction<String> CHARACTERS = String::length;

    private static final String LAUNCH = "Launch in three new markets with local currencies and payment methods";

    @Test
    void aNameThatFitsIsOneLine() {
        assertThat(RowLabelAxis.lines("Short title", 40, 3, CHARACTERS)).containsExactly("Short title");
    }

    @Test
    void aLongNameWrapsAtSpacesAndKeepsEveryWord() {
        List<String> lines = RowLabelAxis.lines(LAUNCH, 30, 3, CHARACTERS);

        assertThat(lines).containsExactly("Launch in three new markets", "with local currencies and", "payment methods");
        assertThat(String.join(" ", lines)).isEqualTo(LAUNCH);
    }

    @Test
    void aNameTooLongForItsLinesEndsWithAnEllipsisAfterAWholeWord() {
        List<String> lines = RowLabelAxis.lines(LAUNCH, 20, 3, CHARACTERS);

        // "Launch in three new" / "markets with local" / "currencies and" ("currencies and payment" is 22).
        assertThat(lines).containsExactly("Launch in three new", "markets with local", "currencies and…");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(20));
        String kept = String.join(" ", lines).replace("\u2026", "");
        assertThat(LAUNCH).startsWith(kept + " ");
    }

    @Test
    void theEllipsisTakesThePlaceOfTrailingPunctuation() {
        assertThat(RowLabelAxis.lines("alpha beta, gamma delta", 12, 1, CHARACTERS)).containsExactly("alpha beta\u2026");
    }

    @Test
    void aWordWiderThanALineIsCutAndEndsTheName() {
        List<String> lines = RowLabelAxis.lines("Grow supercalifragilisticexpialidocious revenue", 12, 3, CHARACTERS);

        assertThat(lines).containsExactly("Grow", "supercalifr\u2026");
    }

    @Test
    void aHugeWordIsCutByMeasuringOnlyWhatCouldFit() {
        // A title of one 100,000-character word: dropping a character at a time and measuring the
        // rest each time took minutes. Only the first measure may see the whole word.
        String word = "x".repeat(100_000);
        List<Integer> measured = new java.util.ArrayList<>();

        List<String> lines = RowLabelAxis.lines(word, 20, 3, text -> {
            measured.add(text.length());
            return text.length();
        });

        assertThat(lines).containsExactly("x".repeat(19) + "\u2026");
        assertThat(measured.subList(1, measured.size())).allSatisfy(length -> assertThat(length).isLessThanOrEqualTo(22));
        assertThat(measured).hasSizeLessThan(10);
    }

    @Test
    void runsOfWhiteSpaceCountAsOneSpace() {
        assertThat(RowLabelAxis.lines("  Grow \n revenue\tper  merchant ", 40, 3, CHARACTERS))
                .containsExactly("Grow revenue per merchant");
    }

    @Test
    void oneLineNamesAreMeasuredInTheirFontAndShortenedByTheSameRule() {
        java.awt.Font font = ChartStyle.font(11);
        org.jfree.svg.SVGGraphics2D g2 = new org.jfree.svg.SVGGraphics2D(1, 1);
        double width = g2.getFontMetrics(font).getStringBounds("Launch in three new", g2).getWidth();

        List<String> lines = RowLabelAxis.oneLine(List.of("Short", LAUNCH, "Launch in three new"), width, font);

        assertThat(lines).containsExactly("Short", "Launch in three\u2026", "Launch in three new");
    }
}
