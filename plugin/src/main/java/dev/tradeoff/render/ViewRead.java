package dev.tradeoff.render;

import java.util.List;

/**
 * One thing a template read of the site view, by the path of record components that leads to it
 * ({@code ["totals", "npv"]}): either the whole value there ({@code whole}), or only which record
 * is there, or none ({@code site.scale??}), its parts being read one by one and recorded apart.
 */
record ViewRead(List<String> path, boolean whole) {

    ViewRead {
        path = List.copyOf(path);
    }
}
