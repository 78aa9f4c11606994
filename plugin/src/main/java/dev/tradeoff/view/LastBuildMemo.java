package dev.tradeoff.view;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The values a pure function gave in this build and the one before, so that a builder kept
 * between rebuilds (the preview server's) formats again only what changed. Only those two
 * generations are kept: an entry unused by a whole build is dropped, so memory stays that of one
 * build. Safe for the threads of one build; {@link #nextBuild()} is called between builds.
 */
final class LastBuildMemo<K, V> {

    private final Function<K, V> compute;
    private volatile Map<K, V> previous = Map.of();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();

    LastBuildMemo(Function<K, V> compute) {
        this.compute = compute;
    }

    /** Starts a new build: what the last build used stays available to this one. */
    void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    V get(K key) {
        V value = current.get(key);
        if (value == null) {
            value = previous.get(key);
            if (value == null) {
                value = compute.apply(key);
            }
            current.put(key, value);
        }
        return value;
    }
}
