package dev.tradeoff.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A symbol axis whose labels, on the left of a plot, end exactly at the plot in a browser (see
 * {@link ChartGraphics#alignedRight}): the roadmap's row names form a straight right edge.
 */
final class AlignedSymbolAxis extends SymbolAxis {

    private static final long serialVersionUID = 1L;

    AlignedSymbolAxis(String[] symbols) {
        super(null, symbols);
    }

    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
            Rectangle2D dataArea, RectangleEdge edge) {
        return ChartGraphics.alignedRight(g2, edge,
                () -> super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge));
    }
}
