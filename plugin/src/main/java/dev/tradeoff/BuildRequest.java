package dev.tradeoff;

import dev.tradeoff.parallel.Parallel;
import java.nio.file.Path;

/**
 * What to build: the strategy folder, where the output goes ({@code site/} and {@code briefs/}
 * below it), an optional folder of template overrides (null for none) and how many threads
 * may render (0 = one per core).
 */
public record BuildRequest(Path strategyDirectory, Path outputDirectory, Path templateDirectory, int threads) {

    public int effectiveThreads() {
        return Parallel.threadsFor(threads);
    }
}
