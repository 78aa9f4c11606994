package dev.tradeoff.view;

/**
 * Markdown that flexmark would take too long to read: nested deeper than {@link MarkdownShape#MAX_DEPTH},
 * too many blocks, or a paragraph whose links, code spans or emphasis would each be searched for
 * to its end. {@link SafeMarkdown} and {@link SafeMarkdownSource} show such text as written instead.
 */
final class MarkdownTooComplex extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MarkdownTooComplex(String reason) {
        // No stack trace: this is an answer, not a failure, and it may come thousands of frames deep.
        super(reason, null, false, false);
    }
}
