package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Markdown without a {@code |} is parsed without the tables extension: it must come out exactly as
 * with it, and text with a table must still get one.
 */
class SafeMarkdownTablesTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    @Property(tries = 2000)
    void withoutPipesTheTablesExtensionChangesNothing(@ForAll("markdownWithoutPipes") String text) {
        assertThat(markdown.toHtml(text)).isEqualTo(markdown.toHtmlWithTables(text));
    }

    @Test
    void textWithATableStillGetsOne() {
        String html = markdown.toHtml("Plan:\n\n| Quarter | Cost |\n|---|---:|\n| 2027-Q1 | $10k |\n");

        assertThat(html).contains("<table>").contains("<td align=\"right\">$10k</td>");
    }

    @Test
    void dashesAndColonsAloneAreNoTable() {
        String text = "Costs\n---:\n\n:--- | \n- a\n- b\n\nHeader\n:---:\n";

        assertThat(markdown.toHtml(text)).isEqualTo(markdown.toHtmlWithTables(text));
    }

    /** Lines built from the characters Markdown gives meaning to, tables' own included, but no pipe. */
    @Provide
    Arbitrary<String> markdownWithoutPipes() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.strings().withChars("-:*_#>`~[]()!<>&\\ abc123.\t").ofMaxLength(30),
                Arbitraries.of("---", ":---", "---:", ":---:", "- item", "1. item", "> quote", "```", "    code",
                        "**bold**", "[a](http://x)", "<b>raw</b>", "", "Header", "==="));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }
}
