package dev.tradeoff.view;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A text's headings shifted down in its Markdown, as {@link SafeMarkdown} shifts them in HTML: every
 * heading by as much as the largest is above the lowest allowed, so their order is kept, and none
 * smaller than {@code ######}. Each heading is rewritten where it stands; every other character is
 * kept as written.
 * <ul>
 * <li>An ATX heading gets more {@code #}s in its opening marker: {@code > # Why} becomes
 * {@code > ### Why}, its text and any closing {@code #}s as written.
 * <li>A setext heading ({@code Why} over {@code ===} or {@code ---}) can only be level 1 or 2, so it
 * becomes an ATX heading, its lines joined with single spaces: {@code Why\n===} becomes
 * {@code ### Why}, also in a quote or a list item, whose markers the replaced lines lose with them.
 * </ul>
 * Headings are found as flexmark finds them, in quotes and list items too; a {@code #} in code is no heading.
 */
final class LoweredHeadings {

    private static final int SMALLEST = 6;

    private final String text;
    private final boolean joinedLines;

    private LoweredHeadings(String text, boolean joinedLines) {
        this.text = text;
        this.joinedLines = joinedLines;
    }

    /**
     * {@code source}, which parsed to {@code document}, with its largest heading at {@code lowestHeading}
     * and the others shifted as much; as written when it has none larger. Text that stays as written
     * is the same {@code String}.
     */
    static LoweredHeadings of(String source, Document document, int lowestHeading) {
        List<Heading> headings = headings(document);
        int largest = headings.stream().mapToInt(Heading::getLevel).min().orElse(lowestHeading);
        int shift = lowestHeading - largest;
        if (shift <= 0) {
            return new LoweredHeadings(source, false);
        }
        StringBuilder out = new StringBuilder(source.length() + 4 * headings.size());
        int written = 0;
        boolean joined = false;
        // In document order, so each edit starts after the last one ended.
        for (Heading heading : headings) {
            int level = Math.min(SMALLEST, heading.getLevel() + shift);
            if (heading.isAtxHeading()) {
                int at = heading.getOpeningMarker().getEndOffset();
                out.append(source, written, at).append("#".repeat(level - heading.getLevel()));
                written = at;
            } else {
                boolean severalLines = hasLineBreak(heading.getText());
                joined |= severalLines;
                String line = severalLines ? oneLine(heading) : heading.getText().toString();
                out.append(source, written, heading.getStartOffset()).append(atx(level, line));
                written = heading.getEndOffset();
            }
        }
        return new LoweredHeadings(out.append(source, written, source.length()).toString(), joined);
    }

    /**
     * Whether {@code markdown} can hold a heading larger than {@code level} ({@code 3}: a {@code #} or
     * {@code ##}), without parsing it: such an ATX heading needs a run of fewer {@code #}s followed by a
     * space, a tab or the end of a line, and a setext heading (level 1 or 2) a line that ends, but for
     * spaces, in {@code =} or {@code -}. Most summaries have neither: a hyphen in a word, a list's
     * {@code - }, {@code #123} or {@code ### Why} is neither.
     */
    static boolean mayHaveHeadingLargerThan(String markdown, int level) {
        char lastOnLine = '\n';
        int hashes = 0;
        int length = markdown.length();
        for (int i = 0; i < length; i++) {
            char c = markdown.charAt(i);
            if (c == '#') {
                hashes++;
                if (hashes < level && (i + 1 == length || isSpaceOrLineEnd(markdown.charAt(i + 1)))) {
                    return true;
                }
                lastOnLine = c;
                continue;
            }
            hashes = 0;
            if (c == '\n' || c == '\r') {
                if (lastOnLine == '=' || lastOnLine == '-') {
                    return true;
                }
                lastOnLine = c;
            } else if (c != ' ' && c != '\t') {
                lastOnLine = c;
            }
        }
        return lastOnLine == '=' || lastOnLine == '-';
    }

    String text() {
        return text;
    }

    /**
     * Whether a setext heading of several lines became one line: joining lines can change how its
     * text reads ({@code [a](<x} and {@code y>)} on two lines are no link, on one they are).
     */
    boolean joinedLines() {
        return joinedLines;
    }

    /**
     * The headings in document order. Only quotes and lists are looked into, as only they hold
     * blocks; a loop rather than recursion, as in {@link InertRewrite}.
     */
    private static List<Heading> headings(Document document) {
        List<Heading> headings = new ArrayList<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(document);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Heading heading) {
                headings.add(heading);
            } else if (node instanceof Document || node instanceof BlockQuote || node instanceof ListBlock
                    || node instanceof ListItem) {
                for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                    pending.push(child);
                }
            }
        }
        return headings;
    }

    /**
     * An ATX heading of {@code text}. A closing sequence goes after text that ends in one
     * ({@code a #}), which would otherwise be read as the closing sequence and dropped.
     */
    private static String atx(int level, String text) {
        String marker = "#".repeat(level);
        return marker + " " + text + (endsInClosingSequence(text) ? " " + marker : "");
    }

    private static boolean endsInClosingSequence(String text) {
        int start = text.length();
        while (start > 0 && text.charAt(start - 1) == '#') {
            start--;
        }
        return start < text.length() && (start == 0 || text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t');
    }

    /**
     * A setext heading's text on one line: each line break, with the spaces around it, becomes one
     * space, and the backslash of a hard line break goes, as the break itself does. Its characters
     * come from the heading's text, which leaves out the quote markers and indentation of its lines.
     */
    private static String oneLine(Heading heading) {
        BasedSequence text = heading.getText();
        Set<Integer> breakBackslashes = breakBackslashes(heading);
        StringBuilder line = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') {
                line.append(c);
                i++;
                continue;
            }
            if (i > 0 && breakBackslashes.contains(text.getIndexOffset(i - 1))) {
                line.setLength(line.length() - 1);
            }
            while (!line.isEmpty() && isSpace(line.charAt(line.length() - 1))) {
                line.setLength(line.length() - 1);
            }
            while (i < text.length() && (isSpace(text.charAt(i)) || text.charAt(i) == '\n' || text.charAt(i) == '\r')) {
                i++;
            }
            line.append(' ');
        }
        return line.toString();
    }

    /** Where the backslashes of the heading's hard line breaks ({@code \} at a line's end) stand in the source. */
    private static Set<Integer> breakBackslashes(Heading heading) {
        Set<Integer> offsets = new HashSet<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(heading);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof HardLineBreak lineBreak && lineBreak.getChars().startsWith("\\")) {
                offsets.add(lineBreak.getStartOffset());
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                pending.push(child);
            }
        }
        return offsets;
    }

    private static boolean hasLineBreak(BasedSequence text) {
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }

    private static boolean isSpaceOrLineEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
