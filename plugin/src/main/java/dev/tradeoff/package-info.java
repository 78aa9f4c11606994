/**
 * Tradeoff's pipeline: {@link dev.tradeoff.Tradeoff#build} loads a strategy folder, analyses it,
 * writes its narrative, builds the view and renders the site and briefs, in that order.
 */
package dev.tradeoff;
