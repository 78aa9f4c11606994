/**
 * The strategy as immutable records: what the loader produces from a strategy folder and every
 * later stage reads. No behaviour beyond value arithmetic ({@link dev.tradeoff.model.Quarter},
 * {@link dev.tradeoff.model.Money}) lives here.
 */
package dev.tradeoff.model;
