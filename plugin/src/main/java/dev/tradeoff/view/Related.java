package dev.tradeoff.view;

/** Another initiative this one relates to (enables, enabled by), with what the relation says. */
public record Related(String id, String title, String href, String detail) {
}
