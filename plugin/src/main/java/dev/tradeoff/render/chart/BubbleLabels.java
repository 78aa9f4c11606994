package dev.tradeoff.render.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The value/risk matrix's labels (its initiatives' titles), placed when the chart is drawn: only
 * then are the plot's size in pixels and the labels' widths known. {@link LabelPlacer} keeps each
 * label clear of the labels before it, of the other bubbles and of the quadrant names, where the
 * space allows, so neighbouring initiatives stay readable instead of printing over each other.
 */
final class BubbleLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;

    private final List<Bubble> bubbles;
    /** Each bubble's label, by its id. */
    private final Map<String, String> labels;
    /** Each bubble's diameter in range-axis units (the renderer scales bubbles on the range axis). */
    private final double[] diameters;
    private final List<XYTextAnnotation> keepClear;
    private final Font font;

    /**
     * @param bubbles   in the order their labels choose spots (the first get the best)
     * @param labels    the text beside each bubble, by the bubble's id
     * @param diameters each bubble's diameter, as the renderer draws it
     * @param keepClear text already on the plot that labels should not cover
     */
    BubbleLabels(List<Bubble> bubbles, Map<String, String> labels, double[] diameters,
            List<XYTextAnnotation> keepClear, Font font) {
        this.bubbles = List.copyOf(bubbles);
        this.labels = Map.copyOf(labels);
        this.diameters = diameters.clone();
        this.keepClear = List.copyOf(keepClear);
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge domainEdge = plot.getDomainAxisEdge();
        RectangleEdge rangeEdge = plot.getRangeAxisEdge();
        double zero = rangeAxis.valueToJava2D(0, dataArea, rangeEdge);
        List<Ellipse2D> circles = new ArrayList<>(bubbles.size());
        for (int i = 0; i < bubbles.size(); i++) {
            Bubble bubble = bubbles.get(i);
            double size = Math.abs(zero - rangeAxis.valueToJava2D(diameters[i], dataArea, rangeEdge));
            double x = domainAxis.valueToJava2D(bubble.value(), dataArea, domainEdge);
            double y = rangeAxis.valueToJava2D(bubble.riskReduction(), dataArea, rangeEdge);
            circles.add(new Ellipse2D.Double(x - size / 2, y - size / 2, size, size));
        }
        LabelPlacer placer = new LabelPlacer(dataArea, circles, keptClear(g2, dataArea, domainAxis, rangeAxis,
                domainEdge, rangeEdge));

        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics(font);
        for (int i = 0; i < bubbles.size(); i++) {
            String label = labels.get(bubbles.get(i).id());
            Rectangle2D box = placer.place(i, metrics.stringWidth(label), metrics.getAscent() + metrics.getDescent());
            leader(g2, circles.get(i), box);
            g2.setPaint(ChartStyle.TEXT);
            // Anchored at the edge that faces the bubble: in the browser's font the label is 10–15%
            // narrower or wider than measured, and its far edge, not its near one, should move.
            double centre = circles.get(i).getCenterX();
            HorizontalAlignment side = box.getMaxX() <= centre ? HorizontalAlignment.RIGHT
                    : box.getMinX() >= centre ? HorizontalAlignment.LEFT : HorizontalAlignment.CENTER;
            double x = side == HorizontalAlignment.RIGHT ? box.getMaxX()
                    : side == HorizontalAlignment.LEFT ? box.getMinX() : box.getCenterX();
            ChartGraphics.drawAligned(g2, label, (float) x, (float) (box.getY() + metrics.getAscent()), side);
        }
    }

    /** Beyond this gap in pixels between a bubble and its label, a line joins them. */
    private static final double LEADER_GAP = 8;
    private static final BasicStroke LEADER = new BasicStroke(1f);

    /**
     * A thin line from the bubble's edge to the nearest point of its label, when the placer had to put
     * the label away from it: in a crowded corner a label beside another bubble reads as that one's.
     */
    private static void leader(Graphics2D g2, Ellipse2D circle, Rectangle2D box) {
        double cx = circle.getCenterX();
        double cy = circle.getCenterY();
        double r = circle.getWidth() / 2;
        double px = Math.max(box.getMinX(), Math.min(cx, box.getMaxX()));
        double py = Math.max(box.getMinY(), Math.min(cy, box.getMaxY()));
        double distance = Math.hypot(px - cx, py - cy);
        if (distance - r <= LEADER_GAP) {
            return;
        }
        g2.setPaint(ChartStyle.MUTED);
        g2.setStroke(LEADER);
        g2.draw(new Line2D.Double(cx + (px - cx) / distance * r, cy + (py - cy) / distance * r, px, py));
    }

    private List<Rectangle2D> keptClear(Graphics2D g2, Rectangle2D dataArea, ValueAxis domainAxis,
            ValueAxis rangeAxis, RectangleEdge domainEdge, RectangleEdge rangeEdge) {
        List<Rectangle2D> boxes = new ArrayList<>(keepClear.size());
        for (XYTextAnnotation text : keepClear) {
            g2.setFont(text.getFont());
            boxes.add(TextUtils.calcAlignedStringBounds(text.getText(), g2,
                    (float) domainAxis.valueToJava2D(text.getX(), dataArea, domainEdge),
                    (float) rangeAxis.valueToJava2D(text.getY(), dataArea, rangeEdge), text.getTextAnchor()));
        }
        return boxes;
    }
}
