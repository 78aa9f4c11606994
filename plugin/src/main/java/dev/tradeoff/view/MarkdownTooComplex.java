package dev.tradeoff.view;

/**
 * Markdown that flexmark would take too long to read: nested deeper than {@link MarkdownShape#MAX_DEPTH},
 * too many blocks, or a paragraph whose links, code spans or emphasis would each be searched for
 * to its end. {@link SafeMarkdown} and {@link SafeMarkdownSource} show such text as written instead,
 * and the build warns of it with {@link #getMessage()}, which says why in the user's words and what to
 * do, at {@link #index()}.
 */
final class MarkdownTooComplex extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Where in the text the trouble starts (a char index), so that the warning can point there. */
    private final int index;

    MarkdownTooComplex(String reason, int index) {
        // No stack trace: this is an answer, not a failure, and it may come thousands of frames deep.
        super(reason, null, false, false);
        this.index = index;
    }

    int index() {
        return index;
    }

    /** Why in the user's words and where: what the build warns of. */
    PlainTextReason reason() {
        return new PlainTextReason(index, getMessage());
    }
}
