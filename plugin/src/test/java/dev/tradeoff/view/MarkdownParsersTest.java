package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The replaced parts of flexmark read Markdown as flexmark does, and read each character a bounded number of times. */
class MarkdownParsersTest {

    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
    private static final Parser OURS = MarkdownParsers.parser(OPTIONS);
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    /** Reads allowed per character: ordinary Markdown reads each a few times. */
    private static final int READS_PER_CHAR = 50;

    @ParameterizedTest
    @ValueSource(strings = {
        "# One\n## Two ##\n###### Six\n####### Seven\n#Tag\n#\n# \n  ### Indented\n    # Code\n",
        "Setext\n===\n\nAnother\n---\n\nNot one\n=x\n\nTrailing\n==  \n\nTabs\n-\t\n",
        "Para\n# Heading interrupts\n- list\n> quote\n1. one\n2) two\n\n* * *\n- - -\n___\n",
        "[r]: /url \"Title\"\n[R2]: <a b> 'x'\n[r3]:\n  /multi\n  (paren title)\n\n[r] [R2][] [x][r3] [missing]\n",
        "> [q]: /in-quote\n\n- [l]: /in-list\n\n[q] and [l]\n",
        "[a](b \"t\") [a](<b c>) [a](b(c)d) ![i](j 'k') [a]( b ) [a](\n/next) <http://x.y> <m@x.y>\n",
        "`code` ``co`de`` ` spaced ` ```x``` `unclosed and *emph* **strong** _u_ __uu__ ***both***\n",
        "a*b*c a_b_c *a **b** c* **a *b* c** *a_ _a* \\*esc\\* &amp; &#65; &#x41; &bogus; \\[x]\n",
        "<div>\nblock\n</div>\n\n<span>inline</span> <!-- c --> <?pi?> <!D> <![CDATA[x]]>\n",
        "| a | b |\n|---|:-:|\n| [x](y) | `c|d` |\n| *e* | <i>f</i> |\n\nLine  \nbreak\\\nhere\n",
        "- a\n  - b\n    - c\n\n      code\n\n1. x\n\n   > quoted\n   > lines\nlazy\n",
        "Windows\r\nlines\r\n# h\r\n\r\n[r]\r\n\r\n[r]: /crlf\r\n"})
    void readsAsFlexmarkDoes(String markdown) {
        assertThat(RENDERER.render(OURS.parse(markdown))).isEqualTo(RENDERER.render(FLEXMARK.parse(markdown)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            references             | "[a]"
            full references        | "[x][y] "
            unclosed titles        | "[a](b ""x "
            unclosed code spans    | "`a``"
            """)
    void readsEachCharacterABoundedNumberOfTimes(String pattern, String unit) {
        String markdown = unit.repeat(8_000 / unit.length());

        assertThat(reads(OURS, markdown)).isLessThan((long) READS_PER_CHAR * markdown.length());
        // flexmark's own inline parser copies the rest of the paragraph for each match: the test can tell.
        assertThat(reads(FLEXMARK, markdown)).isGreaterThan((long) READS_PER_CHAR * markdown.length());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "# a"      | true
            "######"   | true
            "#\tx"     | true
            "=== "     | true
            "-"        | true
            "---\n"    | true
            "#a"       | false
            "####### " | false
            "=x"       | false
            "- x"      | false
            "1. x"     | false
            "| a |"    | false
            "text"     | false
            """)
    void onlyLinesThatCanBeHeadingsReachTheHeadingParser(String line, boolean mayBeHeading) {
        assertThat(HeadingLines.mayBeHeading(line, 0, false)).isEqualTo(mayBeHeading);
    }

    private static long reads(Parser parser, String markdown) {
        CountingText text = new CountingText(markdown);
        RENDERER.render(parser.parse(BasedSequence.of(text)));
        return text.reads;
    }

    /** Text that counts how often its characters are read. */
    private static final class CountingText implements CharSequence {

        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            reads += end - start;
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            reads += text.length();
            return text;
        }
    }
}
