package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A summary copied into a brief under its "## Summary": its headings shifted down until the largest
 * is "###", as its page shows them from h3, and every other character as written.
 */
class SafeMarkdownSourceHeadingsTest {

    private final SafeMarkdownSource summary = new SafeMarkdownSource(3);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "# A\\n\\n## B\\n"                          → "### A\\n\\n#### B\\n"
            "# Why\\n\\nBecause.\\n\\n### Detail\\n"    → "### Why\\n\\nBecause.\\n\\n##### Detail\\n"
            "##### A\\n\\n# B\\n\\n## C\\n"             → "###### A\\n\\n### B\\n\\n#### C\\n"
            "  ## Why ##\\n"                            → "  ### Why ##\\n"
            "# Why #\\n"                                → "### Why #\\n"
            "#\\tTabbed\\n"                             → "###\\tTabbed\\n"
            "#\\n\\n# \\n"                              → "###\\n\\n### \\n"
            "# A\\r\\n\\r\\nText\\r\\n"                 → "### A\\r\\n\\r\\nText\\r\\n"
            """)
    void atxHeadingsGetMoreHashesAndKeepTheirText(String markdown, String lowered) {
        assertThat(summary.toMarkdown(unescape(markdown))).isEqualTo(unescape(lowered));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "### A\\n\\n#### B\\n"
            "#### A\\n\\n###### B\\n"
            "Text with a - hyphen, C# and #123.\\n\\n- a list\\n"
            "### Why\\n\\nSee [the RFC](https://example.com/rfc).\\n"
            "A\\n\\n---\\n\\nB\\n"
            """)
    void summariesWhoseHeadingsAreSmallEnoughStayAsWritten(String markdown) {
        String text = unescape(markdown);

        assertThat(summary.toMarkdown(text)).isSameAs(text);
    }

    @Test
    void setextHeadingsBecomeAtxHeadingsOfTheirShiftedLevel() {
        assertThat(summary.toMarkdown("A\n===\n\nB\n---\n")).isEqualTo("### A\n\n#### B\n");
        assertThat(summary.toMarkdown("   A  \n   ===  \nText\n")).isEqualTo("   ### A  \nText\n");
        assertThat(summary.toMarkdown("A\r\n===\r\n")).isEqualTo("### A\r\n");
        // The largest sets the shift, setext or not.
        assertThat(summary.toMarkdown("#### D\n\nB\n---\n")).isEqualTo("##### D\n\n### B\n");
    }

    @Test
    void aSetextHeadingOfSeveralLinesBecomesOneLine() {
        assertThat(summary.toMarkdown("Why we\n  build *this\nnow*\n===\n\nText\n"))
                .isEqualTo("### Why we build *this now*\n\nText\n");
        // A hard line break, of spaces or a backslash, is a space too; a backslash in code stays.
        assertThat(summary.toMarkdown("One  \nTwo\\\nThree `a\\\nb`\n---\n"))
                .isEqualTo("### One Two Three `a\\ b`\n");
    }

    @Test
    void aSetextHeadingOfSeveralLinesEndedByCarriageReturnsBecomesOneLine() {
        assertThat(summary.toMarkdown("Why we\rbuild it\r===\r")).isEqualTo("### Why we build it\r");
        assertThat(summary.toMarkdown("Why we\r\nbuild it\r\n---\r\n")).isEqualTo("### Why we build it\r\n");
    }

    @Test
    void aSetextHeadingOfOnlyHashesKeepsThemAll() {
        // Seven hashes are no ATX heading, so this is a setext one; lowered, its text is all a
        // closing sequence, so one more goes after it.
        assertThat(summary.toMarkdown("#######\n===\n")).isEqualTo("### ####### ###\n");
        assertThat(Jsoup.parse(UnsanitisedViewer.html(summary.toMarkdown("#######\n===\n"))).select("h3").text())
                .isEqualTo("#######");
    }

    @Test
    void aSetextHeadingWhoseTextEndsInHashesKeepsThem() {
        // "### Costs #" would read as "Costs" with a closing sequence.
        assertThat(summary.toMarkdown("Costs #\n===\n")).isEqualTo("### Costs # ###\n");
        assertThat(summary.toMarkdown("C#\n===\n")).isEqualTo("### C#\n");
        assertThat(Jsoup.parse(UnsanitisedViewer.html(summary.toMarkdown("Costs ##\n===\n"))).select("h3").text())
                .isEqualTo("Costs ##");
    }

    @Test
    void headingsInQuotesAndListItemsAreLoweredToo() {
        assertThat(summary.toMarkdown("> # Why\n>\n> ## How\n")).isEqualTo("> ### Why\n>\n> #### How\n");
        assertThat(summary.toMarkdown("- # A\n  # B\n")).isEqualTo("- ### A\n  ### B\n");
        assertThat(summary.toMarkdown("> Why\n> ===\n> Text\n")).isEqualTo("> ### Why\n> Text\n");
        assertThat(summary.toMarkdown("> > Why\n> > more\n> > ===\n")).isEqualTo("> > ### Why more\n");
        assertThat(summary.toMarkdown("> Why\nlazy\n> ---\n")).isEqualTo("> ### Why lazy\n");
        assertThat(summary.toMarkdown("- a\n\n  Why\n  ---\n")).isEqualTo("- a\n\n  ### Why\n");
    }

    @Test
    void loweredHeadingsReadAsTheSameHeadingsOneLevelLower() {
        String markdown = "Why\n===\n\n> # In a quote #\n\n- Item\n\n  How\n  ---\n";

        String lowered = summary.toMarkdown(markdown);

        assertThat(Jsoup.parse(UnsanitisedViewer.html(lowered)).select("h3, h4").eachText())
                .containsExactly("Why", "In a quote", "How");
        assertThat(Jsoup.parse(UnsanitisedViewer.html(lowered)).select("h3").eachText())
                .containsExactly("Why", "In a quote");
    }

    @Test
    void nothingInCodeChanges() {
        String markdown = "Text `# no heading`\n\n```\n# not a heading\n===\n```\n\n    # indented code\n    ---\n";

        assertThat(summary.toMarkdown(markdown)).isSameAs(markdown);
        assertThat(summary.toMarkdown("# Why\n\n```\n# Code\n```\n")).isEqualTo("### Why\n\n```\n# Code\n```\n");
    }

    @Test
    void unsafePartsOfAHeadingAreStillMadeInert() {
        assertThat(summary.toMarkdown("# See [this](javascript:alert(1)) <b>now</b>\n"))
                .isEqualTo("### See this &lt;b>now&lt;/b>\n");
        assertThat(summary.toMarkdown("Ask @alice\n===\n")).isEqualTo("### Ask @&#8203;alice\n");
        UnsanitisedViewer.assertInert(summary.toMarkdown("# See [this](javascript:alert(1)) <b>now</b>\n"));
    }

    @Test
    void aSetextHeadingOfSeveralLinesIsMadeInertThenJoined() {
        String markdown = "See [x](javascript:a) and\n<b>bold</b> @alice\n===\n";

        String lowered = summary.toMarkdown(markdown);

        assertThat(lowered).isEqualTo("### See x and &lt;b>bold&lt;/b> @&#8203;alice\n");
        UnsanitisedViewer.assertInert(lowered);
    }

    @Test
    void aHeadingThatEscapingUncoveredIsLoweredToo() {
        // The escaped HTML block's lines are Markdown in the brief: its heading is one there.
        assertThat(summary.toMarkdown("<div>\n# Why\n</div>\n")).isEqualTo("&lt;div>\n### Why\n&lt;/div>\n");
    }

    @Test
    void textQuotedAsACodeBlockIsNotLowered() {
        String markdown = "# Why\n\n" + "[".repeat(20) + "x" + "](javascript:a)".repeat(20);

        assertThat(summary.toMarkdown(markdown)).isEqualTo("```\n" + markdown + "\n```\n");
    }

    @Test
    void safeTextTooCostlyToReadStaysAsWritten() {
        // Lists nested deeper than the limit: nothing to make inert, so shown as written, not quoted.
        String markdown = "# Why\n\n" + "- ".repeat(MarkdownShape.MAX_DEPTH + 1) + "deep\n";

        assertThat(summary.toMarkdown(markdown)).isSameAs(markdown);
    }

    @Test
    void withoutALowestHeadingHeadingsStayAsWritten() {
        String markdown = "# Why\n\nWhy\n===\n";

        assertThat(new SafeMarkdownSource().toMarkdown(markdown)).isSameAs(markdown);
    }

    @Test
    void textThatCannotHoldAHeadingLargerThanTheLowestIsNotParsedForIt() {
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("Low-cost: x = 2, #42, a/#b.\n- item\n", 3)).isFalse();
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("### Why\n\n#### How\n####### No\n", 3)).isFalse();
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("# A", 3)).isTrue();
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("> ##\tA", 3)).isTrue();
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("##", 3)).isTrue();
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("A\n===", 3)).isTrue();
        assertThat(LoweredHeadings.mayHaveHeadingLargerThan("> A\n> ---  \r\nB", 3)).isTrue();
    }

    private static String unescape(String csv) {
        return csv.replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t");
    }
}
