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
 * measuring. Here there is one such graphics per thread, which a chart's graphics and all its
 * copies use (a chart is drawn on one thread), and the metrics of the font measured last are kept,
 * as a chart measures one font many times over.
 */
final class FontMeasure {

    private static final ThreadLocal<FontMeasure> PER_THREAD = ThreadLocal.withInitial(FontMeasure::new);

    private final Graphics2D measuring;
    private Font lastFont;
    private FontMetrics lastMetrics;

    private FontMeasure() {
        measuring = new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB).createGraphics();
        measuring.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** The measure of the current thread, for a chart drawn on it. */
    static FontMeasure ofThisThread() {
        return PER_THREAD.get();
    }

    /** {@code font}'s metrics, what {@code SVGGraphics2D.getFontMetrics(font)} returns. */
    FontMetrics metrics(Font font) {
        if (font != lastFont) {
            lastMetrics = measuring.getFontMetrics(font);
            lastFont = font;
        }
        return lastMetrics;
    }
}
