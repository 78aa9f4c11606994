package dev.tradeoff.view;

/** A link to an initiative's page; {@code href} is relative to the site root. */
public record InitiativeRef(String id, String title, String kind, String href) {
}
