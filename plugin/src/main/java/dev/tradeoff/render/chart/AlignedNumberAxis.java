package dev.tradeoff.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A number axis whose labels, on the left of a plot, end exactly at the tick marks in a browser
 * (see {@link ChartGraphics#alignedRight}): "$500k" and "−$500k" line up on their last character.
 */
final class AlignedNumberAxis extends NumberAxis {

    private static final long serialVersionUID = 1L;

    AlignedNumberAxis(String label) {
        super(label);
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
            Rectangle2D dataArea, RectangleEdge edge) {
        return ChartGraphics.alignedRight(g2, edge,
                () -> super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge));
    }
}
