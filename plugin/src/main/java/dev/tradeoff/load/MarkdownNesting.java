package dev.tradeoff.load;

import dev.tradeoff.model.MarkdownLimits;

/**
 * Finds a line of Markdown that opens more than {@value #MAX_DEPTH} lists or quotes inside each other
 * at once ({@code - - - - x}, {@code > > > x}, {@code 1. - > x}): no text means that, each such line
 * costs the Markdown parser time in the square of its length, and the site shows Markdown nested
 * that deep as plain text. Lines in fenced code blocks, lines indented as code and rules
 * ({@code - - -}) open nothing. One pass, in time proportional to the text.
 */
final class MarkdownNesting {

    /** The deepest the site renders lists and quotes. */
    static final int MAX_DEPTH = MarkdownLimits.MAX_NESTING;

    private MarkdownNesting() {
    }

    /** A line that opens {@code markers} lists or quotes; the first one too many starts at {@code index}. */
    record TooDeep(int index, int markers) {

        String message() {
            return "this line opens " + markers + " lists or quotes inside each other ('- - - …' or '> > > …');"
                    + " Markdown is shown nested at most " + MAX_DEPTH + " levels deep. Check for a run of '- '"
                    + " or '> ' pasted by mistake, or use fewer levels";
        }
    }

    /** The first line of {@code markdown} that opens more than {@link #MAX_DEPTH} lists or quotes; null when none. */
    static TooDeep find(String markdown) {
        char fence = 0;
        int fenceLength = 0;
        int length = markdown.length();
        int start = 0;
        while (start < length) {
            int end = start;
            while (end < length && markdown.charAt(end) != '\n' && markdown.charAt(end) != '\r') {
                end++;
            }
            if (fence != 0) {
                if (closesFence(markdown, start, end, fence, fenceLength)) {
                    fence = 0;
                }
            } else {
                Line line = new Line(markdown, start, end);
                if (line.markers > MAX_DEPTH) {
                    return new TooDeep(line.tooMany, line.markers);
                }
                int run = line.content < 0 ? 0 : runLength(markdown, line.content, end);
                if (run >= 3 && (markdown.charAt(line.content) == '`' || markdown.charAt(line.content) == '~')) {
                    fence = markdown.charAt(line.content);
                    fenceLength = run;
                }
            }
            start = end + 1;
        }
        return null;
    }

    /** The list and quote markers that start one line. */
    private static final class Line {

        private final String text;
        private final int end;
        /** Where the rest of the line could be a rule of '-', or of '*': from there on, only that and spaces. */
        private final int dashRule;
        private final int starRule;
        int markers;
        /** Where marker number {@link #MAX_DEPTH} + 1 starts; -1 before there are that many. */
        int tooMany = -1;
        /** Where the text after the markers starts; -1 when it is indented as code. */
        int content;

        Line(String text, int start, int end) {
            this.text = text;
            this.end = end;
            this.dashRule = ruleStart(start, '-');
            this.starRule = ruleStart(start, '*');
            content = skipSpaces(start, 3);
            while (content >= 0) {
                int marker = markerEnd(content);
                if (marker < 0) {
                    break;
                }
                markers++;
                if (markers == MAX_DEPTH + 1) {
                    tooMany = content;
                }
                // After a marker, more than four columns of space start code, not another marker.
                content = skipSpaces(marker, 4);
            }
        }

        /** The index after at most {@code columns} columns of spaces and tabs from {@code from}; -1 if there are more. */
        private int skipSpaces(int from, int columns) {
            int used = 0;
            int i = from;
            while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                used += text.charAt(i) == '\t' ? 4 : 1;
                i++;
            }
            return used > columns ? -1 : i;
        }

        private int markerEnd(int i) {
            if (i >= end) {
                return -1;
            }
            char c = text.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            int after;
            if (c == '-' || c == '+' || c == '*') {
                if (c != '+' && isRule(i, c)) {
                    return -1;
                }
                after = i + 1;
            } else {
                after = i;
                while (after < end && after - i < 9 && text.charAt(after) >= '0' && text.charAt(after) <= '9') {
                    after++;
                }
                if (after == i || after >= end || text.charAt(after) != '.' && text.charAt(after) != ')') {
                    return -1;
                }
                after++;
            }
            return after == end || text.charAt(after) == ' ' || text.charAt(after) == '\t' ? after : -1;
        }

        /** The first index from which the line holds only {@code c}, spaces and tabs. */
        private int ruleStart(int start, char c) {
            int i = end;
            while (i > start && (text.charAt(i - 1) == c || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
                i--;
            }
            return i;
        }

        /**
         * Whether the rest of the line from {@code i} is a thematic break of {@code c}: three or more,
         * and spaces. Counted only where the rest holds nothing else, so at most a few times a line.
         */
        private boolean isRule(int i, char c) {
            if (i < (c == '-' ? dashRule : starRule)) {
                return false;
            }
            int count = 0;
            for (int k = i; k < end && count < 3; k++) {
                if (text.charAt(k) == c) {
                    count++;
                }
            }
            return count >= 3;
        }
    }

    /** Whether the line closes a fence of {@code length} or more {@code fence} characters (after any indent or '>'). */
    private static boolean closesFence(String text, int start, int end, char fence, int length) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '>')) {
            i++;
        }
        int run = 0;
        while (i < end && text.charAt(i) == fence) {
            run++;
            i++;
        }
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return run >= length && i == end;
    }

    private static int runLength(String text, int start, int end) {
        if (start >= end) {
            return 0;
        }
        int i = start;
        while (i < end && text.charAt(i) == text.charAt(start)) {
            i++;
        }
        return i - start;
    }
}
