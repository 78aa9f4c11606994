package dev.tradeoff.view;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How much of one paragraph flexmark may read to find its inline parts, for the three searches of
 * flexmark that can run to the end of the paragraph from each of many starts, so that a paragraph of
 * them takes time in the square of its length:
 * <ul>
 * <li>a code span: each run of backticks looks ahead for a run of the same length ({@code `a`a`a});
 * <li>a link's destination: each {@code ](} reads up to the {@code )} that closes it or the next
 * space ({@code [a]([a]([a](});
 * <li>emphasis: each {@code *} or {@code _} that can close looks back over those before it that did
 * not match, and some that cannot match stay ({@code a**b c* c* c*}).
 * </ul>
 * The count is an upper bound found in one pass, with emphasis matched as flexmark matches it but
 * only until the count is past the limit; ordinary text counts a few times its length.
 */
final class InlineCost {

    /** Characters that may be read per character of a paragraph: ordinary text stays far below. */
    static final int MAX_READS_PER_CHAR = 40;
    /** Why, in the user's words, for the build's warning. */
    private static final String TOO_COSTLY = "this paragraph holds so many links, code spans or emphasis marks that"
            + " never close (a '[text](' without its ')', a '`' or '*' without its partner) that reading it would take"
            + " far longer than a text of its length should. Close them, escape them with a backslash (\\[ \\`"
            + " \\*), or split the paragraph with blank lines";

    private InlineCost() {
    }

    /**
     * Throws {@link MarkdownTooComplex} when reading {@code paragraph}'s inline parts may cost too much;
     * {@code start} is where the paragraph starts in the whole text.
     */
    static void check(CharSequence paragraph, int start) {
        String text = paragraph.toString();
        long budget = (long) MAX_READS_PER_CHAR * text.length();
        if (reads(text, budget) > budget) {
            throw new MarkdownTooComplex(TOO_COSTLY, start);
        }
    }

    /**
     * The upper bound of characters read (and of delimiters passed, for emphasis), for code spans,
     * link destinations and emphasis together; once past {@code budget}, some number past it.
     */
    private static long reads(String text, long budget) {
        long links = linkDestinations(text);
        return links > budget ? links : links + codeSpansAndEmphasis(text, budget - links);
    }

    /**
     * Code spans as CommonMark finds them, left to right: a run of backticks ends at the next run of
     * the same length, or, when there is none, is plain text after a search to the end. Then the
     * emphasis outside code spans, matched as flexmark matches it ({@link EmphasisWalk}).
     */
    private static long codeSpansAndEmphasis(String text, long budget) {
        int length = text.length();
        BacktickRuns backticks = new BacktickRuns(text);
        EmphasisWalk emphasis = new EmphasisWalk();
        long reads = 0;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int run = runLength(text, i);
                int close = backticks.nextOfLength(run, i + run);
                if (close >= 0) {
                    reads += close + run - i;
                    i = close + run;
                } else {
                    reads += length - i;
                    i += run;
                }
            } else if (c == '*' || c == '_') {
                int run = runLength(text, i);
                char before = i == 0 ? '\n' : text.charAt(i - 1);
                char after = i + run >= length ? '\n' : text.charAt(i + run);
                boolean left = !Character.isWhitespace(after)
                        && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
                boolean right = !Character.isWhitespace(before)
                        && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
                boolean opens = c == '*' ? left : left && (!right || isPunctuation(before));
                boolean closes = c == '*' ? right : right && (!left || isPunctuation(after));
                emphasis.add(c, run, opens, closes);
                i += run;
            } else {
                i++;
            }
        }
        return reads + emphasis.steps(Math.max(0, budget - reads));
    }

    /**
     * Each {@code ](} reads its destination up to the {@code )} that balances its {@code (}, or the
     * next white space, where a destination cannot go on; one in angle brackets up to the next
     * {@code >} or line break.
     */
    private static long linkDestinations(String text) {
        if (text.indexOf("](") < 0) {
            return 0;
        }
        int length = text.length();
        int[] closing = closingParentheses(text);
        long reads = 0;
        int nextSpace = length;
        int nextAngleEnd = length;
        for (int i = length - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                nextSpace = i;
            }
            if (c == '>' || c == '\n' || c == '\r') {
                nextAngleEnd = i;
            }
            if (c == '(' && text.charAt(i - 1) == ']') {
                boolean angle = i + 1 < length && text.charAt(i + 1) == '<';
                int end = angle ? nextAngleEnd : Math.min(nextSpace, closing[i] < 0 ? length : closing[i]);
                reads += end - i;
            }
        }
        return reads;
    }

    /** For each {@code (}, the {@code )} that balances it before the next white space; -1 when none. */
    private static int[] closingParentheses(String text) {
        int[] closing = new int[text.length()];
        int[] open = new int[text.length()];
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            closing[i] = -1;
            if (Character.isWhitespace(c)) {
                depth = 0;
            } else if (c == '\\') {
                if (i + 1 < text.length()) {
                    closing[++i] = -1;
                }
            } else if (c == '(') {
                open[depth++] = i;
            } else if (c == ')' && depth > 0) {
                closing[open[--depth]] = i;
            }
        }
        return closing;
    }

    private static int runLength(String text, int start) {
        char c = text.charAt(start);
        int end = start;
        while (end < text.length() && text.charAt(end) == c) {
            end++;
        }
        return end - start;
    }

    private static boolean isPunctuation(char c) {
        return switch (Character.getType(c)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                    Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                    Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL,
                    Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** The runs of backticks of a text, to find the next run of a given length in time linear overall. */
    private static final class BacktickRuns {

        /** Start of each run, by length, in order. */
        private final Map<Integer, int[]> starts = new HashMap<>();
        private final Map<Integer, Integer> counts = new HashMap<>();
        /** For each length, how many of its runs lie before the last place asked about. */
        private final Map<Integer, Integer> passed = new HashMap<>();

        BacktickRuns(String text) {
            int i = 0;
            while (i < text.length()) {
                if (text.charAt(i) != '`') {
                    i++;
                    continue;
                }
                int run = runLength(text, i);
                int count = counts.getOrDefault(run, 0);
                int[] at = starts.computeIfAbsent(run, k -> new int[4]);
                if (count == at.length) {
                    at = Arrays.copyOf(at, 2 * count);
                    starts.put(run, at);
                }
                at[count] = i;
                counts.put(run, count + 1);
                i += run;
            }
        }

        /**
         * Start of the first whole run of exactly {@code length} backticks at or after {@code from};
         * -1 when none. Asked with {@code from} never decreasing.
         */
        int nextOfLength(int length, int from) {
            int[] at = starts.get(length);
            if (at == null) {
                return -1;
            }
            int count = counts.get(length);
            int index = passed.getOrDefault(length, 0);
            while (index < count && at[index] < from) {
                index++;
            }
            passed.put(length, index);
            return index < count ? at[index] : -1;
        }
    }
}
