package dev.tradeoff.view;

import java.util.List;

/** An entry of the navigation bar: {@code href} is relative to the site root. */
public record NavItem(String id, String label, String href) {

    /** The sections of the default site, in the order the bar shows them. */
    public static final List<NavItem> SECTIONS = List.of(
            new NavItem("summary", "Summary", "index.html"),
            new NavItem("initiatives", "Initiatives", "initiatives/index.html"));
}
