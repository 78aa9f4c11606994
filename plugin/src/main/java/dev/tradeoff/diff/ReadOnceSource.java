package dev.tradeoff.diff;

import dev.tradeoff.load.StrategySource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A strategy folder whose files are each read from disk once: later reads get the bytes of the
 * first. The diff compares an initiative's file bytes after loading it, and without this it would
 * read every initiative file of both sides a second time (20,000 files for two large strategies);
 * it also compares exactly the bytes that were loaded. Safe for a loader that reads on several threads.
 */
final class ReadOnceSource implements StrategySource {

    private final StrategySource source;
    private final Map<String, byte[]> read = new ConcurrentHashMap<>();

    ReadOnceSource(StrategySource source) {
        this.source = source;
    }

    @Override
    public String describe() {
        return source.describe();
    }

    @Override
    public List<String> list(String folder) {
        return source.list(folder);
    }

    @Override
    public List<String> folders(String folder) {
        return source.folders(folder);
    }

    @Override
    public SortedMap<String, OtherEntry> others(String folder) {
        return source.others(folder);
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        byte[] bytes = read.get(relativePath);
        if (bytes == null) {
            Optional<byte[]> first = source.read(relativePath);
            if (first.isEmpty()) {
                return first;
            }
            bytes = first.get();
            read.put(relativePath, bytes);
        }
        // A copy, so no reader can change what the next one gets.
        return Optional.of(bytes.clone());
    }

    @Override
    public boolean exists() {
        return source.exists();
    }
}
