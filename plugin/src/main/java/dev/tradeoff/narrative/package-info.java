/**
 * The narrative: turns analysis results into findings in business language. A finding is a
 * sentence template with typed figures ({@link dev.tradeoff.narrative.Figure}); the view decides
 * how each figure is formatted, so no number is formatted here.
 */
package dev.tradeoff.narrative;
