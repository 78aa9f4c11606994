package dev.tradeoff.view;

/**
 * A free Markdown page of the user's, rendered to safe HTML; the raw Markdown goes to briefs.
 * {@code page} is its file name in {@code pages/} ({@link PageName}: a page {@code index} is
 * {@code index_.html}, so it never takes the place of the index of all pages).
 */
public record PageView(String slug, String title, String page, String html, String markdown) {
}
