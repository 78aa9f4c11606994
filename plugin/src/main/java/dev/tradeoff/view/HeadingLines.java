package dev.tradeoff.view;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * flexmark's heading parser, asked only about lines that can be a heading: a run of one to six
 * {@code #} and then a space, a tab or the end of the line, or a line of only {@code =} or only
 * {@code -}. flexmark's own copies the whole paragraph so far before it looks at the line, for every
 * line of a paragraph that starts with anything but a letter, so a paragraph of many such lines (a
 * long table, a pasted list of figures) took time in the square of its lines. Every line it can
 * take still reaches it, so the document is the same.
 */
final class HeadingLines extends HeadingParser.Factory {

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = super.apply(options);
        boolean anyHashes = Parser.HEADING_NO_ATX_SPACE.get(options);
        return (state, matched) -> mayBeHeading(state.getLine(), state.getNextNonSpaceIndex(), anyHashes)
                ? headings.tryStart(state, matched) : BlockStart.none();
    }

    /**
     * Whether {@code line}, from {@code start} (its first character that is not a space), can be an
     * ATX heading or a setext underline; {@code anyHashes} when a heading needs no space after its {@code #}.
     */
    static boolean mayBeHeading(CharSequence line, int start, boolean anyHashes) {
        if (start >= line.length()) {
            return false;
        }
        char marker = line.charAt(start);
        int end = start;
        while (end < line.length() && line.charAt(end) == marker) {
            end++;
        }
        if (marker == '#') {
            return anyHashes || end - start <= 6 && (end == line.length() || isSpaceOrEnd(line.charAt(end)));
        }
        if (marker != '=' && marker != '-') {
            return false;
        }
        while (end < line.length() && isSpaceOrEnd(line.charAt(end))) {
            end++;
        }
        return end == line.length();
    }

    private static boolean isSpaceOrEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
