/**
 * Where rendered files go. Every renderer writes through {@link dev.tradeoff.render.output.SiteOutput}
 * with relative, {@code '/'}-separated paths; {@link dev.tradeoff.render.output.MemoryOutput} keeps
 * them in memory for tests and {@link dev.tradeoff.render.output.StagedDirectoryOutput} writes them
 * into a temporary sibling folder that replaces the real output folder only on
 * {@link dev.tradeoff.render.output.StagedDirectoryOutput#commit()}, so a failed build leaves the
 * previous output as it was.
 */
package dev.tradeoff.render.output;
