package dev.tradeoff.model;

/** A free Markdown page from {@code pages/<slug>.md}: front matter {@code title} and {@code order}, then the body. */
public record Page(String slug, String title, int order, String markdown) {
}
