package dev.tradeoff.load;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link StrategySource#list} and {@link StrategySource#folders} for a source that holds its files
 * as relative paths with '/' separators (a git tree, memory).
 */
public final class PathListing {

    private PathListing() {
    }

    /** The names of the files directly inside {@code folder} ("" for the root), sorted. */
    public static List<String> files(Collection<String> paths, String folder) {
        return entries(paths, folder, false);
    }

    /** The names of the folders directly inside {@code folder} that hold a file somewhere below, sorted. */
    public static List<String> folders(Collection<String> paths, String folder) {
        return entries(paths, folder, true);
    }

    private static List<String> entries(Collection<String> paths, String folder, boolean folders) {
        String prefix = folder.isEmpty() ? "" : folder + "/";
        TreeSet<String> names = new TreeSet<>();
        for (String path : paths) {
            if (path.startsWith(prefix) && path.length() > prefix.length()) {
                String rest = path.substring(prefix.length());
                int slash = rest.indexOf('/');
                if (folders && slash > 0) {
                    names.add(rest.substring(0, slash));
                } else if (!folders && slash < 0) {
                    names.add(rest);
                }
            }
        }
        return List.copyOf(names);
    }
}
