package dev.tradeoff.view;

import dev.tradeoff.model.MarkdownLimits;
import java.util.Locale;

/**
 * The limits within which flexmark reads Markdown in time about proportional to its length, and the
 * one pass over the text that checks the first three before flexmark starts. flexmark spends on every block
 * (a line, a list item, a quote) many times what it spends on a character, and it copies the lines of
 * one block that it strips of indentation or a {@code >} once for each such line. So:
 * <ul>
 * <li>at most {@value #MAX_BLOCKS} lines and list or quote markers at the start of lines, half as
 * many again as the lines of a real five-megabyte page;
 * <li>at most {@value #MAX_INLINE_MARKS} of the characters that start inline parts or table cells
 * ({@code [ ] * _ ` < & \ ! |}), each of which may become a node: more than twice what a real
 * five-megabyte page holds;
 * <li>lines that start with a space, a tab or {@code >}, counted in runs that a line at the left
 * margin after a blank line ends (a quote, a list item or an indented block is within one run): the
 * squares of the runs' lengths add up to at most that of one run of {@value #MAX_INDENTED_LINES};
 * <li>list items and quotes nested at most {@value #MAX_DEPTH} deep, which {@link NestingLimit} checks.
 * </ul>
 */
final class MarkdownShape {

    /** The loader reports a line that opens more ({@code load.MarkdownNesting}); deeper nesting built otherwise stops here. */
    static final int MAX_DEPTH = MarkdownLimits.MAX_NESTING;
    static final int MAX_BLOCKS = 150_000;
    static final int MAX_INDENTED_LINES = 10_000;
    static final int MAX_INLINE_MARKS = 500_000;

    // Why, in the user's words, for the build's warning.
    private static final String TOO_MANY_MARKS = String.format(Locale.ROOT, "it holds more than %,d of the characters"
            + " that start links, emphasis, code spans, HTML or table cells (%s), far more than a real document, and"
            + " reading them all would take far longer than a text of its length should. Shorten it or split it up",
            MAX_INLINE_MARKS, "[ ] * _ ` < & \\ ! |");
    private static final String TOO_MANY_BLOCKS = String.format(Locale.ROOT, "it has more than %,d lines and list or"
            + " quote markers, far more than a real document, and reading them all would take far longer than a text"
            + " of its length should. Shorten it or split it up", MAX_BLOCKS);
    private static final String TOO_LONG_INDENTED = String.format(Locale.ROOT, "the quotes, list items and indented"
            + " code blocks up to the one that starts here are too long: together as costly to read as one of more"
            + " than %,d lines. Shorten them, or end them sooner with a blank line and then a line that starts at the"
            + " left margin", MAX_INDENTED_LINES);

    private MarkdownShape() {
    }

    /** Throws {@link MarkdownTooComplex} when {@code text} is beyond the limits checked here. */
    static void check(String text) {
        if (inlineMarks(text) > MAX_INLINE_MARKS) {
            throw new MarkdownTooComplex(TOO_MANY_MARKS, 0);
        }
        long blocks = 0;
        long indented = 0;
        long indentedSquares = 0;
        int runStart = 0;
        boolean afterBlank = false;
        int length = text.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            blocks += 1 + markers(text, start, end);
            if (isBlank(text, start, end)) {
                afterBlank = true;
            } else {
                boolean stripped = isIndentOrQuote(text.charAt(start));
                if (afterBlank && !stripped) {
                    indented = 0;
                }
                afterBlank = false;
                if (stripped) {
                    if (indented == 0) {
                        runStart = start;
                    }
                    // From n - 1 lines in the run to n, the square grows by 2n - 1.
                    indentedSquares += 2 * ++indented - 1;
                    if (indentedSquares > (long) MAX_INDENTED_LINES * MAX_INDENTED_LINES) {
                        throw new MarkdownTooComplex(TOO_LONG_INDENTED, runStart);
                    }
                }
            }
            if (blocks > MAX_BLOCKS) {
                throw new MarkdownTooComplex(TOO_MANY_BLOCKS, 0);
            }
            start = end < length && text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n'
                    ? end + 2 : end + 1;
        }
    }

    private static int inlineMarks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '[', ']', '*', '_', '`', '<', '&', '\\', '!', '|' -> marks++;
                default -> {
                }
            }
        }
        return marks;
    }

    /**
     * The list and quote markers that start the line {@code [start, end)} one after another ({@code - > 1. x}
     * has three), each possibly after spaces: every one can open a block.
     */
    private static int markers(CharSequence text, int start, int end) {
        int count = 0;
        int i = start;
        while (true) {
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            int marker = markerEnd(text, i, end);
            if (marker < 0) {
                return count;
            }
            count++;
            i = marker;
        }
    }

    /** The end of the list or quote marker at {@code i}, or -1 when there is none. */
    private static int markerEnd(CharSequence text, int i, int end) {
        if (i >= end) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int after = i;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            while (after < end && after - i < 9 && Character.isDigit(text.charAt(after)) && text.charAt(after) < 128) {
                after++;
            }
            if (after == i || after >= end || text.charAt(after) != '.' && text.charAt(after) != ')') {
                return -1;
            }
            after++;
        }
        return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
    }

    private static boolean isBlank(CharSequence text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean isIndentOrQuote(char c) {
        return c == ' ' || c == '\t' || c == '>';
    }
}
