/**
 * The analyses of SPEC.md sections 2 and 3: pure functions of a {@link dev.tradeoff.model.Strategy},
 * one class per analysis, each returning an immutable result record. No I/O, no clock, no locale.
 * {@link dev.tradeoff.analysis.PortfolioAnalysis} runs them all and returns a {@link dev.tradeoff.analysis.Portfolio}.
 */
package dev.tradeoff.analysis;
