package dev.tradeoff.load;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quoted value whose closing quote is missing from its line. YAML lets a quoted value run over
 * lines, so the parser reads on to the next quote, in a value lines below, and stops at whatever
 * follows it, with a message about that place ("a value cannot start with '%'"). The fix is where
 * the quote opens, so the error is said there.
 */
final class QuoteLeftOpen {

    /** A line's value after its key or list marker: {@code key: value}, {@code - value}, {@code - key: value}. */
    private static final Pattern VALUE = Pattern.compile("^(\\s*(?:-\\s+)*(?:[^\\s#\"'][^:#]*?:\\s+)?)(.*)$");
    /** A block scalar's header ({@code |}, {@code >-}, {@code |2}): the lines under it are text, not YAML. */
    private static final Pattern BLOCK = Pattern.compile("[|>][-+0-9]*\\s*(#.*)?");

    private QuoteLeftOpen() {
    }

    /**
     * The error said at the quote left open on a line before {@code error}'s, when the value it opens
     * runs on to the line the parser stopped at (or the one before it); empty otherwise.
     */
    static Optional<YamlSyntaxError> before(String text, YamlSyntaxError error) {
        if (text == null || error.line() < 2) {
            return Optional.empty();
        }
        // The parser reads the text with its separators hidden (LineSeparators), so it counts lines so too.
        String[] lines = TextPosition.lines(text);
        YamlSyntaxError found = null;
        int blockIndent = -1;
        for (int i = 0; i < Math.min(lines.length, error.line() - 1); i++) {
            String line = lines[i];
            int indent = indentOf(line);
            if (blockIndent >= 0 && (line.isBlank() || indent > blockIndent)) {
                continue;
            }
            blockIndent = -1;
            Matcher value = VALUE.matcher(line);
            if (!value.matches()) {
                continue;
            }
            String rest = value.group(2);
            if (BLOCK.matcher(rest).matches()) {
                blockIndent = indent;
                continue;
            }
            if (rest.isEmpty() || (rest.charAt(0) != '"' && rest.charAt(0) != '\'')) {
                continue;
            }
            char quote = rest.charAt(0);
            if (closes(rest, 1, quote) >= 0) {
                continue;
            }
            int closeLine = closingLine(lines, i + 1, quote);
            // 1-based: the parser stops on the line that closes it, or just after it.
            if (closeLine >= 0 && (closeLine + 1 == error.line() || closeLine + 2 == error.line())) {
                String prefix = value.group(1);
                found = new YamlSyntaxError(i + 1, prefix.codePointCount(0, prefix.length()) + 1,
                        "unclosed quote: the value that starts here has no closing " + quote
                                + " on this line, so YAML reads it on to line " + error.line()
                                + ", where it stops; close the quote on this line");
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether {@code line} is a key or list item whose value is a '|' or '>' block: text on the lines below. */
    static boolean opensBlockText(String line) {
        Matcher value = VALUE.matcher(line);
        return value.matches() && BLOCK.matcher(value.group(2)).matches();
    }

    /** The first line from {@code from} on that holds the closing quote; −1 when none does. */
    private static int closingLine(String[] lines, int from, char quote) {
        for (int i = from; i < lines.length; i++) {
            if (closes(lines[i], 0, quote) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where in {@code text}, from {@code from}, the quote closes: {@code \"} escapes in double quotes, {@code ''} in single. */
    private static int closes(String text, int from, char quote) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
