/**
 * Reads a strategy folder (SPEC.md section 1) into a validated {@link dev.tradeoff.model.Strategy}.
 *
 * <p>{@link dev.tradeoff.load.StrategyLoader} is the one entry point. Files come from a
 * {@link dev.tradeoff.load.StrategySource} (a folder, or files in memory for tests). Each YAML file
 * is parsed with Jackson's streaming parser into a small located tree ({@code YamlNode}), then read
 * key by key by one reader per kind of file. Every problem, in every file, is collected with its
 * file, line and column; the loader fails once, with all of them, in a
 * {@link dev.tradeoff.load.StrategyException}.
 *
 * <p>Files are read and parsed on several threads, each file with problems of its own that are put
 * together in a fixed order, so the outcome never depends on the number of threads. The preview
 * server passes a {@link dev.tradeoff.load.ParsedFiles} from one load to the next, so that only the
 * files whose bytes changed are parsed again.
 */
package dev.tradeoff.load;
