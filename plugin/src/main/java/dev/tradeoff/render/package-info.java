/**
 * Rendering: FreeMarker pages and briefs, charts and {@code portfolio.json}, all written through
 * a {@link dev.tradeoff.render.output.SiteOutput}. Templates only read the view; user text is
 * escaped by the output format (HTML for pages, Markdown for briefs).
 */
package dev.tradeoff.render;
