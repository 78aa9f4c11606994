package dev.tradeoff.view;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown a user wrote, rendered to HTML that is safe to embed: raw HTML is escaped (shown as
 * text, never passed through) and links or images that are not http(s), mailto or relative are
 * suppressed. Any text within the size limits renders in time about proportional to its length
 * ({@link MarkdownParsers}); text beyond the limits of {@link MarkdownShape} and {@link InlineCost},
 * which no real document reaches (a paragraph of thousands of unclosed links, lists nested more than
 * {@value MarkdownShape#MAX_DEPTH} deep, a quote of more than {@value MarkdownShape#MAX_INDENTED_LINES}
 * lines), is shown whole as escaped, preformatted text, and {@link #render} says why, for the build to
 * warn of ({@link SiteViewBuilder#plainTexts()}). Thread-safe: flexmark's parser and renderer are
 * immutable once built.
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

    public SafeMarkdown() {
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
            return MarkdownRendering.formatted(renderer.render(chosen.parse(markdown)));
        } catch (MarkdownTooComplex tooComplex) {
            // Show it as escaped text rather than take minutes, or fail the whole build.
            return new MarkdownRendering(asText(markdown), tooComplex.reason());
        } catch (StackOverflowError tooDeep) {
            return new MarkdownRendering(asText(markdown), PlainTextReason.NESTED_TOO_DEEP);
        }
    }

    /** {@code markdown} shown as written: escaped, preformatted. */
    private static String asText(String markdown) {
        return "<pre>" + HtmlEscape.escape(markdown) + "</pre>\n";
    }
}
