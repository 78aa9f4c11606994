package dev.tradeoff.view;

/** A labelled link; {@code href} is relative to the page, or an http(s) URL the user gave. */
public record Link(String label, String href) {
}
