package dev.tradeoff.load;

/**
 * The 1-based line and column of a place in a text as an editor, {@code grep -n} and the user count
 * them: columns in code points, and only \n, \r\n and a lone \r end a line. U+2028, U+2029 and U+0085
 * do not (nor do they in YAML 1.2); {@link YamlTree} makes its YAML 1.1 parser count the same way.
 */
record TextPosition(int line, int column) {

    /** The position of {@code index} (a char index) in {@code text}. */
    static TextPosition of(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (endsLine(text, i)) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                column++;
            }
        }
        return new TextPosition(line, column);
    }

    /** {@code text}'s lines as these positions count them, without their ends; a last empty one after a final end. */
    static String[] lines(String text) {
        return text.split("\r\n|\n|\r", -1);
    }

    /** The index where the line after the one holding {@code from} starts, or -1 when it is the last. */
    static int nextLineStart(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (endsLine(text, i)) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Whether the char at {@code i} ends a line: a \n, or a \r that no \n follows (that \n ends it). */
    private static boolean endsLine(CharSequence text, int i) {
        char c = text.charAt(i);
        return c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n');
    }
}
