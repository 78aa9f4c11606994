package dev.tradeoff.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker auto-escaping for Markdown briefs: user text cannot open a link, an emphasis, a table
 * cell, a code span or raw HTML, cannot break a table row with a newline, and mentions no one on
 * GitHub ({@link MarkdownEscape}).
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {

    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private MarkdownOutputFormat() {
    }

    @Override
    public String getName() {
        return "Markdown";
    }

    @Override
    public String getMimeType() {
        return "text/markdown";
    }

    @Override
    public void output(String textToEsc, Writer out) throws IOException {
        out.write(escapePlainText(textToEsc));
    }

    @Override
    public String escapePlainText(String plainTextContent) {
        return MarkdownEscape.escape(plainTextContent);
    }

    @Override
    public boolean isLegacyBuiltInBypassed(String builtInName) {
        return false;
    }

    @Override
    protected Markdown newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
        return new Markdown(plainTextContent, markupContent);
    }

    /** A piece of Markdown known to be safe, as FreeMarker needs it typed. */
    static final class Markdown extends CommonTemplateMarkupOutputModel<Markdown> {

        Markdown(String plainTextContent, String markupContent) {
            super(plainTextContent, markupContent);
        }

        @Override
        public MarkdownOutputFormat getOutputFormat() {
            return INSTANCE;
        }
    }
}
