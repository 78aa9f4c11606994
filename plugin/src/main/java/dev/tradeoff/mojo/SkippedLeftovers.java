package dev.tradeoff.mojo;

import java.util.List;
import java.util.Optional;

/**
 * The one line a build or validation logs about the editors' leftovers it skipped
 * ({@code initiatives/x.yaml~}, {@code pages/#guide.md#}): named, so that a file left out by
 * mistake does not go unnoticed, but at most a few, so that a folder full of backups stays one line.
 */
final class SkippedLeftovers {

    /** How many paths the line names before it only counts the rest. */
    static final int NAMED = 5;

    private SkippedLeftovers() {
    }

    static Optional<String> line(List<String> leftovers) {
        if (leftovers.isEmpty()) {
            return Optional.empty();
        }
        String named = String.join(", ", leftovers.subList(0, Math.min(NAMED, leftovers.size())));
        String more = leftovers.size() > NAMED ? " and " + (leftovers.size() - NAMED) + " more" : "";
        return Optional.of("Skipped " + (leftovers.size() == 1 ? "1 editor or merge leftover"
                : leftovers.size() + " editor or merge leftovers") + " (backup, swap and merge files): "
                + named + more);
    }
}
