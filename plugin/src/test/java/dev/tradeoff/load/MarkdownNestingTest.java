package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown that opens more lists or quotes on one line than the site shows is a load problem at the
 * first marker too many; lines that only look like it (a rule, code) are not.
 */
class MarkdownNestingTest {

    private static String tooDeep(int markers) {
        return "this line opens " + markers + " lists or quotes inside each other ('- - - …' or '> > > …');"
                + " Markdown is shown nested at most 32 levels deep. Check for a run of '- ' or '> ' pasted by"
                + " mistake, or use fewer levels";
    }

    @Test
    void pageWithALineOfEightHundredNestedListsIsAProblemAtTheThirtyThirdMarker() {
        String page = "---\ntitle: Deep\n---\nIntro.\n\n" + "- ".repeat(800) + "x\n";

        // Line 6; markers 1 to 32 take columns 1 to 64, so the 33rd starts at column 65.
        assertOnlyProblem("pages/deep.md", page, "pages/deep.md:6:65: " + tooDeep(800));
    }

    @Test
    void quotesAndOrderedListsCountToo() {
        String page = "---\ntitle: Deep\n---\n" + "> 1. ".repeat(20) + "x\n";

        // Each '> 1. ' opens two: the 33rd marker is the '>' of the 17th, at column 16 * 5 + 1.
        assertOnlyProblem("pages/deep.md", page, "pages/deep.md:4:81: " + tooDeep(40));
    }

    @Test
    void summaryInABlockIsAProblemAtItsOwnLineAndColumn() {
        String initiative = ValidStrategy.CHECKOUT_V2 + "summary: |\n  Intro.\n\n  " + "> ".repeat(40) + "x\n";

        // The summary's third line is line 11 of the file, indented by 2: the 33rd '>' is at column 2 + 64 + 1.
        assertOnlyProblem("initiatives/checkout-v2.yaml", initiative,
                "initiatives/checkout-v2.yaml:11:67: summary: " + tooDeep(40));
    }

    @Test
    void summaryOnTheKeysLineIsAProblemAtItsColumn() {
        String initiative = ValidStrategy.CHECKOUT_V2 + "summary: " + "1. ".repeat(33) + "x\n";

        // The value starts at column 10; 32 markers of three characters come before the 33rd.
        assertOnlyProblem("initiatives/checkout-v2.yaml", initiative,
                "initiatives/checkout-v2.yaml:8:106: summary: " + tooDeep(33));
    }

    @Test
    void summaryOnTheFirstLineIsAProblemAtItsColumn() {
        String initiative = "summary: " + "1. ".repeat(33) + "x\n" + ValidStrategy.CHECKOUT_V2;

        assertOnlyProblem("initiatives/checkout-v2.yaml", initiative,
                "initiatives/checkout-v2.yaml:1:106: summary: " + tooDeep(33));
    }

    @Test
    void summaryInABlockBelowAnEmptyFirstLineOrWithWindowsLineEndsIsAProblemAtItsOwnLineAndColumn() {
        String summary = "summary: |\n  Intro.\n\n  " + "> ".repeat(40) + "x\n";

        assertOnlyProblem("initiatives/checkout-v2.yaml", "\n" + ValidStrategy.CHECKOUT_V2 + summary,
                "initiatives/checkout-v2.yaml:12:67: summary: " + tooDeep(40));
        assertOnlyProblem("initiatives/checkout-v2.yaml", (ValidStrategy.CHECKOUT_V2 + summary).replace("\n", "\r\n"),
                "initiatives/checkout-v2.yaml:11:67: summary: " + tooDeep(40));
    }

    @Test
    void quotedSummaryIsAProblemAtTheValue() {
        // Escapes would shift the columns of a quoted value: the problem is placed at its quote.
        String initiative = ValidStrategy.CHECKOUT_V2 + "summary: \"" + "- ".repeat(33) + "x\"\n";

        assertOnlyProblem("initiatives/checkout-v2.yaml", initiative,
                "initiatives/checkout-v2.yaml:8:10: summary: " + tooDeep(33));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "thirty-two",
        "a rule of dashes",
        "a rule of stars",
        "a fenced code block",
        "an indented code block",
        "markers after too much space"})
    void linesThatDoNotNestThatDeepAreNotProblems(String what) {
        String body = switch (what) {
            case "thirty-two" -> "- ".repeat(32) + "x\n";
            case "a rule of dashes" -> "- ".repeat(40) + "-\n";
            case "a rule of stars" -> "> " + "* ".repeat(40) + "\n";
            case "a fenced code block" -> "~~~~\n" + "- ".repeat(40) + "x\n```\n" + "- ".repeat(40) + "x\n~~~~\n";
            case "an indented code block" -> "    " + "- ".repeat(40) + "x\n";
            case "markers after too much space" -> "- " + "-      ".repeat(40) + "x\n";
            default -> throw new IllegalArgumentException(what);
        };

        assertThat(MarkdownNesting.find(body)).isNull();
        assertThat(Loading.load(ValidStrategy.with("pages/fine.md", "---\ntitle: Fine\n---\n" + body)).pages())
                .hasSize(1);
    }

    @Test
    void theSameLinesOpenedOutsideAFenceAreFound() {
        assertThat(MarkdownNesting.find("```\nx\n```\n" + "- ".repeat(40) + "x\n"))
                .isEqualTo(new MarkdownNesting.TooDeep(10 + 64, 40));
    }

    @Test
    void markersAsCommonMarkCountsThem() {
        // Ordered markers of up to nine digits, with '.' or ')', even at the end of the line.
        assertThat(MarkdownNesting.find("123456789. ".repeat(33) + "x")).isEqualTo(new MarkdownNesting.TooDeep(32 * 11, 33));
        assertThat(MarkdownNesting.find("1234567890. ".repeat(33) + "x")).isNull();
        assertThat(MarkdownNesting.find("1) ".repeat(33) + "x")).isEqualTo(new MarkdownNesting.TooDeep(32 * 3, 33));
        assertThat(MarkdownNesting.find("> ".repeat(32) + "1.")).isEqualTo(new MarkdownNesting.TooDeep(64, 33));
        // Up to three columns before the first marker and four after each; a tab is four.
        assertThat(MarkdownNesting.find("   " + "- ".repeat(33) + "x")).isEqualTo(new MarkdownNesting.TooDeep(67, 33));
        assertThat(MarkdownNesting.find("-    ".repeat(33) + "x")).isEqualTo(new MarkdownNesting.TooDeep(32 * 5, 33));
        assertThat(MarkdownNesting.find("-\t".repeat(33) + "x")).isEqualTo(new MarkdownNesting.TooDeep(64, 33));
        assertThat(MarkdownNesting.find("- \t".repeat(40) + "x")).isNull();
    }

    @Test
    void aRuleNeedsThreeOfItsCharacters() {
        assertThat(MarkdownNesting.find("> ".repeat(31) + "- -")).isEqualTo(new MarkdownNesting.TooDeep(64, 33));
        assertThat(MarkdownNesting.find("> ".repeat(30) + "- - -")).isNull();
    }

    @Test
    void fencesOfThreeOrMoreOpenAndCloseInsideQuotesAndAtTheEndOfTheText() {
        String deep = "- ".repeat(40) + "x";

        assertThat(MarkdownNesting.find("```")).isNull();
        assertThat(MarkdownNesting.find("```\n" + deep + "\n```")).isNull();
        assertThat(MarkdownNesting.find("> ```\n" + deep + "\n> ```  \n" + deep))
                .isEqualTo(new MarkdownNesting.TooDeep(6 + deep.length() + 1 + 8 + 64, 40));
        assertThat(MarkdownNesting.find("x\n``\n" + deep)).isEqualTo(new MarkdownNesting.TooDeep(5 + 64, 40));
    }
}
