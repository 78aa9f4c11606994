package dev.tradeoff.load;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with a strategy folder. {@code file} is relative to the strategy folder with '/'
 * separators ({@code "initiatives/checkout-v2.yaml"}); {@code line} and {@code column} are
 * 1-based, or 0 when the problem is about a whole file (or the folder).
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /**
     * {@code file:LINE:COLUMN: message}, with the file behind {@code folderPrefix} (e.g.
     * {@code "src/strategy/"}): {@code src/strategy/initiatives/x.yaml:3:7: unknown key 'titel'}. A
     * problem with a whole file names only the file ({@code src/strategy/teams.yml: unknown file}),
     * as compilers do: a line 0 would send an editor nowhere.
     */
    public String format(String folderPrefix) {
        String where = where(folderPrefix == null ? "" : folderPrefix);
        return line == 0 ? where + ": " + message : where + ":" + line + ":" + column + ": " + message;
    }

    private String where(String prefix) {
        if (file.isEmpty()) {
            // A problem with the folder itself: name the folder.
            String folder = prefix.replaceAll("[/\\\\]+$", "");
            return folder.isEmpty() ? "." : folder;
        }
        if (prefix.isEmpty() || prefix.endsWith("/") || prefix.endsWith("\\")) {
            return prefix + file;
        }
        return prefix + "/" + file;
    }

    /** By file, then line, then column (then message, so the order is total). */
    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return format("");
    }
}
