package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.tradeoff.view.GitHubMentionFilter;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** User text escaped for Markdown reads as itself, both as plain text and once rendered. */
class MarkdownEscapeTest {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private static Document render(String markdown) {
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(markdown)));
    }

    @Test
    void leavesAnAmpersandAsItIsUnlessItWouldStartACharacterReference() {
        assertThat(MarkdownEscape.escape("Partners & New Markets")).isEqualTo("Partners & New Markets");
        assertThat(MarkdownEscape.escape("AT&T, R&D and a && b")).isEqualTo("AT&T, R&D and a && b");
        assertThat(MarkdownEscape.escape("&copy")).isEqualTo("&copy");
        assertThat(MarkdownEscape.escape("& ;")).isEqualTo("& ;");

        assertThat(MarkdownEscape.escape("&amp;")).isEqualTo("\\&amp;");
        assertThat(MarkdownEscape.escape("Caf&eacute;")).isEqualTo("Caf\\&eacute;");
        assertThat(MarkdownEscape.escape("&#169; &#x1F;")).isEqualTo("\\&\\#169; \\&\\#x1F;");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "&", "&amp;", "&copy;", "&#169;", "AT&T", "a && b", "&#x1F600;", "&#X41;", "&copy", "&;", "&#;",
        "&nosuchentity;", "&#12345678;", "\\&copy;", "&\\", "Partners & New Markets", "1 &lt; 2"})
    void rendersBackToTheUsersText(String text) {
        Document paragraph = render(MarkdownEscape.escape(text));
        Document cell = render("| Name |\n|---|\n| " + MarkdownEscape.escape(text) + " |\n");

        assertThat(paragraph.select("p").text()).isEqualTo(text);
        assertThat(cell.select("tbody td").text()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "@alice owns it"                    → "@&#8203;alice owns it"
            "Owned by @alice"                   → "Owned by @&#8203;alice"
            "Payouts (@payments)"               → "Payouts (@&#8203;payments)"
            "@org/platform-team"                → "@&#8203;org/platform-team"
            "Ask @org/team-a, @bob."            → "Ask @&#8203;org/team-a, @&#8203;bob."
            "@@x"                               → "@@&#8203;x"
            "@-x and @_x"                       → "@&#8203;-x and @&#8203;\\_x"
            "*@x*"                              → "\\*@&#8203;x\\*"
            "café@x"                            → "café@&#8203;x"
            "foo/@bar"                          → "foo/@&#8203;bar"
            "https://@team"                     → "https://@&#8203;team"
            "pay@example.com"                   → "pay@example.com"
            "first.last@example.com, x_@y.org"  → "first.last@example.com, x\\_@y.org"
            "@"                                 → "@"
            "a @ b, @ and @."                   → "a @ b, @ and @."
            "@é"                                → "@é"
            "See https://medium.com/@team/post" → "See https://medium.com/@team/post"
            "(www.npmjs.com/package/@org/pkg)"  → "(www.npmjs.com/package/@org/pkg)"
            """)
    void breaksWhatGitHubWouldReadAsAMention(String text, String escaped) {
        assertThat(MarkdownEscape.escape(text)).isEqualTo(escaped);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "@alice", "Owned by @org/platform-team", "(@payments)", "@@x", "**@x**", "\\@x", "x&amp;@y", "@a @b @c",
        "| @x |", "# @x", "café@x"})
    void aBrokenMentionReadsAsWrittenAndNotifiesNoOne(String text) {
        assertThat(GitHubMentionFilter.liveMentions(text)).as("the filter finds the mention unescaped").isNotEmpty();

        String escaped = MarkdownEscape.escape(text);
        Document paragraph = render(escaped);
        Document cell = render("| Owner |\n|---|\n| " + escaped + " |\n");

        assertThat(GitHubMentionFilter.liveMentions(escaped)).isEmpty();
        assertThat(GitHubMentionFilter.liveMentions("| Owner |\n|---|\n| " + escaped + " |\n")).isEmpty();
        assertThat(visible(paragraph.select("p").text())).isEqualTo(text);
        assertThat(visible(cell.select("tbody td").text())).isEqualTo(text);
    }

    @Property(tries = 1000)
    void mentionsNoOneAndReadsAsTheUsersText(@ForAll("textWithMentions") String text) {
        String escaped = MarkdownEscape.escape(text);

        assertThat(GitHubMentionFilter.liveMentions("Said: " + escaped + "\n")).isEmpty();
        assertThat(visible(render("Said: " + escaped + "\n").select("p").text())).isEqualTo(normalised("Said: " + text));
    }

    /** Mentions, e-mail addresses and what can stand around an {@code @}, in any order. */
    @Provide
    Arbitrary<String> textWithMentions() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("@alice", "@org/team", "@org/team-a_b", "pay@example.com", "@", "@@", "a", "_", "-",
                        "*", "(", ")", ".", "/", "&amp;", "&", "#", "é", "x_", "`"),
                Arbitraries.strings().withChars("@aZ09_-./*() \n").ofMaxLength(6));
        return fragment.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    /** The text as a reader sees it: without the zero-width spaces. */
    private static String visible(String text) {
        return text.replace("\u200B", "");
    }

    @Property(tries = 1000)
    void rendersAsOneParagraphOfTheUsersTextAndNothingElse(@ForAll("hostileText") String text) {
        Document html = render("Said: " + MarkdownEscape.escape(text) + "\n");

        assertThat(html.body().children()).as(html.body().html()).singleElement()
                .satisfies(p -> assertThat(p.tagName()).isEqualTo("p"));
        Element paragraph = html.body().child(0);
        assertThat(paragraph.children()).as(paragraph.html()).isEmpty();
        assertThat(paragraph.text()).isEqualTo(normalised("Said: " + text));
    }

    /** References, things that look like them, and what opens links, tags and emphasis, in any order. */
    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> fragment = Arbitraries.oneOf(
                Arbitraries.of("&", "&amp;", "&copy;", "&#169;", "&#x6A;", "&#106;avascript:", "&lt;b&gt;", "&Tab;",
                        "AT&T", "&&", "[x](https://evil.example)", "<b>", "<https://evil.example>", "![i](x.png)",
                        "*e*", "_e_", "`c`", "\\", ";", "#", "x"),
                Arbitraries.strings().withChars("&#;xXaZ09[]()<>!`*_~|\\ \n\t").ofMaxLength(6));
        return fragment.list().ofMaxSize(10).map(parts -> String.join("", parts));
    }

    /** The text as the rendered paragraph shows it: line breaks and tabs as spaces, runs of them as one. */
    private static String normalised(String text) {
        return text.replaceAll("[\\s]+", " ").strip();
    }
}
