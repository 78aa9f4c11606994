package dev.tradeoff.render.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/** A {@link SiteOutput} that keeps every file in memory: the twin of a real folder, for tests. */
public final class MemoryOutput implements SiteOutput {

    private final SortedMap<String, byte[]> files = Collections.synchronizedSortedMap(new TreeMap<>());

    @Override
    public void write(String relativePath, byte[] content) {
        files.put(SitePath.check(relativePath), content.clone());
    }

    /** Every file written so far, sorted by path (String order): a read-only snapshot. */
    public SortedMap<String, byte[]> files() {
        synchronized (files) {
            TreeMap<String, byte[]> copy = new TreeMap<>();
            files.forEach((path, content) -> copy.put(path, content.clone()));
            return Collections.unmodifiableSortedMap(copy);
        }
    }

    /** The content written to {@code path}, or null when nothing was. */
    public byte[] bytes(String path) {
        byte[] content = files.get(path);
        return content == null ? null : content.clone();
    }

    /** The content written to {@code path} decoded as UTF-8; throws {@link IllegalArgumentException} when nothing was. */
    public String text(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IllegalArgumentException("Nothing was written to \"" + path + "\"; written: " + files.keySet());
        }
        return new String(content, UTF_8);
    }

    /** Whether anything was written to {@code path}. */
    public boolean contains(String path) {
        return files.containsKey(path);
    }
}
