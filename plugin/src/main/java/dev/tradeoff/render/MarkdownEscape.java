package dev.tradeoff.render;

/**
 * User text made safe inside Markdown: it cannot open a link, an emphasis, a heading, a table cell,
 * a code span or raw HTML, nor break a table row. {@code \ ` * _ [ ] < > | ~ #} are
 * backslash-escaped, {@code &} becomes {@code &amp;}, line breaks and tabs become spaces.
 * The briefs (through {@link MarkdownOutputFormat}) and the diff comment share these rules.
 */
public final class MarkdownEscape {

    private static final String SPECIAL = "\\`*_[]<>|~#";

    private MarkdownEscape() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
}
