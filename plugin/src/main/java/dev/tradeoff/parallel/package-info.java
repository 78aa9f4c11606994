/**
 * Work shared by a fixed number of threads: {@link dev.tradeoff.parallel.Parallel} runs the
 * independent tasks of one stage (reading files, formatting initiatives, rendering files) so that
 * the result never depends on how many threads ran them.
 */
package dev.tradeoff.parallel;
