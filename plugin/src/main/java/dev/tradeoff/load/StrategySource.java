package dev.tradeoff.load;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Where the files of a strategy folder come from: a folder, a git tree or memory. The loader reads
 * files on several threads at once, so {@link #list} and {@link #read} must be safe to call
 * concurrently.
 */
public interface StrategySource {

    /** The files the loader reads at the top of a strategy folder, in the order it names them. */
    List<String> ROOT_FILES = List.of("strategy.yaml", "teams.yaml", "signals.yaml", "scale.yaml", "platform.yaml");

    /** A human-readable name of the source (e.g. the folder path), for messages. */
    String describe();

    /**
     * The names of the regular files directly inside {@code folder} ({@code "initiatives"},
     * {@code "okrs"}, {@code "pages"} or {@code ""} for the root), relative to that folder
     * ({@code "checkout-v2.yaml"}), sorted; empty when the folder is missing. A source that fails
     * to list throws {@link java.io.UncheckedIOException}.
     */
    List<String> list(String folder);

    /**
     * The names of the folders directly inside {@code folder}, sorted; empty when the folder is
     * missing. The loader reads no folder below its own, and says so rather than skip one silently.
     */
    List<String> folders(String folder);

    /** What an entry of a folder is when it is neither a regular file nor a folder. */
    enum OtherEntry {
        /** A symbolic link, to whatever: never followed. */
        SYMBOLIC_LINK,
        /** A named pipe, a socket or a device. */
        SPECIAL_FILE
    }

    /**
     * The entries directly inside {@code folder} that are neither regular files nor folders, by name,
     * sorted, each with what it is; empty when the folder is missing. None of them is read, nor
     * anything reached through them: the loader reports those that stand where it reads a file or
     * folder, rather than skip them silently. A source without such entries (memory) keeps this
     * default; a source that wraps another must pass it on.
     */
    default SortedMap<String, OtherEntry> others(String folder) {
        return Collections.emptySortedMap();
    }

    /**
     * The bytes of a file given relative to the strategy folder with '/' separators
     * ({@code "strategy.yaml"}, {@code "initiatives/x.yaml"}); empty when there is no such file.
     */
    Optional<byte[]> read(String relativePath) throws IOException;

    /** Whether the strategy folder itself exists. */
    default boolean exists() {
        return true;
    }
}
