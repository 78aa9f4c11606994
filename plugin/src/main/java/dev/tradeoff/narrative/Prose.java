package dev.tradeoff.narrative;

import java.util.List;

/** Small helpers for English sentences. */
public final class Prose {

    private Prose() {
    }

    /** "a", "a and b", "a, b and c"; lists longer than five end in "and N more". */
    public static String join(List<String> items) {
        return items.size() > 5 ? join(items.subList(0, 4), items.size() - 4) : join(items, 0);
    }

    /**
     * The {@code named} items and the count of {@code more} left unnamed: "a, b and c" when none is
     * left, else "a, b, c and 2 more".
     */
    public static String join(List<String> named, int more) {
        if (more > 0) {
            return String.join(", ", named) + " and " + more + " more";
        }
        if (named.size() <= 1) {
            return String.join("", named);
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
    }
}
