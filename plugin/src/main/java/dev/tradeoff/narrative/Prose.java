package dev.tradeoff.narrative;

import java.util.List;

/** Small helpers for English sentences. */
public final class Prose {

    private Prose() {
    }

    /** "a", "a and b", "a, b and c"; lists longer than five end in "and N more". */
    public static String join(List<String> items) {
        int shown = items.size() > 5 ? 4 : items.size();
        List<String> head = items.subList(0, shown);
        String tail = items.size() > shown ? (items.size() - shown) + " more" : null;
        if (tail == null && head.size() == 1) {
            return head.get(0);
        }
        if (tail == null) {
            return String.join(", ", head.subList(0, head.size() - 1)) + " and " + head.get(head.size() - 1);
        }
        return String.join(", ", head) + " and " + tail;
    }
}
