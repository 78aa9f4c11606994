package dev.tradeoff.view;

/** A free Markdown page of the user's, rendered to safe HTML; the raw Markdown goes to briefs. */
public record PageView(String slug, String title, String html, String markdown) {
}
