package dev.tradeoff.render.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.LogTick;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A vertical base-10 log axis whose ticks sit on round numbers rather than fractional powers:
 * 1, 2, 5 × 10ⁿ (every digit when that gives fewer than three ticks, only powers of ten when it
 * gives too many), labelled compactly ({@code 2k}, {@code 50k}, {@code 1M}) through {@link MoneyAxisFormat#plain()}.
 */
final class RoundLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final int[] DIGITS = {1, 2, 3, 4, 5, 6, 7, 8, 9};
    private static final int[] ONE_TWO_FIVE = {1, 2, 5};
    private static final int[] POWERS = {1};

    RoundLogAxis(String label) {
        super(label);
        setStandardTickUnits(new NumberTickUnitSource(false, MoneyAxisFormat.plain()));
        setNumberFormatOverride(MoneyAxisFormat.plain());
    }

    /** On the left, labels end at the tick marks in a browser too ({@link ChartGraphics#alignedRight}). */
    @Override
    protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea,
            Rectangle2D dataArea, RectangleEdge edge) {
        return ChartGraphics.alignedRight(g2, edge,
                () -> super.drawTickMarksAndLabels(g2, cursor, plotArea, dataArea, edge));
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksVertical(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        g2.setFont(getTickLabelFont());
        TextAnchor anchor = edge == RectangleEdge.RIGHT ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT;
        int maxTicks = Math.max(2, (int) (dataArea.getHeight() / 28));
        List<Double> values = roundValues(getRange(), ONE_TWO_FIVE);
        if (values.size() < 3) {
            values = roundValues(getRange(), DIGITS);
        } else if (values.size() > maxTicks) {
            values = roundValues(getRange(), POWERS);
        }
        List ticks = new ArrayList();
        for (double value : values) {
            ticks.add(new LogTick(TickType.MAJOR, value, createTickLabel(value), anchor));
        }
        return ticks;
    }

    private static List<Double> roundValues(Range range, int[] steps) {
        List<Double> values = new ArrayList<>();
        if (range.getLowerBound() <= 0) {
            return values;
        }
        int fromDecade = (int) Math.floor(Math.log10(range.getLowerBound()));
        int toDecade = (int) Math.ceil(Math.log10(range.getUpperBound()));
        for (int decade = fromDecade; decade <= toDecade; decade++) {
            for (int step : steps) {
                double value = step * Math.pow(10, decade);
                if (range.contains(value)) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
