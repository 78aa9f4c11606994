/**
 * The view: the only stage that formats money, percentages and quarters, sorts lists for display
 * and turns Markdown into safe HTML, or into inert Markdown for the briefs. It turns a
 * {@link dev.tradeoff.analysis.Portfolio} and its narrative into one complete, typed
 * {@link dev.tradeoff.view.SiteView} that templates only read.
 */
package dev.tradeoff.view;
