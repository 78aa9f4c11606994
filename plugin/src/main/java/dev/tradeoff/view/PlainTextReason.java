package dev.tradeoff.view;

/**
 * Why a Markdown text is shown as written rather than formatted, in the user's words and with what to
 * do ({@code reason}), and where in the text the trouble starts ({@code index}, a char index; 0 when it
 * is the whole text): what the build warns of.
 */
record PlainTextReason(int index, String reason) {

    /** flexmark's recursion ran out of stack before any limit was reached. */
    static final PlainTextReason NESTED_TOO_DEEP = new PlainTextReason(0, "it is nested too deeply for the Markdown"
            + " reader (brackets, emphasis, lists or quotes inside each other thousands of levels deep). Use fewer"
            + " levels");

    /**
     * flexmark failed on the text with {@code failure}, a fault of the reader ({@link ReaderFailure}). The
     * exception's class says which fault, for a report; its message, offsets into flexmark's copies of
     * the text, would not help the user.
     */
    static PlainTextReason readerFailed(RuntimeException failure) {
        return new PlainTextReason(0, "the Markdown reader failed on it (" + failure.getClass().getSimpleName()
                + " in flexmark), a fault of the reader, not of the text. Laying out its tables, lists or code"
                + " blocks differently may avoid it");
    }

    /** The same reason, about the whole text: for a place found in a text rewritten from the user's. */
    PlainTextReason inWholeText() {
        return new PlainTextReason(0, reason);
    }
}
