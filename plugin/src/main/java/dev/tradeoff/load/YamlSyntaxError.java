package dev.tradeoff.load;

import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.Mark;
import com.fasterxml.jackson.dataformat.yaml.snakeyaml.error.MarkedYAMLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A YAML syntax error in the user's words: the parser's "expected &lt;block end&gt;, but found
 * '&lt;block mapping start&gt;'" becomes "bad indentation: ...". Lines and columns are 1-based.
 */
record YamlSyntaxError(int line, int column, String message) {

    private static final Pattern CANNOT_START = Pattern.compile("found character '(.+?)' that cannot start any token.*");

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
        if (problem.contains("\\t") || problem.contains("(TAB)")) {
            message = indentation(text, problemMark)
                    ? "tab character used for indentation; YAML is indented with spaces only"
                    : "tab character before a value; separate values from ':', '-', ',' or '[' with spaces only";
        } else if (cannotStart.matches()) {
            message = "a value cannot start with '" + cannotStart.group(1) + "'; put the value in quotes";
        } else if (problem.startsWith("mapping values are not allowed")) {
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
        return new YamlSyntaxError(at.getLine() + 1, at.getColumn() + 1, message);
    }

    /**
     * The line and column (0-based) of the last '[' or '{' before {@code at} that its own line does not
     * close, outside quotes and comments; null when there is none or it cannot be told.
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
                return new int[] {line, opened};
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
