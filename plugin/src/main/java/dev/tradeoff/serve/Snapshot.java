package dev.tradeoff.serve;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One build as the server holds it: its version (1 for the first build, one more for each
 * rebuild), the files of the last site that built (empty before the first good build) and, when
 * this build failed, the page that explains why (null when it succeeded).
 */
record Snapshot(long version, SortedMap<String, byte[]> files, String problemPage) {

    Snapshot {
        files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    static Snapshot built(long version, SortedMap<String, byte[]> files) {
        return new Snapshot(version, files, null);
    }

    /** A failed build: keeps the last site's files (stylesheets, charts); pages show {@code problemPage}. */
    static Snapshot broken(long version, Snapshot previous, String problemPage) {
        return new Snapshot(version, previous == null ? new TreeMap<>() : previous.files(), problemPage);
    }

    boolean isBroken() {
        return problemPage != null;
    }
}
