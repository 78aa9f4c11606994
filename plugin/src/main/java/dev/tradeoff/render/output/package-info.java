/**
 * Where rendered files go. Every renderer writes through {@link dev.tradeoff.render.output.SiteOutput}
 * with relative, {@code '/'}-separated paths; {@link dev.tradeoff.render.output.MemoryOutput} keeps
 * them in memory for tests and {@link dev.tradeoff.render.output.StagedDirectoryOutput} writes them
 * into a temporary sibling folder that replaces the real output folder only on
 * {@link dev.tradeoff.render.output.StagedDirectoryOutput#commit()}, so a failed build leaves the
 * previous output as it was. It links the files that did not change from the previous output
 * ({@link dev.tradeoff.render.output.UnchangedFiles}) and deletes that on several threads
 * ({@link dev.tradeoff.render.output.FolderDeletion}); {@link dev.tradeoff.render.output.CountedOutput}
 * counts the files written, for a build's progress.
 */
package dev.tradeoff.render.output;
