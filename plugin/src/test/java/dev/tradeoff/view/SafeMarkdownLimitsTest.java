package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown that flexmark would read in time growing faster than its length is shown as written, as
 * escaped text (in a brief, as a code block); Markdown just within each limit renders as usual.
 */
class SafeMarkdownLimitsTest {

    private final SafeMarkdown markdown = new SafeMarkdown();
    private final SafeMarkdownSource source = new SafeMarkdownSource();

    private static String pathological(String kind) {
        return switch (kind) {
            case "unclosed link destinations" -> "[a](".repeat(20_000);
            case "unclosed link destinations in angle brackets" -> "[a](<b".repeat(10_000);
            case "backtick runs of every length" -> IntStream.rangeClosed(1, 500)
                    .mapToObj(n -> "e" + "`".repeat(n)).collect(Collectors.joining());
            case "emphasis that may not match" -> "a**b" + "c* ".repeat(30_000);
            case "a line of 33 nested lists" -> "- ".repeat(33) + "x\n";
            case "a line of 33 nested quotes" -> "> ".repeat(33) + "x\n";
            case "lists nested 33 deep by indentation" -> IntStream.range(0, 33)
                    .mapToObj(n -> "  ".repeat(n) + "- a\n").collect(Collectors.joining());
            case "quotes in lists 33 deep" -> "- > ".repeat(17) + "x\n";
            case "too many blocks" -> "- a\n".repeat(75_001);
            case "too many inline marks" -> "[a] ".repeat(250_001);
            case "a quote of more than 10,000 lines" -> "> a\n".repeat(10_001);
            case "an indented block of more than 10,000 lines" -> "    a\n".repeat(10_001);
            case "a list item of more than 10,000 lines" -> "- a\n" + "  b\n".repeat(10_001);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "unclosed link destinations",
        "unclosed link destinations in angle brackets",
        "backtick runs of every length",
        "emphasis that may not match",
        "a line of 33 nested lists",
        "a line of 33 nested quotes",
        "lists nested 33 deep by indentation",
        "quotes in lists 33 deep",
        "too many blocks",
        "too many inline marks",
        "a quote of more than 10,000 lines",
        "an indented block of more than 10,000 lines",
        "a list item of more than 10,000 lines"})
    void isShownAsWritten(String kind) {
        String text = pathological(kind) + "<script>alert(1)</script>";

        assertThat(markdown.toHtml(text)).isEqualTo("<pre>" + HtmlEscape.escape(text) + "</pre>\n");
        assertThat(source.toMarkdown(text)).isEqualTo(Backticks.codeBlock(text));
    }

    @Test
    void listsAndQuotesNest32Deep() {
        Document lists = Jsoup.parseBodyFragment(markdown.toHtml("- ".repeat(32) + "x\n"));
        Document quotes = Jsoup.parseBodyFragment(markdown.toHtml("> ".repeat(16) + "- > ".repeat(8) + "x\n"));

        assertThat(lists.select("li")).hasSize(32);
        assertThat(lists.select("li li li li li li li li li li li li li li li li li li li li li li li li li li li li li li li li")
                .text()).isEqualTo("x");
        assertThat(quotes.select("blockquote")).hasSize(24);
        assertThat(quotes.select("li")).hasSize(8);
    }

    @Test
    void aQuoteOf10000LinesRenders() {
        Document html = Jsoup.parseBodyFragment(markdown.toHtml("> a\n".repeat(10_000) + "\nAfter.\n"));

        assertThat(html.select("blockquote > p")).hasSize(1);
        assertThat(html.select("body > p").text()).isEqualTo("After.");
    }

    @Test
    void manyIndentedBlocksRenderTogetherMoreThan10000Lines() {
        String block = "Code:\n\n" + "    a\n".repeat(1_000) + "\n";

        assertThat(Jsoup.parseBodyFragment(markdown.toHtml(block.repeat(20))).select("pre > code")).hasSize(20);
    }

    @Test
    void aLongParagraphOfClosedLinksAndEmphasisRenders() {
        String text = "**Key**: value and [a link](https://example.com/a_b_(c)) with `code` and *more*.\n".repeat(3_000);

        Document html = Jsoup.parseBodyFragment(markdown.toHtml(text));

        assertThat(html.select("p")).hasSize(1);
        assertThat(html.select("strong")).hasSize(3_000);
        assertThat(html.select("a[href=https://example.com/a_b_(c)]")).hasSize(3_000);
        assertThat(html.select("code")).hasSize(3_000);
        assertThat(html.select("em")).hasSize(3_000);
    }

    @Test
    void aPageOf74999ListItemsRenders() {
        assertThat(Jsoup.parseBodyFragment(markdown.toHtml("- a\n".repeat(74_999))).select("li")).hasSize(74_999);
    }
}
