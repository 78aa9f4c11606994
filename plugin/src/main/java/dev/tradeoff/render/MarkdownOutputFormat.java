package dev.tradeoff.render;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker auto-escaping for Markdown briefs: user text cannot open a link, an emphasis, a table
 * cell, a code span or raw HTML, and cannot break a table row with a newline.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markdown> {

    static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

    private static final String SPECIAL = "\\`*_[]<>|~#";

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
        StringBuilder escaped = new StringBuilder(plainTextContent.length() + 8);
        for (int i = 0; i < plainTextContent.length(); i++) {
            char c = plainTextContent.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                escaped.append(' ');
            } else if (c == '&') {
                escaped.append("&amp;");
            } else {
                if (SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
            }
        }
        return escaped.toString();
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
