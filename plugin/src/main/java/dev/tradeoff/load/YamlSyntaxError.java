package dev.tradeoff.load;

import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error in the user's words: the parser's "expected &lt;block end&gt;, but found
 * '&lt;block mapping start&gt;'" becomes "bad indentation: ...". Lines and columns are 1-based.
 */
record YamlSyntaxError(int line, int column, String message) {

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token.*");
    private static final Pattern NODE_CONTENT = Pattern.compile("expected the node content, but found '(.)'");

    static YamlSyntaxError of(MarkedYAMLException e) {
        return of(e, null);
    }

    /** {@code text} is the YAML that was parsed (or null), to tell indentation from a tab after a ':'. */
    static YamlSyntaxError of(MarkedYAMLException e, String text) {
        String problem = String.valueOf(e.getProblem());
        String context = e.getContext() == null ? "" : e.getContext();
        Mark problemMark = e.getProblemMark();
        Mark contextMark = e.getContextMark() != null ? e.getContextMark() : problemMark;
        Mark at = problemMark;
        String message;
        Matcher cannotStart = CANNOT_START.matcher(problem);
        Matcher nodeContent = NODE_CONTENT.matcher(problem);
        int[] oddSpace = problem.startsWith("mapping values are not allowed")
                || context.contains("simple key") && problem.contains("could not find expected ':'")
                ? spaceAfterColon(text, problemMark) : null;
        if (oddSpace != null) {
            // "title:<no-break space>Checkout" is one plain value to YAML; the parser stops a line or two later.
            return new YamlSyntaxError(oddSpace[0] + 1, oddSpace[1] + 1, "':' is followed by "
                    + String.format(Locale.ROOT, "U+%04X", oddSpace[2]) + " " + Character.getName(oddSpace[2])
                    + ", not an ordinary space, so YAML does not read a key here; type an ordinary space after ':'");
        }
        // Set by the errors about a line's first character, which a line of '|' or '>' text indented too little is.
        boolean lineStart = false;
        if (problem.contains("\\t") || problem.contains("(TAB)")) {
            message = indentation(text, problemMark)
                    ? "tab character used for indentation; YAML is indented with spaces only"
                    : "tab character before a value; separate values from ':', '-', ',' or '[' with spaces only";
        } else if (cannotStart.matches()) {
            message = "a value cannot start with '" + cannotStart.group(1) + "'; put the value in quotes";
            lineStart = true;
        } else if (context.startsWith("while scanning an anchor") || context.startsWith("while scanning an alias")) {
            // '&' and '*' start an anchor and an alias: "title: *New* checkout", a Markdown '* item'.
            at = contextMark;
            boolean anchor = context.startsWith("while scanning an anchor");
            message = "a value cannot start with '" + (anchor ? '&' : '*') + "' (in YAML it starts "
                    + (anchor ? "an anchor" : "an alias") + "); put the value in quotes";
            lineStart = true;
        } else if (nodeContent.matches() && context.contains("block node")) {
            message = "a value cannot start with '" + nodeContent.group(1) + "'; put the value in quotes";
            lineStart = true;
        } else if (problem.startsWith("sequence entries are not allowed here")) {
            message = "a list cannot start on the same line as its key; put each '- ' item on a line of its own,"
                    + " indented under the key, or write the list as [a, b]";
        } else if (problem.startsWith("mapping keys are not allowed here")) {
            message = "a value cannot start with '?'; put the value in quotes";
        } else if (problem.startsWith("expected '<document start>'")) {
            message = documentStart(text, problemMark);
        } else if (context.startsWith("while scanning a block scalar")) {
            message = "after '|' or '>' only '-' or '+' and an indentation digit from 1 to 9 may follow on its line;"
                    + " start the text on the next line, indented";
        } else if (problem.startsWith("found undefined tag handle")) {
            message = "unknown tag '" + problem.replaceFirst("^found undefined tag handle\\s*", "").trim()
                    + "'; a strategy uses no tags: remove it, or put the value in quotes";
        } else if (problem.startsWith("mapping values are not allowed")) {
            YamlSyntaxError underAValue = indentedUnderAValue(text, problemMark);
            if (underAValue != null) {
                return underAValue;
            }
            message = "unexpected ':' here; check the indentation, or quote a value that contains ': '";
        } else if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            at = contextMark;
            message = "unclosed quote: this string has no closing quote";
        } else if (context.contains("flow sequence") && problem.contains("<stream end>")) {
            at = contextMark;
            message = "unclosed '[': this list has no closing ']'";
        } else if (context.contains("flow mapping") && problem.contains("<stream end>")) {
            at = contextMark;
            message = "unclosed '{': this mapping has no closing '}'";
        } else if (context.contains("flow node") && problem.contains("found '-'")) {
            // "teams: [" and then a block list: the '[' opened an inline list that the '- ' cannot continue.
            String open = "an inline list or mapping ('[' or '{') is open here when a '- ' list item follows;"
                    + " close it on its own line, or remove it and keep the '- ' items";
            int[] bracket = lastOpenBracket(text, problemMark);
            if (bracket != null) {
                return new YamlSyntaxError(bracket[0] + 1, bracket[1] + 1, open);
            }
            message = open;
        } else if (context.contains("flow sequence") && problem.startsWith("expected ',' or ']'")) {
            at = contextMark;
            message = "this list has no closing ']' where it should end, or a ',' is missing between its values";
        } else if (context.contains("flow mapping") && problem.startsWith("expected ',' or '}'")) {
            at = contextMark;
            message = "this mapping has no closing '}' where it should end, or a ',' is missing between its entries";
        } else if (problem.contains("<stream end>") || problem.contains("end of stream")) {
            at = contextMark;
            message = "the file ends before this value is complete; look for an unclosed quote, '[' or '{'";
        } else if (problem.startsWith("expected <block end>")) {
            message = blockEnd(problem, context, contextMark);
        } else if (context.contains("simple key") && problem.contains("could not find expected ':'")) {
            at = contextMark;
            message = "expected 'key: value' here, but there is no ':' after the key";
        } else if (problem.startsWith("expected escape sequence") || problem.startsWith("found unknown escape")) {
            message = "invalid escape in a double-quoted string (" + clean(problem) + "); use single quotes for backslashes";
        } else {
            message = "invalid YAML: " + clean(context.isEmpty() ? problem : context + ", " + problem);
        }
        if (at == null) {
            return new YamlSyntaxError(0, 0, message);
        }
        if (lineStart || message.startsWith("unexpected text after the value")) {
            int header = blockTextLeft(text, at.getLine());
            if (header >= 0) {
                message = "this line is indented less than the text of the block that starts at line " + (header + 1)
                        + ", so YAML no longer reads it as part of that text; indent it like the lines above it";
            }
        }
        return new YamlSyntaxError(at.getLine() + 1, at.getColumn() + 1, message);
    }

    /**
     * The line (0-based) of the '|' or '>' header whose text the lines just above {@code line} are, when
     * {@code line} is indented less than that text (so it ends it, as the user rarely means); −1 otherwise.
     */
    private static int blockTextLeft(String text, int line) {
        if (text == null) {
            return -1;
        }
        String[] lines = TextPosition.lines(text);
        if (line <= 0 || line >= lines.length) {
            return -1;
        }
        int indent = indentOf(lines[line]);
        int textIndent = Integer.MAX_VALUE;
        for (int i = line - 1; i >= 0; i--) {
            String above = lines[i];
            if (above.isBlank()) {
                continue;
            }
            int aboveIndent = indentOf(above);
            if (QuoteLeftOpen.opensBlockText(above)) {
                return textIndent != Integer.MAX_VALUE && textIndent > aboveIndent && indent < textIndent ? i : -1;
            }
            if (aboveIndent <= indent) {
                return -1;
            }
            textIndent = Math.min(textIndent, aboveIndent);
        }
        return -1;
    }

    /**
     * "benefits: x" above "  - type: revenue", or "quarterly: 3" above a line indented one space more:
     * a line indented under a key that has a value on its own line is read as more of that value
     * (a plain value goes on over lines), and its ':' is then unexpected. Said at the line, naming the
     * key; null when the line above is no such key.
     */
    private static YamlSyntaxError indentedUnderAValue(String text, Mark at) {
        if (text == null || at == null) {
            return null;
        }
        String[] lines = TextPosition.lines(text);
        int line = at.getLine();
        if (line <= 0 || line >= lines.length) {
            return null;
        }
        int indent = indentOf(lines[line]);
        for (int i = line - 1; i >= 0; i--) {
            String above = lines[i];
            if (above.isBlank() || above.strip().startsWith("#")) {
                continue;
            }
            Matcher keyed = KEY_WITH_VALUE.matcher(above);
            if (!keyed.matches() || keyed.group(1).length() >= indent) {
                return null;
            }
            String value = keyed.group(3).replaceFirst("\\s+#.*$", "");
            String key = keyed.group(2).strip();
            return new YamlSyntaxError(line + 1, indent + 1, "this line is indented under '" + key + "' (line " + (i + 1)
                    + "), which has a value on its own line already ('" + shortened(value) + "'), so YAML reads this"
                    + " line as more of that value; line it up with '" + key + "', or remove '" + shortened(value)
                    + "' to put a list or mapping under '" + key + "'");
        }
        return null;
    }

    /**
     * A line "key: value", optionally a list item's, whose value is a plain one: not a '|' or '>' block,
     * a quote, a '[' or '{' collection, an anchor, alias or tag. Groups: the indentation up to the key,
     * the key, the value.
     */
    private static final Pattern KEY_WITH_VALUE =
            Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s#\"'\\-\\[{][^:#]*?):\\s+([^\\s#|>\"'\\[{&*!%@`].*)$");

    private static String shortened(String value) {
        String stripped = value.strip();
        return stripped.length() <= 40 ? stripped : stripped.substring(0, 39) + "…";
    }

    /**
     * "expected &lt;document start&gt;": the YAML goes on after its first mapping ended, because a '...'
     * line ended the document, or the first key is indented and a later one is not.
     */
    private static String documentStart(String text, Mark at) {
        String[] lines = text == null ? new String[0] : TextPosition.lines(text);
        int first = -1;
        for (int i = 0; at != null && i < Math.min(lines.length, at.getLine()); i++) {
            String line = lines[i].strip();
            if (line.equals("...") || line.startsWith("... ")) {
                return "the '...' on line " + (i + 1) + " ends the YAML document, and this line comes after it;"
                        + " remove the '...'";
            }
            if (first < 0 && !line.isEmpty() && !line.startsWith("#") && !line.startsWith("%") && !line.equals("---")) {
                first = i;
            }
        }
        if (first >= 0 && at != null && indentOf(lines[first]) > at.getColumn()) {
            return "bad indentation: this line does not line up with line " + (first + 1) + ", which is indented by "
                    + indentOf(lines[first]) + (indentOf(lines[first]) == 1 ? " space" : " spaces")
                    + "; start the top-level keys at the beginning of their lines";
        }
        return "bad indentation: this line does not line up with the lines above it";
    }

    /**
     * {line, column, code point} (0-based) of a ':' followed by a space that is not U+0020 (a no-break
     * space pasted from a document), on {@code at}'s line or the one before it: YAML sees no key there.
     */
    private static int[] spaceAfterColon(String text, Mark at) {
        if (text == null || at == null) {
            return null;
        }
        String[] lines = TextPosition.lines(text);
        for (int line = Math.max(0, at.getLine() - 1); line <= Math.min(at.getLine(), lines.length - 1); line++) {
            String s = lines[line];
            for (int i = 0; i + 1 < s.length(); i++) {
                char next = s.charAt(i + 1);
                if (s.charAt(i) == ':' && next != ' ' && Character.getType(next) == Character.SPACE_SEPARATOR) {
                    if (s.substring(0, i).indexOf('"') >= 0 || s.substring(0, i).indexOf('\'') >= 0) {
                        break;
                    }
                    return new int[] {line, s.codePointCount(0, i + 1), next};
                }
            }
        }
        return null;
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The line and column (0-based, in code points) of the last '[' or '{' before {@code at} that its own
     * line does not close, outside quotes and comments; null when there is none or it cannot be told.
     */
    private static int[] lastOpenBracket(String text, Mark at) {
        if (text == null || at == null) {
            return null;
        }
        String[] lines = TextPosition.lines(text);
        for (int line = Math.min(at.getLine(), lines.length) - 1; line >= 0; line--) {
            int depth = 0;
            int opened = -1;
            char quote = 0;
            String s = lines[line];
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                    break;
                } else if (c == '[' || c == '{') {
                    depth++;
                    opened = depth == 1 ? i : opened;
                } else if ((c == ']' || c == '}') && depth > 0) {
                    depth--;
                }
            }
            if (depth > 0) {
                return new int[] {line, s.codePointCount(0, opened)};
            }
        }
        return null;
    }

    /** Whether only spaces and tabs come before {@code at} on its line (true when that cannot be told). */
    private static boolean indentation(String text, Mark at) {
        if (text == null || at == null) {
            return true;
        }
        int start = 0;
        for (int line = 0; line < at.getLine(); line++) {
            start = TextPosition.nextLineStart(text, start);
            if (start < 0) {
                return true;
            }
        }
        for (int i = start; i < Math.min(text.length(), start + at.getColumn()); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String blockEnd(String problem, String context, Mark contextMark) {
        String started = contextMark == null ? "" : " that starts at line " + (contextMark.getLine() + 1);
        if (problem.contains("<block mapping start>") || problem.contains("<block sequence start>")) {
            return "bad indentation: this line does not line up with the "
                    + (context.contains("mapping") ? "mapping" : "list") + started;
        }
        if (problem.contains("'-'")) {
            return "a list item ('- ') where a key was expected; check the indentation";
        }
        if (problem.contains("'?'") || problem.contains("<block mapping")) {
            return "a key where a list item ('- ') was expected; check the indentation";
        }
        if (problem.contains("<scalar>")) {
            return "unexpected text after the value; put the whole value in quotes"
                    + " (inside single quotes, write '' for a quote)";
        }
        return "unexpected " + clean(problem.replaceFirst("^expected <block end>, but found ", ""))
                + " here; check the indentation";
    }

    /** A parser message without Java class names, angle-bracket tokens or source excerpts. */
    static String clean(String message) {
        if (message == null || message.isBlank()) {
            return "invalid YAML";
        }
        String text = message;
        int at = text.indexOf("\n at [Source");
        if (at >= 0) {
            text = text.substring(0, at);
        }
        at = text.indexOf(" in 'reader'");
        if (at >= 0) {
            text = text.substring(0, at);
        }
        text = text.replaceAll("<(?:org|com|java)\\.[^>]*>", "something else")
                .replace("<block end>", "the end of the block")
                .replace("<stream end>", "the end of the file")
                .replaceAll("<([a-z ]+)>", "$1")
                .replaceAll("\\b(?:[a-z]+\\.)+[A-Z][A-Za-z]*(?:Exception|Error)\\b:?\\s*", "")
                .replaceAll("\\s+", " ")
                .trim();
        return text.isEmpty() ? "invalid YAML" : text;
    }
}
