package dev.tradeoff.load;

/**
 * The 1-based line and column of a place in a text, counted the way the YAML parser counts them:
 * columns in code points, and \n, \r\n, \r, U+0085, U+2028 and U+2029 each end a line.
 */
record TextPosition(int line, int column) {

    /** The position of {@code index} (a char index) in {@code text}. */
    static TextPosition of(CharSequence text, int index) {
        int line = 1;
        int column = 1;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))) {
                column++;
            }
        }
        return new TextPosition(line, column);
    }
}
