package dev.tradeoff.render.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Set;

/**
 * An output folder that is not one Tradeoff wrote: a file, or a folder with other files and without
 * the file every output of its kind holds. A build replaces its output folders whole, so it refuses
 * these rather than delete what the user keeps there ({@code -Dtradeoff.outputDirectory=src} would
 * otherwise have replaced {@code src/site}).
 */
public final class ForeignTargetException extends IOException {

    private static final long serialVersionUID = 1L;

    private ForeignTargetException(String message) {
        super(message);
    }

    /**
     * Passes when {@code target} is missing, an empty folder, a symbolic link (replaced, never
     * followed) or a folder holding {@code mark}; with no mark, always.
     */
    static void check(Path target, String mark) throws IOException {
        if (mark == null || !Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
            return;
        }
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new ForeignTargetException(target + " is a file, where the output folder " + target.getFileName()
                    + " would go: move it away, or choose another output folder");
        }
        if (Files.isRegularFile(target.resolve(mark), LinkOption.NOFOLLOW_LINKS) || isEmpty(target)) {
            return;
        }
        throw new ForeignTargetException(target + " holds files Tradeoff did not write (it has no " + mark
                + "), and Tradeoff replaces its " + target.getFileName() + " folder whole: choose another output"
                + " folder, or move " + target.getFileName() + " away first");
    }

    /** Empty, or holding only what a file manager leaves in any folder it shows. */
    private static boolean isEmpty(Path folder) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (!FILE_MANAGERS_LEFTOVERS.contains(entry.getFileName().toString())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Set<String> FILE_MANAGERS_LEFTOVERS = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
}
