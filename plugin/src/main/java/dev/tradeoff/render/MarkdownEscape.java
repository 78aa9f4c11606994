package dev.tradeoff.render;

import dev.tradeoff.view.GitHubMentions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User text made safe inside Markdown: it cannot open a link, an emphasis, a heading, a table cell,
 * a code span or raw HTML, nor break a table row. {@code \ ` * _ [ ] < > | ~ #} are
 * backslash-escaped, line breaks and tabs become spaces. An {@code &} is backslash-escaped only
 * where it would start an entity or numeric character reference ({@code &copy;}, {@code &#169;});
 * anywhere else Markdown shows it as it is, so "R&D" stays "R&D" in a brief read as plain text.
 * An {@code @} that GitHub would read as a mention ({@code @someone}, {@code @org/team}) gets a
 * zero-width space after it ({@link GitHubMentions}): it still reads {@code @org/team}, and
 * notifies no one each time the comment is posted. The briefs (through {@link MarkdownOutputFormat})
 * and the diff comment share these rules.
 */
public final class MarkdownEscape {

    private static final String SPECIAL = "\\`*_[]<>|~#";

    /**
     * What may follow an {@code &} in a reference: a name or a number, then {@code ;}. Wider than
     * CommonMark's list of entity names on purpose: escaping an {@code &} that needed none is harmless.
     */
    private static final Pattern REFERENCE_AFTER_AMPERSAND = Pattern.compile("#?[A-Za-z0-9]+;");

    private MarkdownEscape() {
    }

    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        Matcher reference = REFERENCE_AFTER_AMPERSAND.matcher(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                escaped.append(' ');
            } else {
                // CommonMark: a backslash before any ASCII punctuation, & included, makes it literal.
                boolean startsReference = c == '&' && reference.region(i + 1, text.length()).lookingAt();
                if (startsReference || SPECIAL.indexOf(c) >= 0) {
                    escaped.append('\\');
                }
                escaped.append(c);
                if (c == '@' && GitHubMentions.startsMention(text, i)) {
                    escaped.append(GitHubMentions.BREAK);
                }
            }
        }
        return escaped.toString();
    }
}
