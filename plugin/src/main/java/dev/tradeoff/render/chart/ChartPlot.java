package dev.tradeoff.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;

/**
 * An XY plot whose markers' right-aligned labels end where JFreeChart meant in a browser too
 * ({@link ChartGraphics#drawingMarkers}): "Payback 2028-Q3" on the left of its line ends at the
 * line, not 15 px short of it in a narrower font.
 */
final class ChartPlot extends XYPlot {

    private static final long serialVersionUID = 1L;

    ChartPlot(XYDataset dataset, ValueAxis domainAxis, ValueAxis rangeAxis, XYItemRenderer renderer) {
        super(dataset, domainAxis, rangeAxis, renderer);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void drawDomainMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        ChartGraphics.drawingMarkers(g2, getDomainMarkers(index, layer),
                () -> super.drawDomainMarkers(g2, dataArea, index, layer));
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void drawRangeMarkers(Graphics2D g2, Rectangle2D dataArea, int index, Layer layer) {
        ChartGraphics.drawingMarkers(g2, getRangeMarkers(index, layer),
                () -> super.drawRangeMarkers(g2, dataArea, index, layer));
    }
}
