package dev.tradeoff;

import dev.tradeoff.parallel.Parallel;
import dev.tradeoff.render.SiteUrl;
import java.nio.file.Path;

/**
 * What to build: the strategy folder, where the output goes ({@code site/} and {@code briefs/}
 * below it), an optional folder of template overrides (null for none), how many threads may
 * render (0 = one per core) and where the site is published (null: the briefs link to the site
 * beside them).
 */
public record BuildRequest(Path strategyDirectory, Path outputDirectory, Path templateDirectory, int threads,
        SiteUrl siteUrl) {

    /** A build whose briefs link to the site beside them. */
    public BuildRequest(Path strategyDirectory, Path outputDirectory, Path templateDirectory, int threads) {
        this(strategyDirectory, outputDirectory, templateDirectory, threads, null);
    }

    public int effectiveThreads() {
        return Parallel.threadsFor(threads);
    }
}
