package dev.tradeoff.view;

import dev.tradeoff.narrative.SectionStories;
import java.util.List;

/**
 * The first few of a longer list, in its order, and how many more there are: what a brief or a
 * section page shows of a list that grows with the portfolio ("… and 412 more"), so that it stays
 * readable at any size. The complete list is in a reference table elsewhere (the initiatives index,
 * the teams table), which the page points to.
 */
public record Shortlist<T>(List<T> items, int more) {

    /**
     * How many a shortlist shows: enough to act on, few enough to read on one page. The same number
     * as the late initiatives and overloaded teams a page's findings name one by one.
     */
    public static final int SIZE = SectionStories.NAMED;

    public Shortlist {
        items = List.copyOf(items);
    }

    /** The first {@link #SIZE} of {@code ordered}. */
    public static <T> Shortlist<T> of(List<T> ordered) {
        return of(ordered, SIZE);
    }

    static <T> Shortlist<T> of(List<T> ordered, int size) {
        int shown = Math.min(size, ordered.size());
        return new Shortlist<>(ordered.subList(0, shown), ordered.size() - shown);
    }

    /** How many there are in all, shown or not. */
    public int total() {
        return items.size() + more;
    }
}
