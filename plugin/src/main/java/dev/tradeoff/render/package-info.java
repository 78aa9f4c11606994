/**
 * Rendering: FreeMarker pages and briefs, charts and {@code portfolio.json}, all written through
 * a {@link dev.tradeoff.render.output.SiteOutput}. Templates only read the view; user text is
 * escaped by the output format (HTML for pages, Markdown for briefs).
 *
 * <p>For the preview server, a {@link dev.tradeoff.render.RenderMemo} carries from one render to
 * the next what each file was made from; templates see the site view through tracking wrappers, so
 * that a page is rendered again only when its template, its own part of the view or something its
 * template read of the site view changed.
 */
package dev.tradeoff.render;
