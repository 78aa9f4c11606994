package dev.tradeoff.view;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Markdown a user wrote, rendered to HTML that is safe to embed: raw HTML is escaped (shown as
 * text, never passed through) and links or images that are not http(s), mailto or relative are
 * suppressed. Any text within the size limits renders in time about proportional to its length
 * ({@link MarkdownParsers}); text beyond the limits of {@link MarkdownShape} and {@link InlineCost},
 * which no real document reaches (a paragraph of thousands of unclosed links, lists nested more than
 * {@value MarkdownShape#MAX_DEPTH} deep, a quote of more than {@value MarkdownShape#MAX_INDENTED_LINES}
 * lines), or that makes flexmark itself fail ({@link ReaderFailure}), is shown whole as escaped,
 * preformatted text, and {@link #render} says why, for the build to warn of
 * ({@link SiteViewBuilder#plainTexts()}). Thread-safe: flexmark's parser and renderer are immutable
 * once built.
 */
public final class SafeMarkdown {

    /** Any URL with a scheme other than http, https or mailto (javascript:, data:, file:, vbscript:, ...). */
    private static final String UNSAFE_LINKS = "(?i)^(?!https?:|mailto:)[a-z][a-z0-9+.\\-]*:.*";

    /** Parses tables too; used only for text with a {@code |}, which every table row needs. */
    private final Parser tableParser;
    /**
     * The same parser without the tables extension, whose paragraph pre-processor sets up regular
     * expressions for every document: most summaries have no table, and this one is faster.
     */
    private final Parser parser;
    private final HtmlRenderer renderer;
    /** The largest heading the text may have: 1 for h1; a summary under the page's h2 has h3. */
    private final int lowestHeading;

    /** Headings kept as written. */
    public SafeMarkdown() {
        this(1);
    }

    /**
     * Headings no larger than {@code lowestHeading} ({@code 2}: "# Title" and "## Part" render as h2
     * and h3; text whose largest is "##" stays as written), so that text placed under a page's own
     * h1, or under a section's h2, keeps one h1 to a page and its headings in order, as screen
     * readers list them.
     */
    public SafeMarkdown(int lowestHeading) {
        this.lowestHeading = lowestHeading;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, UNSAFE_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        tableParser = MarkdownParsers.parser(options);
        parser = MarkdownParsers.parser(new MutableDataSet(options).set(Parser.EXTENSIONS, List.of()));
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(SafeLinks.factory())
                .nodeRendererFactory(UndefinedReferences.factory()).build();
    }

    public String toHtml(String markdown) {
        return render(markdown).text();
    }

    /** {@code markdown} as HTML, and why it is shown as written when it is. */
    MarkdownRendering render(String markdown) {
        return render(markdown, markdown != null && markdown.indexOf('|') >= 0 ? tableParser : parser);
    }

    /** Always with the tables extension: for the test that skipping it changes nothing. */
    String toHtmlWithTables(String markdown) {
        return render(markdown, tableParser).text();
    }

    private MarkdownRendering render(String markdown, Parser chosen) {
        if (markdown == null || markdown.isBlank()) {
            return MarkdownRendering.formatted("");
        }
        try {
            MarkdownShape.check(markdown);
            Node document = chosen.parse(markdown);
            if (lowestHeading > 1 && mayHaveHeadings(markdown)) {
                lowerHeadings(document);
            }
            return MarkdownRendering.formatted(renderer.render(document));
        } catch (MarkdownTooComplex tooComplex) {
            // Show it as escaped text rather than take minutes, or fail the whole build.
            return new MarkdownRendering(asText(markdown), tooComplex.reason());
        } catch (StackOverflowError tooDeep) {
            return new MarkdownRendering(asText(markdown), PlainTextReason.NESTED_TOO_DEEP);
        } catch (RuntimeException failure) {
            // flexmark's own fault, which this text triggers: show the text as written rather than fail
            // the build. Any other exception is a fault of ours, or the renderer's, and must not be hidden.
            if (!ReaderFailure.isFlexmarks(failure)) {
                throw failure;
            }
            return new MarkdownRendering(asText(markdown), PlainTextReason.readerFailed(failure));
        }
    }

    /**
     * Shifts every heading down by as much as the largest one is above {@link #lowestHeading}, so
     * that their order is kept ("#", "##" → h2, h3 in a page); h6 is the smallest. A visitor of its
     * own each time: renders run on several threads.
     */
    private void lowerHeadings(Node document) {
        List<Heading> headings = new ArrayList<>();
        new NodeVisitor(new VisitHandler<>(Heading.class, headings::add)).visit(document);
        int largest = headings.stream().mapToInt(Heading::getLevel).min().orElse(lowestHeading);
        int shift = lowestHeading - largest;
        if (shift > 0) {
            headings.forEach(heading -> heading.setLevel(Math.min(6, heading.getLevel() + shift)));
        }
    }

    /** A heading needs a '#' (ATX) or a line of '=' or '-' under it (setext): most summaries have none. */
    private static boolean mayHaveHeadings(String markdown) {
        return markdown.indexOf('#') >= 0 || markdown.indexOf('=') >= 0 || markdown.indexOf('-') >= 0;
    }

    /** {@code markdown} shown as written: escaped, preformatted. */
    private static String asText(String markdown) {
        return "<pre>" + HtmlEscape.escape(markdown) + "</pre>\n";
    }
}
