package dev.tradeoff.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * A text annotation that, anchored on its right, ends where JFreeChart meant in a browser too
 * ({@link ChartGraphics#alignedAs}): the value/risk matrix's names of its right-hand quadrants end
 * at the plot's edge, not short of it in a narrower font.
 */
final class AlignedTextAnnotation extends XYTextAnnotation {

    private static final long serialVersionUID = 1L;

    AlignedTextAnnotation(String text, double x, double y) {
        super(text, x, y);
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        ChartGraphics.alignedAs(g2, getTextAnchor(),
                () -> super.draw(g2, plot, dataArea, domainAxis, rangeAxis, rendererIndex, info));
    }
}
