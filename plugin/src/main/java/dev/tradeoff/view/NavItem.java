package dev.tradeoff.view;

import java.util.List;

/** An entry of the navigation bar: {@code href} is relative to the site root. */
public record NavItem(String id, String label, String href) {

    /** The scalability page; its name also names what scalability work addresses. */
    public static final NavItem SCALE = new NavItem("scale", "Scalability", "scale.html");

    /** The sections of the default site, in the order the bar shows them. */
    public static final List<NavItem> SECTIONS = List.of(
            new NavItem("summary", "Summary", "index.html"),
            new NavItem("initiatives", "Initiatives", "initiatives/index.html"),
            new NavItem("matrix", "Value / risk", "matrix.html"),
            new NavItem("allocation", "Allocation", "allocation.html"),
            new NavItem("sequencing", "Cost of delay", "sequencing.html"),
            new NavItem("roadmap", "Roadmap", "roadmap.html"),
            new NavItem("okrs", "OKRs", "okrs/index.html"),
            new NavItem("signals", "Signals", "signals.html"),
            SCALE,
            new NavItem("teams", "Teams", "teams.html"));
}
