package dev.tradeoff.diff;

import dev.tradeoff.parallel.Parallel;
import dev.tradeoff.render.SiteUrl;
import java.nio.file.Path;

/**
 * What to compare and where the result goes. The head is {@code strategyDirectory} as it is on disk
 * (uncommitted edits included); the base is exactly one of {@code baseRef} (a git ref, read from the
 * repository that contains the strategy folder) and {@code baseDirectory} (another strategy folder).
 * The diff is written to {@code outputDirectory/diff/}. {@code failOn} is the comma list of gates
 * ({@code npv-drop:500k,band}; null or blank for none). {@code baseLabel} and {@code headLabel} name
 * the two sides in the output (null: the ref, or the folder's name); {@code templateDirectory} holds
 * template overrides (null for none). {@code threads} read and parse the files (0: one per core).
 * {@code siteUrl} is where the head's site is published (null for none): {@code diff.md} then links
 * the head's initiatives to their pages there.
 */
public record DiffRequest(
        Path strategyDirectory,
        String baseRef,
        Path baseDirectory,
        Path outputDirectory,
        Path templateDirectory,
        String failOn,
        String baseLabel,
        String headLabel,
        int threads,
        SiteUrl siteUrl) {

    /** A request whose {@code diff.md} links to no site. */
    public DiffRequest(Path strategyDirectory, String baseRef, Path baseDirectory, Path outputDirectory,
            Path templateDirectory, String failOn, String baseLabel, String headLabel, int threads) {
        this(strategyDirectory, baseRef, baseDirectory, outputDirectory, templateDirectory, failOn, baseLabel,
                headLabel, threads, null);
    }

    /** A request with the default labels and the default theme. */
    public static DiffRequest of(Path strategyDirectory, String baseRef, Path baseDirectory, Path outputDirectory,
            String failOn) {
        return new DiffRequest(strategyDirectory, baseRef, baseDirectory, outputDirectory, null, failOn, null, null, 0);
    }

    /** The threads to load with: {@link #threads}, or one per core when that is 0 or less. */
    public int effectiveThreads() {
        return Parallel.threadsFor(threads);
    }

    /** The folder the diff files go to: {@code outputDirectory/diff}. */
    public Path diffDirectory() {
        return outputDirectory.resolve("diff");
    }
}
