package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.testing.Portfolios;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Markdown shown as written says so: why in the user's words, and where in the text the trouble
 * starts, for the build to warn of; formatted Markdown says nothing.
 */
class PlainTextMarkdownTest {

    private static final String INTRO = "Our **plan**.\n\n";
    /** A paragraph of unclosed link destinations: each '](' would be read to the paragraph's end. */
    private static final String UNCLOSED_LINKS = "See " + "[a](".repeat(100) + "\n";

    private final SafeMarkdown markdown = new SafeMarkdown();
    private final SafeMarkdownSource source = new SafeMarkdownSource();

    @Test
    void formattedMarkdownHasNoReason() {
        String text = INTRO + "- a [link](https://example.com) and `code`\n\n> a quote\n";

        assertThat(markdown.render(text).plainText()).isNull();
        assertThat(source.render(text).plainText()).isNull();
        assertThat(markdown.render("").plainText()).isNull();
    }

    @Test
    void aCostlyParagraphIsPointedAtWhereItStarts() {
        MarkdownRendering rendered = markdown.render(INTRO + UNCLOSED_LINKS);

        assertThat(rendered.text()).isEqualTo("<pre>" + HtmlEscape.escape(INTRO + UNCLOSED_LINKS) + "</pre>\n");
        assertThat(rendered.plainText().index()).isEqualTo(INTRO.length());
        assertThat(rendered.plainText().reason()).startsWith("this paragraph holds so many links, code spans or"
                + " emphasis marks that never close").endsWith("or split the paragraph with blank lines");
    }

    @Test
    void aCostlyParagraphInAListIsPointedAtWhereItsTextStarts() {
        String text = INTRO + "- " + UNCLOSED_LINKS;

        assertThat(markdown.render(text).plainText().index()).isEqualTo(INTRO.length() + 2);
    }

    @Test
    void listsNestedTooDeepArePointedAtTheMarkerTooMany() {
        String text = IntStream.range(0, 33).mapToObj(n -> "  ".repeat(n) + "- a\n").collect(Collectors.joining());

        PlainTextReason reason = markdown.render(text).plainText();

        assertThat(reason.index()).isEqualTo(text.lastIndexOf("- a"));
        assertThat(reason.reason()).isEqualTo("lists and quotes are nested more than 32 levels deep here, deeper than"
                + " the site shows them. Use at most 32 levels");
    }

    @Test
    void aQuoteTooLongIsPointedAtWhereItStarts() {
        PlainTextReason reason = markdown.render(INTRO + "> a\n".repeat(10_001)).plainText();

        assertThat(reason.index()).isEqualTo(INTRO.length());
        assertThat(reason.reason()).contains("as costly to read as one of more than 10,000 lines");
    }

    @Test
    void tooManyBlocksOrMarksAreAboutTheWholeText() {
        PlainTextReason blocks = markdown.render(INTRO + "- a\n".repeat(75_001)).plainText();
        PlainTextReason marks = markdown.render(INTRO + "[a] ".repeat(250_001)).plainText();

        assertThat(blocks.index()).isZero();
        assertThat(blocks.reason()).startsWith("it has more than 150,000 lines and list or quote markers");
        assertThat(marks.index()).isZero();
        assertThat(marks.reason()).startsWith("it holds more than 500,000 of the characters that start links");
    }

    @Test
    void theBriefGivesTheSameReasonAboutTheWholeText() {
        PlainTextReason inBrief = source.render(INTRO + UNCLOSED_LINKS).plainText();
        PlainTextReason onPage = markdown.render(INTRO + UNCLOSED_LINKS).plainText();

        assertThat(inBrief).isEqualTo(new PlainTextReason(0, onPage.reason()));
    }

    @Test
    void linksInsideUnsafeLinksTooDeepAreQuotedOnlyInTheBrief() {
        String text = "[".repeat(9) + "x" + "](javascript:a)".repeat(9);

        assertThat(markdown.render(text).plainText()).isNull();
        assertThat(source.render(text).text()).isEqualTo(Backticks.codeBlock(text));
        assertThat(source.render(text).plainText().reason()).startsWith("making its unsafe links and raw HTML inert"
                + " kept uncovering more of them");
    }

    @Test
    void theViewListsEverySummaryShownAsPlainTextInOrderWithAnyNumberOfThreads() {
        Portfolios plan = Portfolios.plan();
        // More than one slice of 128 initiatives, so that eight threads format them in parallel.
        for (int i = 0; i < 200; i++) {
            String summary = i % 100 == 7 ? INTRO + UNCLOSED_LINKS : i % 100 == 42 ? "[".repeat(9) + "x"
                    + "](javascript:a)".repeat(9) : "A *fine* summary " + i + ".";
            plan.with(Portfolios.initiative(String.format(java.util.Locale.ROOT, "i%03d", i)).summary(summary));
        }
        Portfolio portfolio = plan.analyse();

        SiteViewBuilder oneThread = new SiteViewBuilder(1);
        oneThread.build(portfolio);
        SiteViewBuilder eightThreads = new SiteViewBuilder(8);
        eightThreads.build(portfolio);

        List<PlainTextMarkdown> plain = eightThreads.plainTexts();
        assertThat(plain).extracting(text -> text.initiative().id())
                .containsExactly("i007", "i042", "i107", "i142");
        assertThat(plain).isEqualTo(oneThread.plainTexts());
        assertThat(plain.get(0).index()).isEqualTo(INTRO.length());
        assertThat(plain.get(0).message()).startsWith("summary: shown as plain text on its page and in its brief,"
                + " without its Markdown formatting: this paragraph holds");
        assertThat(plain.get(1).message()).startsWith("summary: shown as plain text in its brief, without its"
                + " Markdown formatting: making its unsafe links");
    }

    @Test
    void aRebuildWithoutThemForgetsThem() {
        SiteViewBuilder views = new SiteViewBuilder(1);
        views.build(Portfolios.plan().with(Portfolios.initiative("a").summary(UNCLOSED_LINKS)).analyse());
        assertThat(views.plainTexts()).hasSize(1);

        views.build(Portfolios.plan().with(Portfolios.initiative("a").summary("Fixed.")).analyse());

        assertThat(views.plainTexts()).isEmpty();
    }
}
