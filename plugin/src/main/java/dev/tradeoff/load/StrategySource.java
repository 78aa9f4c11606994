package dev.tradeoff.load;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

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
