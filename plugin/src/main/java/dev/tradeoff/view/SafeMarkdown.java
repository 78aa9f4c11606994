package dev.tradeoff.view;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown a user wrote, rendered to HTML that is safe to embed: raw HTML is escaped (shown as
 * text, never passed through) and links or images that are not http(s), mailto or relative are
 * suppressed. Thread-safe: flexmark's parser and renderer are immutable once built.
 */
public final class SafeMarkdown {

    /** Any URL with a scheme other than http, https or mailto (javascript:, data:, file:, vbscript:, ...). */
    private static final String UNSAFE_LINKS = "(?i)^(?!https?:|mailto:)[a-z][a-z0-9+.\\-]*:.*";

    private final Parser parser;
    private final HtmlRenderer renderer;

    public SafeMarkdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESSED_LINKS, UNSAFE_LINKS);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).attributeProviderFactory(SafeLinks.factory()).build();
    }

    public String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        try {
            return renderer.render(parser.parse(markdown));
        } catch (StackOverflowError tooDeep) {
            // Pathologically nested Markdown (thousands of quotes or lists) exhausts the parser's
            // recursion; show it as escaped text rather than fail the whole build.
            return "<pre>" + HtmlEscape.escape(markdown) + "</pre>\n";
        }
    }

    /**
     * The user's Markdown for a brief, with raw HTML escaped: {@code <} becomes {@code &lt;}, so a
     * viewer that does not sanitise (unlike GitHub) still shows the tags as text.
     */
    public static String withoutRawHtml(String markdown) {
        return markdown == null ? "" : markdown.replace("<", "&lt;");
    }

}
