package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A summary copied into a brief: only its raw HTML and unsafe links are rewritten, the rest as written. */
class SafeMarkdownSourceTest {

    private final SafeMarkdownSource source = new SafeMarkdownSource();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "[js](javascript:alert(3))"                        → "js"
            "[d](data:text/html,hi)"                           → "d"
            "[v](VBScript:msgbox(1) 'title')"                  → "v"
            "![x](javascript:alert(1))"                        → "x"
            "[**bold** text](javascript:x)"                    → "**bold** text"
            "[](javascript:x)!"                                → "!"
            "[a](&#106;avascript:x) [b](java&Tab;script:x)"    → "a b"
            "[a](<javascript:x>) [b](javascript&colon;x)"      → "a b"
            "<javascript:alert(1)>"                            → "`javascript:alert(1)`"
            "<data:text/html,x`y>"                             → "``data:text/html,x`y``"
            "[[x](javascript:a)](javascript:b)"                → "x"
            "[![x](javascript:a)](javascript:b)"               → "x"
            "[<b>x</b>](javascript:a)"                         → "&lt;b>x&lt;/b>"
            "Before <script>alert(1)</script> after"           → "Before &lt;script>alert(1)&lt;/script> after"
            "<img src=x onerror=alert(1)> <!-- note -->"       → "&lt;img src=x onerror=alert(1)> &lt;!-- note -->"
            """)
    void unsafePartsBecomeText(String markdown, String inert) {
        assertThat(source.toMarkdown(markdown)).isEqualTo(inert);
        UnsanitisedViewer.assertInert(source.toMarkdown(markdown));
    }

    /**
     * CommonMark 0.29 and later (GitHub, markdown-it, cmark) read a link destination in angle brackets
     * with spaces in it as a link to {@code javascript:x%20y}; flexmark 0.64 reads text. Its {@code <}
     * becomes {@code &lt;}: shown as written, a link to no one.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "[a](<javascript:x y>)"                            → "[a](&lt;javascript:x y>)"
            "![i](<javascript:x y> 't')"                       → "![i](&lt;javascript:x y> 't')"
            "[a]( <java\\>script:x y>)"                       → "[a]( &lt;java\\>script:x y>)"
            "[a](<&#106;avascript:x y>) [b](<data:x, y>)"      → "[a](&lt;&#106;avascript:x y>) [b](&lt;data:x, y>)"
            "[a][r]\\n\\n[r]: <javascript:x y>"                 → "[a][r]\\n\\n[r]: &lt;javascript:x y>"
            "[a](\\n<javascript:x y>)"                          → "[a](\\n&lt;javascript:x y>)"
            """)
    void anUnsafeDestinationInAngleBracketsWithASpaceBecomesText(String markdown, String inert) {
        assertThat(source.toMarkdown(markdown.replace("\\n", "\n"))).isEqualTo(inert.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "[a](<../my file.png>)"
            "`[a](<javascript:x y>)`"
            "    [a](<javascript:x y>)"
            "```\\n[a](<javascript:x y>)\\n```"
            "(<javascript:x y>) and [a] (<javascript:x y>)"
            "[a](<javascript:x\\ny>)"
            """)
    void aDestinationInAngleBracketsThatNoViewerLinksOrThatIsSafeStaysAsWritten(String markdown) {
        String text = markdown.replace("\\n", "\n");

        assertThat(source.toMarkdown(text)).isEqualTo(text);
    }

    /** The line ending between {@code ](} and the {@code <} may be CRLF or a lone CR as well as LF. */
    @Test
    void anUnsafeDestinationInAngleBracketsAfterACarriageReturnBecomesText() {
        assertThat(source.toMarkdown("[a](\r\n<javascript:x y>)")).isEqualTo("[a](\r\n&lt;javascript:x y>)");
        assertThat(source.toMarkdown("[a](  \r\n\t<javascript:x y>)")).isEqualTo("[a](  \r\n\t&lt;javascript:x y>)");
        assertThat(source.toMarkdown("[a](\r<javascript:x y>)")).isEqualTo("[a](\r&lt;javascript:x y>)");
        assertThat(source.toMarkdown("[r]:\r\n<javascript:x y>")).isEqualTo("[r]:\r\n&lt;javascript:x y>");
    }

    /**
     * A backslash escapes a {@code <}, a {@code >} or a backslash inside the destination, as CommonMark
     * reads it: {@code \<} does not end it, {@code \\>} does, so both stay links to GitHub and are made text.
     */
    @Test
    void anUnsafeDestinationInAngleBracketsWithEscapesInItBecomesText() {
        assertThat(source.toMarkdown("[a](<javascript:x\\<y z>)")).isEqualTo("[a](&lt;javascript:x\\<y z>)");
        assertThat(source.toMarkdown("[a](<javascript:x y\\\\>)")).isEqualTo("[a](&lt;javascript:x y\\\\>)");
        // A backslash last in the text escapes nothing, and no '>' ends the destination: no link anywhere.
        assertThat(source.toMarkdown("[a](<javascript:x y\\")).isEqualTo("[a](<javascript:x y\\");
    }

    /** The URL checked is the one between the angle brackets: an https URL with a space is kept as written. */
    @Test
    void aSafeDestinationInAngleBracketsWithASpaceAndASchemeStaysAsWritten() {
        assertThat(source.toMarkdown("[a](<https://example.com/a b>)")).isEqualTo("[a](<https://example.com/a b>)");
        assertThat(source.toMarkdown("[a](\r\n<mailto:cto@example.com x>)"))
                .isEqualTo("[a](\r\n<mailto:cto@example.com x>)");
    }

    @Test
    void referenceToAnUnsafeUrlKeepsItsTextAndTheDefinitionGoes() {
        String markdown = "See [the plan][r], [r] and ![chart][r].\n\n[r]: javascript:alert(1) \"t\"\n";

        assertThat(source.toMarkdown(markdown)).isEqualTo("See the plan, r and chart.\n\n\n");
    }

    @Test
    void referenceInAQuoteGoesToo() {
        assertThat(source.toMarkdown("> [a][r]\n>\n> [r]: data:text/html,x\n")).isEqualTo("> a\n>\n> \n");
    }

    @Test
    void htmlBlockIsEscapedAndTheMarkdownItHidUnsafeLinksInIsMadeInertToo() {
        String markdown = "<div onclick=\"x()\">\n[a](javascript:alert(1))\n</div>\n\n<!-- [b](javascript:b) -->\n";

        assertThat(source.toMarkdown(markdown))
                .isEqualTo("&lt;div onclick=\"x()\">\na\n&lt;/div>\n\n&lt;!-- b -->\n");
    }

    @Test
    void whatATableRowSplitsOutOfACodeSpanIsMadeInert() {
        // To flexmark the code spans hold the pipes; GitHub-flavoured viewers split the row at them
        // first (not at an escaped one), and a link and a tag appear.
        String markdown = """
                | a | b | c |
                |---|---|---|
                | `x | [y](javascript:z) | w` |
                | `x | <b> | y` | `a \\| [e](javascript:z)` | c |
                """;

        assertThat(source.toMarkdown(markdown)).isEqualTo("""
                | a | b | c |
                |---|---|---|
                | `x | y | w` |
                | `x | &lt;b> | y` | `a \\| [e](javascript:z)` | c |
                """);
    }

    @Test
    void rawHtmlThatACodeSpanHidesOnlyWhenTheTextIsReadWithoutTablesIsMadeInert() {
        // Read without tables, one code span runs from the first line to the last and holds the <b>;
        // read with them, the table ends at its separator row and the <b> is raw HTML after it.
        String markdown = "`a | b\n---|---\n<b>`";

        assertThat(source.toMarkdown(markdown)).isEqualTo("`a | b\n---|---\n&lt;b>`");
        UnsanitisedViewer.assertInert(source.toMarkdown(markdown));
    }

    @Test
    void linesRightAfterATableAreRowsToGitHubSoWhatACodeSpanAcrossThemHidesIsMadeInert() {
        // flexmark ends the table at the first line without a pipe: "`x" and "<b>`" are one code span
        // to it. GitHub ends it only at a blank line or another block: they are two rows, and the
        // second holds a tag, or a live link.
        assertThat(source.toMarkdown("| a | b |\n|---|---|\n| c | d |\n`x\n<b>`\n"))
                .isEqualTo("| a | b |\n|---|---|\n| c | d |\n`x\n&lt;b>`\n");
        assertThat(source.toMarkdown("| a | b |\n|---|---|\n| c | d |\n`x\n[js](javascript:alert(1))`\n"))
                .isEqualTo("| a | b |\n|---|---|\n| c | d |\n`x\njs`\n");
        assertThat(source.toMarkdown("> | a | b |\n> |---|---|\n> | c | d |\n> `x\n> <b>`\n"))
                .isEqualTo("> | a | b |\n> |---|---|\n> | c | d |\n> `x\n> &lt;b>`\n");
    }

    @Test
    void aTableThatFlexmarkReadsAsASetextHeadingIsReadAsATableToo() {
        // A "---" or "===" line after it makes all of it a setext heading to flexmark, with one code
        // span across the pipes; to GitHub it is a table with a tag in a cell, then a rule or a row.
        assertThat(source.toMarkdown("| a | b |\n|---|---|\n| `c | <b>` |\n---\n"))
                .isEqualTo("| a | b |\n|---|---|\n| `c | &lt;b>` |\n---\n");
        assertThat(source.toMarkdown("| a | b |\n|---|---|\n| c | d |\n`x\n<b>`\n===\n"))
                .isEqualTo("| a | b |\n|---|---|\n| c | d |\n`x\n&lt;b>`\n===\n");
        // A heading with a pipe and no table is read as before.
        assertThat(source.toMarkdown("Costs | `List<String>`\n---\n")).isEqualTo("Costs | `List<String>`\n---\n");
    }

    @Test
    void linesAfterATableAndABlankLineOrWithNothingUnsafeStayByteForByte() {
        // After a blank line they are a paragraph to GitHub too, and "`x\n<b>`" one code span.
        assertThat(source.toMarkdown("| a | b |\n|---|---|\n| c | d |\n\n`x\n<b>`\n"))
                .isEqualTo("| a | b |\n|---|---|\n| c | d |\n\n`x\n<b>`\n");
        assertThat(source.toMarkdown("| a | b |\n|---|---|\n| c | d |\nsee `List<String>` and 1 < 2\n"))
                .isEqualTo("| a | b |\n|---|---|\n| c | d |\nsee `List<String>` and 1 < 2\n");
    }

    @Test
    void aCodeSpanAcrossTableRowsWithNothingUnsafeStaysByteForByte() {
        assertThat(source.toMarkdown("`a | b\n---|---\nc`")).isEqualTo("`a | b\n---|---\nc`");
        assertThat(source.toMarkdown("| `a` | b |\n|---|---|\n| `<b>` | c |\n"))
                .isEqualTo("| `a` | b |\n|---|---|\n| `<b>` | c |\n");
    }

    @Test
    void safeMarkdownComesOutByteForByte() {
        String markdown = """
                # Checkout v2

                One **PCI-scoped** core instead of _three_ forks; see [the RFC](https://example.com/rfc?a=1&b=2 "RFC"),
                [the runbook](../runbook.md), [mail us](mailto:pay@example.com), <https://example.com/status>,
                <pay@example.com>, [the plan][plan] and [plan].

                1. `List<String>` stays as written
                2. so does a <-- arrow, a < b and &lt;

                > Quoted, with ![the chart](../charts/matrix.svg) in it.

                | Quarter | Cost |
                |---|---:|
                | 2027-Q1 | `Map<K, V>` |

                ```java
                List<String> names = new ArrayList<>();
                ```

                    indented <code> block

                [plan]: https://example.com/plan "The plan"
                """;

        assertThat(source.toMarkdown(markdown)).isEqualTo(markdown);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '→', quoteCharacter = '"', textBlock = """
            "Ask @alice or @org/platform-team."               → "Ask @&#8203;alice or @&#8203;org/platform-team."
            "**Owner:** @payments, (@ops) and @@x"            → "**Owner:** @&#8203;payments, (@&#8203;ops) and @@&#8203;x"
            "*a*@x and _a_@y"                                 → "*a*@&#8203;x and _a_@&#8203;y"
            "_em_@alice"                                      → "_em_@&#8203;alice"
            "[@team] is no link"                              → "[@&#8203;team] is no link"
            "<b>@x</b>"                                       → "&lt;b>@&#8203;x&lt;/b>"
            "Mail pay@example.com or <pay@example.com>"       → "Mail pay@example.com or <pay@example.com>"
            "`@alice` and `npm i @org/pkg`"                   → "`@alice` and `npm i @org/pkg`"
            "[@alice](https://github.com/alice) and ![@x](a.png)" → "[@alice](https://github.com/alice) and ![@x](a.png)"
            "[x][@r] and [][@s] stay text"                    → "[x][@&#8203;r] and [][@&#8203;s] stay text"
            "![x `@c`][@r] stays text, its code code"         → "![x `@c`][@&#8203;r] stays text, its code code"
            "[@t][r]\n\n[r]: https://example.com/@t"          → "[@t][r]\n\n[r]: https://example.com/@t"
            "```\n@alice\n```\n\n    @bob\n"                → "```\n@alice\n```\n\n    @bob\n"
            """)
    void mentionsAreBrokenInTextButNotInCodeOrLinks(String markdown, String broken) {
        assertThat(source.toMarkdown(markdown)).isEqualTo(broken);
        assertThat(GitHubMentionFilter.liveMentions(source.toMarkdown(markdown))).isEmpty();
    }

    /** An undefined reference's label is found before the text inside its brackets: both are broken, in order. */
    @Test
    void mentionsInsideAndAfterAnUndefinedReferenceAreBothBroken() {
        assertThat(source.toMarkdown("[@a][@b]")).isEqualTo("[@&#8203;a][@&#8203;b]");
    }

    @Test
    void aWebAddressKeepsItsAt() {
        // GitHub links the bare address too, and a link mentions no one; flexmark's plain reading does not link it.
        String markdown = "<https://medium.com/@team> and https://medium.com/@team/post, not https://@team";

        assertThat(source.toMarkdown(markdown))
                .isEqualTo("<https://medium.com/@team> and https://medium.com/@team/post, not https://@&#8203;team");
    }

    @Test
    void aCodeSpanThatATablePipeSplitsIsTextToo() {
        // GitHub splits the row at the pipe first: "`x " and " @y`" are cells of text, no code span.
        String markdown = "| a | b |\n|---|---|\n| `x | @y` |\n| `@z` | `a \\| @w` |\n";

        assertThat(source.toMarkdown(markdown))
                .isEqualTo("| a | b |\n|---|---|\n| `x | @&#8203;y` |\n| `@z` | `a \\| @w` |\n");
    }

    @Test
    void aBrokenMentionReadsAsWritten() {
        String broken = source.toMarkdown("Owned by @org/platform-team (ask @alice).");

        assertThat(Jsoup.parse(UnsanitisedViewer.html(broken)).text().replace("\u200B", ""))
                .isEqualTo("Owned by @org/platform-team (ask @alice).");
        assertThat(source.toMarkdown(broken)).isEqualTo(broken);
    }

    @Test
    void codeKeepsItsAngleBrackets() {
        String markdown = "Returns `List<String>` or `<script>`.\n\n```\n<script>alert(1)</script>\n```\n";

        assertThat(source.toMarkdown(markdown)).isEqualTo(markdown);
        assertThat(Jsoup.parse(UnsanitisedViewer.html(source.toMarkdown(markdown))).select("code").eachText())
                .containsExactly("List<String>", "<script>", "<script>alert(1)</script>");
    }

    @Test
    void everyUnsafeFormAtOnceRendersInert() {
        String markdown = """
                <script>alert("block")</script>

                Inline <img src=x onerror=alert(1)> and [x](javascript:alert(2)) and ![y](data:image/svg+xml,z)
                and <javascript:alert(3)> and [ref][r] and [hex](&#x6A;avascript:alert(4)).

                <details open ontoggle=alert(5)>
                [hidden](javascript:alert(6))
                </details>

                | a | b |
                |---|---|
                | <script>alert(7)</script> | [c](vbscript:msgbox(8)) |

                [r]: javascript:alert(9)
                """;

        String inert = source.toMarkdown(markdown);

        UnsanitisedViewer.assertInert(inert);
        assertThat(Jsoup.parse(UnsanitisedViewer.html(inert)).text())
                .contains("<script>alert(\"block\")</script>", "<img src=x onerror=alert(1)>", "and x and y",
                        "javascript:alert(3)", "and ref and hex.", "hidden", "<script>alert(7)</script>");
    }

    @Test
    void linksNestedTooDeepToSettleBecomeACodeBlock() {
        String markdown = "[".repeat(20) + "x" + "](javascript:a)".repeat(20);

        assertThat(source.toMarkdown(markdown)).isEqualTo("```\n" + markdown + "\n```\n");
    }

    @Test
    void linksNestedEightDeepAreTooManyPassesAndSevenDeepSettle() {
        // Each pass takes out one level and uncovers the next: seven levels settle in seven passes,
        // eight need more than the eight passes allowed (the eighth leaves "x" unconfirmed).
        String seven = "[".repeat(7) + "x" + "](javascript:a)".repeat(7);
        String eight = "[".repeat(8) + "x" + "](javascript:a)".repeat(8);

        assertThat(source.toMarkdown(seven)).isEqualTo("x");
        assertThat(source.toMarkdown(eight)).isEqualTo("```\n" + eight + "\n```\n");
    }

    /** Text beyond the limits with nothing unsafe in it is safe as written, and stays so, headings and all. */
    @Test
    void safeTextTooLongToReadKeepsItsHeadingsAsWritten() {
        String markdown = "# Title\n" + "a\n".repeat(MarkdownShape.MAX_BLOCKS);

        assertThat(new SafeMarkdownSource(3).toMarkdown(markdown)).isSameAs(markdown);
    }

    @Test
    void markdownTooDeepToParseBecomesACodeBlockTheTextCannotClose() {
        // Lists nested this deep exhaust flexmark's recursion (quotes do not).
        String markdown = "- ".repeat(50_000) + "[x](javascript:alert(1))\n```\n";

        assertThat(source.toMarkdown(markdown)).isEqualTo("````\n" + markdown + "````\n");
    }

    @Test
    void nothingIsEmpty() {
        assertThat(source.toMarkdown(null)).isEmpty();
        assertThat(source.toMarkdown("")).isEmpty();
    }

    @Test
    void sameResultOnManyThreads() {
        List<String> summaries = IntStream.range(0, 400)
                .mapToObj(i -> "Item " + i + " [a](javascript:" + i + ") <b>" + i + "</b> `List<" + i + ">`\n")
                .toList();

        List<String> sequential = summaries.stream().map(source::toMarkdown).toList();

        assertThat(summaries.parallelStream().map(source::toMarkdown).toList()).isEqualTo(sequential);
        assertThat(sequential.get(7)).isEqualTo("Item 7 a &lt;b>7&lt;/b> `List<7>`\n");
    }
}
