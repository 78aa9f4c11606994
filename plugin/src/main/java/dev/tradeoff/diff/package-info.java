/**
 * Comparing two versions of a strategy for pull-request previews (SPEC.md section 5).
 *
 * <p>{@link dev.tradeoff.diff.DiffPipeline#run} is the one entry point: the head is the strategy
 * folder on disk, the base a git ref read by {@link dev.tradeoff.diff.GitSource} straight from the
 * object database (never the work tree or the index) or another folder. Both are loaded and
 * analysed as a build would, side by side on two threads, each file read once
 * ({@code ReadOnceSource}); {@link dev.tradeoff.diff.StrategyDiff} compares them into an immutable
 * {@link dev.tradeoff.diff.DiffResult}; {@link dev.tradeoff.diff.DiffJson} writes the contract,
 * {@link dev.tradeoff.diff.DiffViewBuilder} formats the {@link dev.tradeoff.diff.DiffView} (its verdict
 * by {@code DiffHeadline}, in the words of {@code DiffWording}) that
 * {@link dev.tradeoff.diff.DiffMarkdown} (a pull-request comment, always under 60,000 characters)
 * and {@link dev.tradeoff.diff.DiffPage} (the {@code diff.ftlh} page) show. {@link dev.tradeoff.diff.Gate}s
 * turn the result into CI failures, after the output is written.
 */
package dev.tradeoff.diff;
