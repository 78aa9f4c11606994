package dev.tradeoff.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which reads of the site view give something else in the new view than in the last one. Each read
 * is compared once per build (comparing a list of a thousand initiatives costs a thousand equals),
 * however many pages made it. Safe to use from several threads.
 */
final class ViewChanges {

    private final Object last;
    private final Object next;
    private final Comparisons comparisons;
    private final Map<ViewRead, Boolean> changed = new ConcurrentHashMap<>();

    /** The changes from {@code last} to {@code next}, comparing values through {@code comparisons}. */
    ViewChanges(Object last, Object next, Comparisons comparisons) {
        this.last = last;
        this.next = next;
        this.comparisons = comparisons;
    }

    boolean anyChanged(Iterable<ViewRead> reads) {
        for (ViewRead read : reads) {
            if (changed.computeIfAbsent(read, this::compare)) {
                return true;
            }
        }
        return false;
    }

    private boolean compare(ViewRead read) {
        Object a = RecordParts.at(last, read.path());
        Object b = RecordParts.at(next, read.path());
        if (a == RecordParts.UNKNOWN || b == RecordParts.UNKNOWN) {
            return true;
        }
        if (read.whole()) {
            return !comparisons.same(a, b);
        }
        return (a == null ? null : a.getClass()) != (b == null ? null : b.getClass());
    }
}
