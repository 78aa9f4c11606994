package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.LoadPoint;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.view.NumberFormats;
import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scalability inflexion: the load history as a solid line, the projection dashed, capacity
 * and capacity × headroom as horizontal lines and the breach quarter as a vertical marker. The
 * projection is shown up to four quarters past the breach (or past the history, when the breach
 * is in it), and stops once the load passes twice the capacity, so the history stays readable.
 */
public final class ScaleChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;
    private static final int QUARTERS_PAST_BREACH = 4;

    private ScaleChart() {
    }

    /** The chart on a linear load axis. */
    public static String svg(ScaleProjection projection) {
        return svg(projection, false);
    }

    /** The chart, on a logarithmic load axis when {@code logScale}. */
    public static String svg(ScaleProjection projection, boolean logScale) {
        Scale scale = projection.scale();
        double capacity = scale.capacity();
        double headroom = capacity * scale.headroom();
        Quarter breach = projection.breachQuarter();

        XYSeries history = new XYSeries("History", false, false);
        XYSeries projected = new XYSeries(projectedName(projection.growth()), false, false);
        LoadPoint lastHistory = null;
        for (LoadPoint point : projection.loads()) {
            if (!point.projected()) {
                history.add(point.quarter().ordinal(), point.load());
                lastHistory = point;
            }
        }
        if (lastHistory != null) {
            projected.add(lastHistory.quarter().ordinal(), lastHistory.load());
        }
        Quarter cutOff = breach == null ? null
                : (lastHistory != null && lastHistory.quarter().isAfter(breach) ? lastHistory.quarter() : breach)
                        .plus(QUARTERS_PAST_BREACH);
        double top = capacity;
        double bottom = headroom;
        Quarter first = null;
        Quarter last = null;
        for (LoadPoint point : projection.loads()) {
            first = first == null ? point.quarter() : first;
            if (point.projected()) {
                if (cutOff != null && point.quarter().isAfter(cutOff)) {
                    break;
                }
                projected.add(point.quarter().ordinal(), point.load());
            }
            last = point.quarter();
            top = Math.max(top, point.load());
            bottom = Math.min(bottom, point.load());
            if (point.projected() && point.load() >= 2 * capacity) {
                break;
            }
        }

        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(history);
        dataset.addSeries(projected);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesPaint(0, ChartStyle.PLATFORM);
        renderer.setSeriesPaint(1, ChartStyle.PLATFORM);
        renderer.setSeriesStroke(0, ChartStyle.LINE);
        renderer.setSeriesStroke(1, ChartStyle.dashed(2f));
        renderer.setSeriesShapesVisible(0, true);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));

        String unit = scale.unit() == null || scale.unit().isEmpty() ? "" : " (" + scale.unit() + ")";
        ValueAxis loadAxis = logScale ? logAxis(scale.metric() + unit, bottom, top) : linearAxis(scale.metric() + unit, top);
        if (first == null) {
            first = new Quarter(2000, 1);
            last = first;
        }
        XYPlot plot = new ChartPlot(dataset, ChartStyle.quarterAxis(null, first, last), loadAxis, renderer);
        plot.setNoDataMessage("No load history");
        ChartStyle.style(plot);

        MoneyAxisFormat number = MoneyAxisFormat.plain();
        ValueMarker capacityLine = new ValueMarker(capacity, ChartStyle.COSTS, new BasicStroke(1.5f));
        ChartStyle.label(capacityLine, "Capacity " + number.format(capacity), ChartStyle.CRITICAL_TEXT);
        capacityLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        capacityLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        plot.addRangeMarker(capacityLine, Layer.FOREGROUND);
        ValueMarker headroomLine = ChartStyle.horizontalGuide(headroom, null, ChartStyle.GUIDE);
        // "Limit", as the pages call it: scale.yaml's headroom is the share of capacity the limit is at.
        ChartStyle.label(headroomLine, "Limit " + PercentAxisFormat.INSTANCE.format(scale.headroom())
                + " (" + number.format(headroom) + ")", ChartStyle.MUTED);
        headroomLine.setLabelAnchor(RectangleAnchor.BOTTOM_LEFT);
        headroomLine.setLabelTextAnchor(TextAnchor.TOP_LEFT);
        plot.addRangeMarker(headroomLine, Layer.FOREGROUND);
        if (breach != null) {
            // The breach is where load passes the headroom, not the capacity: a red line labelled
            // "Breach" met the red capacity line and read as capacity running out that quarter.
            ValueMarker breachLine = new ValueMarker(breach.ordinal(), ChartStyle.WARNING, ChartStyle.dashed(1.5f));
            ChartStyle.label(breachLine, PercentAxisFormat.INSTANCE.format(scale.headroom()) + " reached " + breach,
                    ChartStyle.WARNING);
            plot.addDomainMarker(ChartStyle.labelOnTheLeft(breachLine), Layer.FOREGROUND);
        }

        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = scale.metric() + ": history and projection against capacity " + number.format(capacity)
                + (breach == null ? ", no breach in view" : ", limit reached in " + breach);
        return SvgChart.toSvg(chart, logScale ? "scale-log" : "scale", WIDTH, HEIGHT, title);
    }

    /** The rate as the page's sentences write it ("growing 12% a quarter" beside "+12%", not "+11.9%"). */
    private static String projectedName(double growth) {
        String rate = NumberFormats.percentAgainst(Math.abs(growth), 0);
        return "Projected (" + (growth < 0 && !rate.equals("0%") ? "\u2212" : "+") + rate + " per quarter)";
    }

    private static NumberAxis linearAxis(String label, double top) {
        NumberAxis axis = ChartStyle.numberAxis(label, MoneyAxisFormat.plain());
        axis.setRange(0, top * 1.1);
        return axis;
    }

    private static LogAxis logAxis(String label, double bottom, double top) {
        LogAxis axis = new RoundLogAxis(label);
        axis.setRange(bottom > 0 ? bottom / 1.5 : 0.01, top * 1.5);
        return axis;
    }
}
