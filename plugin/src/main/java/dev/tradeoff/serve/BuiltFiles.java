package dev.tradeoff.serve;

import dev.tradeoff.render.output.SiteOutput;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of one preview build, kept as the renderer wrote them. Unlike the copying
 * {@code MemoryOutput}, nothing is copied: a rebuild writes tens of megabytes, mostly the very
 * arrays the last build wrote (reused from the render memo), and nobody changes them after.
 */
final class BuiltFiles implements SiteOutput {

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    @Override
    public void write(String relativePath, byte[] content) {
        files.put(check(relativePath), content);
    }

    /** Every file written, by path. */
    SortedMap<String, byte[]> files() {
        return new TreeMap<>(files);
    }

    /** The rule of {@link SiteOutput}: relative, '/'-separated, plain segments only. */
    private static String check(String path) {
        boolean plain = path != null && !path.isEmpty() && !path.startsWith("/") && path.indexOf('\\') < 0
                && path.chars().noneMatch(c -> c < 0x20 || c == 0x7f || c == ':');
        if (plain) {
            for (String segment : path.split("/", -1)) {
                plain &= !segment.isEmpty() && !segment.equals(".") && !segment.equals("..");
            }
        }
        if (!plain) {
            throw new IllegalArgumentException("Invalid output path \"" + path + "\"");
        }
        return path;
    }
}
