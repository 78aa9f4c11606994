package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A Markdown viewer that does not sanitise: flexmark's plain renderer, raw HTML passed through and
 * every link kept, with and without tables. What a brief must be safe in.
 */
public final class UnsanitisedViewer {

    private static final Pattern UNSAFE_URL = Pattern.compile("^(javascript|data|vbscript):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f]");

    private static final Parser PLAIN = Parser.builder().build();
    private static final MutableDataSet TABLES =
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    private static final Parser WITH_TABLES = Parser.builder(TABLES).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(TABLES).build();

    private UnsanitisedViewer() {
    }

    public static String html(String markdown) {
        return RENDERER.render(WITH_TABLES.parse(markdown));
    }

    /** The levels of the headings in either reading of {@code markdown}. */
    public static List<Integer> headingLevels(String markdown) {
        List<Integer> levels = new ArrayList<>();
        for (Parser parser : List.of(PLAIN, WITH_TABLES)) {
            for (Node node : parser.parse(markdown).getDescendants()) {
                if (node instanceof Heading heading) {
                    levels.add(heading.getLevel());
                }
            }
        }
        return levels;
    }

    /** Neither reading of {@code markdown} has raw HTML, a script, an event handler or an unsafe URL. */
    public static void assertInert(String markdown) {
        for (Parser parser : List.of(PLAIN, WITH_TABLES)) {
            for (Node node : parser.parse(markdown).getDescendants()) {
                assertThat(node).as("raw HTML in %s", markdown)
                        .isNotInstanceOfAny(HtmlBlockBase.class, HtmlInlineBase.class);
            }
            String html = RENDERER.render(parser.parse(markdown));
            assertThat(html).as("rendered %s", markdown).doesNotContainIgnoringCase("<script");
            for (Element element : Jsoup.parseBodyFragment(html).getAllElements()) {
                element.attributes().forEach(attribute -> {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = INVISIBLE.matcher(attribute.getValue()).replaceAll("").toLowerCase(Locale.ROOT);
                    assertThat(name).as("%s in %s", element, html).doesNotStartWith("on");
                    assertThat(value).as("%s in %s", element, html).doesNotContainPattern(UNSAFE_URL);
                });
            }
        }
    }
}
