/**
 * Charts as standalone SVG strings, drawn with JFreeChart onto one JFreeSVG
 * {@code SVGGraphics2D} each. One small class per chart takes analysis results and returns the
 * SVG; {@link dev.tradeoff.render.chart.SvgChart} holds the drawing plumbing and
 * {@link dev.tradeoff.render.chart.ChartStyle} the palette, fonts and axes.
 *
 * <p>Every chart is byte-identical for the same input, whatever the thread, clock or default
 * locale: defs ids come from the chart's key, numbers on axes are formatted with
 * {@link java.util.Locale#ROOT} formats ({@link dev.tradeoff.render.chart.MoneyAxisFormat},
 * {@link dev.tradeoff.render.chart.QuarterAxisFormat}), fonts are the logical
 * {@code SansSerif} family written as {@code sans-serif}. The classes hold no state, so charts
 * may be drawn in parallel. The SVG carries a {@code viewBox}, {@code width='100%'} (the
 * sparkline has a fixed size) and a {@code <title>} for screen readers.
 */
package dev.tradeoff.render.chart;
