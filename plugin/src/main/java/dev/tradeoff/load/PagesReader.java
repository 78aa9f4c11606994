package dev.tradeoff.load;

import dev.tradeoff.model.Page;
import java.util.List;

/**
 * {@code pages/<slug>.md}: YAML front matter between {@code ---} lines at the very top (a
 * {@code title}, an optional {@code order}), then the Markdown body, which may not nest lists or
 * quotes deeper than the site shows them ({@link MarkdownNesting}).
 */
final class PagesReader {

    private static final List<String> KEYS = List.of("title", "order");
    private static final String FENCE = "---";

    private PagesReader() {
    }

    /** The page, or null when the file has problems; {@code text} is the whole decoded file. */
    static Page read(String slug, String text, StrategyFolder folder, NodeReader reader) {
        int before = reader.problemCount();
        String normalized = text.replace("\r\n", "\n");
        if (!firstLine(normalized).strip().equals(FENCE)) {
            reader.problem(1, 1, "expected front matter at the top: a '---' line, 'title: ...', and a closing '---' line");
            return null;
        }
        int frontStart = normalized.indexOf('\n') + 1;
        int close = frontStart == 0 ? -1 : closingFence(normalized, frontStart);
        if (close < 0) {
            reader.problem(1, 1, "the front matter that starts here is never closed with a '---' line");
            return null;
        }
        String front = normalized.substring(frontStart, close);
        int bodyStart = normalized.indexOf('\n', close);
        String body = bodyStart < 0 ? "" : normalized.substring(bodyStart + 1);

        if (front.isBlank()) {
            reader.problem(1, 1, "the front matter is empty; expected at least 'title: ...'");
            return null;
        }
        // The front matter's first line is line 2 of the file.
        YamlMapping root = folder.parseMapping(reader.file(), front, 1, "title and, optionally, order");
        if (root == null) {
            return null;
        }
        Fields fields = reader.fields(root, null, KEYS);
        String title = fields.requiredText("title");
        int order = fields.wholeNumber("order", Integer.MIN_VALUE, Integer.MAX_VALUE, 0);
        MarkdownNesting.TooDeep deep = MarkdownNesting.find(body);
        if (deep != null) {
            TextPosition at = TextPosition.of(normalized, bodyStart + 1 + deep.index());
            reader.problem(at.line(), at.column(), deep.message());
        }
        if (reader.problemCount() > before) {
            return null;
        }
        return new Page(slug, title, order, body);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** Index of the closing '---' line at or after {@code from}, or -1. */
    private static int closingFence(String text, int from) {
        int lineStart = from;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
            if (line.strip().equals(FENCE)) {
                return lineStart;
            }
            if (end < 0) {
                return -1;
            }
            lineStart = end + 1;
        }
        return -1;
    }
}
