package dev.tradeoff.model;

/**
 * Limits on the Markdown a strategy may hold (summaries and pages), shared by the loader, which
 * reports a line that breaks them, and the view, which never parses past them.
 */
public final class MarkdownLimits {

    /** The most lists and quotes the site shows nested inside each other. */
    public static final int MAX_NESTING = 32;

    private MarkdownLimits() {
    }
}
