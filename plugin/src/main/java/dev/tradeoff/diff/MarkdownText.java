package dev.tradeoff.diff;

import dev.tradeoff.render.MarkdownEscape;
import java.util.regex.Pattern;

/**
 * User text made safe for a Markdown pull-request comment: it cannot open a link, an emphasis, a
 * heading, a table cell, a code span or raw HTML, nor break a table row, nor mention anyone. The
 * same rules as the briefs ({@link MarkdownEscape}): {@code \ ` * _ [ ] < > | ~ #} are
 * backslash-escaped, and so is an {@code &} that would start a character reference; an {@code @}
 * that would start a mention is followed by a zero-width space; line breaks and tabs become spaces.
 */
final class MarkdownText {

    private static final Pattern CODE_SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

    private MarkdownText() {
    }

    static String escape(String text) {
        return MarkdownEscape.escape(text);
    }

    /** At most {@code max} characters of {@code text} (an ellipsis marks a cut), escaped. */
    static String escape(String text, int max) {
        return escape(truncate(text, max));
    }

    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        // Between words when one ends near the cut: "…t of conversion" reads as a typo.
        int space = text.lastIndexOf(' ', end);
        if (space > 0 && end - space <= WORD) {
            end = space;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }

    /** How far a cut moves to fall between words rather than inside one. */
    private static final int WORD = 20;

    /**
     * At most {@code max} characters of {@code text} from where it first differs from {@code other}
     * less a little context, ellipses marking the cuts: two long summaries that differ only at their
     * ends would otherwise be cut to the same words, and the table would hide the change it shows.
     */
    static String aroundFirstDifference(String text, String other, int max) {
        if (text.length() <= max || text.equals(other)) {
            return truncate(text, max);
        }
        int same = 0;
        int common = Math.min(text.length(), other.length());
        while (same < common && text.charAt(same) == other.charAt(same)) {
            same++;
        }
        int from = Math.max(0, same - max / 4);
        if (from == 0) {
            return truncate(text, max);
        }
        if (Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        // From the start of the word the cut falls in, as the end is cut between words.
        int space = text.lastIndexOf(' ', from - 1);
        if (space >= 0 && from - space <= WORD) {
            from = space + 1;
        }
        return "…" + truncate(text.substring(from), max - 1);
    }

    /** An id or key-result reference as a code span; anything else escaped as text. */
    static String code(String id) {
        return CODE_SAFE.matcher(id).matches() ? "`" + id + "`" : escape(id, 200);
    }
}
