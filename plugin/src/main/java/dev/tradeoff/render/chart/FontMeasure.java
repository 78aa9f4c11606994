package dev.tradeoff.render.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The font metrics charts are laid out by, exactly as JFreeSVG measures them: from the graphics of
 * a 10 × 10 image with fractional metrics on. JFreeSVG makes that image for every canvas, and again
 * for every copy of it that JFreeChart takes while it draws: 7% of a cash-flow chart's time went to
 * measuring. Here there is one such graphics per chart, which its graphics and all their copies
 * use (a chart is drawn on one thread), and the metrics of the font measured last are kept, as a
 * chart measures one font many times over. Not one per thread: a thread-local would outlive the
 * build on the thread Maven lends it, and hold the plugin's classes there.
 */
final class FontMeasure {

    private final Graphics2D measuring;
    private Font lastFont;
    private FontMetrics lastMetrics;

    /** A measure for one chart. */
    FontMeasure() {
        measuring = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        measuring.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /**
     * The metrics of {@code font}'s {@link ChartFonts#standIn stand-in}, what
     * {@code SVGGraphics2D.getFontMetrics} returns for it, with widths for what it has no glyph for.
     */
    FontMetrics metrics(Font font) {
        if (font != lastFont) {
            lastMetrics = new CoveringFontMetrics(measuring.getFontMetrics(ChartFonts.standIn(font)));
            lastFont = font;
        }
        return lastMetrics;
    }
}
