package dev.tradeoff.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one render of one template read of the site view. A template may read anything (a user may
 * override any of them), so nothing is assumed: the view is handed to it wrapped in
 * {@link TrackedRecord}s, which note each read here. Used by one render on one thread.
 */
final class SiteReads {

    private final Set<ViewRead> reads = new HashSet<>();

    /** The whole value at {@code path}. */
    void whole(List<String> path) {
        reads.add(new ViewRead(path, true));
    }

    /** Only which record is at {@code path} (or none): its parts are recorded as they are read. */
    void shape(List<String> path) {
        reads.add(new ViewRead(path, false));
    }

    Set<ViewRead> all() {
        return Set.copyOf(reads);
    }

    static List<String> child(List<String> path, String key) {
        List<String> child = new ArrayList<>(path.size() + 1);
        child.addAll(path);
        child.add(key);
        return child;
    }
}
