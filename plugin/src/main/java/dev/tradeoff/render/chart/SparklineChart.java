package dev.tradeoff.render.chart;

import dev.tradeoff.model.Quarter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NavigableMap;
import java.util.zip.CRC32;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A tiny trend line of a metric by quarter, {@value #WIDTH}×{@value #HEIGHT} pixels: no axes, no
 * legend, the latest value marked with a dot. Null values are skipped.
 */
public final class SparklineChart {

    public static final int WIDTH = 120;
    public static final int HEIGHT = 32;

    private SparklineChart() {
    }

    /** The sparkline of {@code values} in {@code colour} ({@code #rrggbb}). */
    public static String svg(NavigableMap<Quarter, Double> values, String colour) {
        Color paint = ChartStyle.parseColour(colour);
        XYSeries line = new XYSeries("values", false, false);
        XYSeries latest = new XYSeries("latest", false, false);
        Quarter from = null;
        Quarter to = null;
        for (Map.Entry<Quarter, Double> entry : values.entrySet()) {
            if (entry.getValue() != null && Double.isFinite(entry.getValue())) {
                line.add(entry.getKey().ordinal(), entry.getValue());
                from = from == null ? entry.getKey() : from;
                to = entry.getKey();
            }
        }
        if (to != null) {
            latest.add(to.ordinal(), values.get(to));
        }
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(line);
        dataset.addSeries(latest);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setSeriesLinesVisible(0, true);
        renderer.setSeriesShapesVisible(0, false);
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShapesVisible(1, true);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesPaint(0, paint);
        renderer.setSeriesPaint(1, paint);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));

        NumberAxis x = ChartStyle.numberAxis(null, MoneyAxisFormat.plain());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0.04);
        x.setUpperMargin(0.06);
        x.setVisible(false);
        NumberAxis y = ChartStyle.numberAxis(null, MoneyAxisFormat.plain());
        y.setAutoRangeIncludesZero(false);
        y.setLowerMargin(0.15);
        y.setUpperMargin(0.15);
        y.setVisible(false);
        XYPlot plot = new XYPlot(dataset, x, y, renderer);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setNoDataMessage(null);

        JFreeChart chart = ChartStyle.chart(plot, false);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(2, 2, 2, 2));
        String title = to == null ? "No values"
                : "Trend from " + from + " to " + to + ", latest " + MoneyAxisFormat.plain().format(values.get(to));
        return SvgChart.toFixedSizeSvg(chart, "spark-" + fingerprint(values, colour), WIDTH, HEIGHT, title);
    }

    /** A stable key from the content, so that sparklines on one page get distinct ids. */
    private static String fingerprint(NavigableMap<Quarter, Double> values, String colour) {
        CRC32 crc = new CRC32();
        crc.update(colour.getBytes(StandardCharsets.UTF_8));
        values.forEach((quarter, value) -> crc.update((quarter + "=" + value + ";").getBytes(StandardCharsets.UTF_8)));
        return Long.toHexString(crc.getValue());
    }
}
