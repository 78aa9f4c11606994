package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.model.Quarter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYBoxAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;

/**
 * Planned effort per quarter: platform (bottom) and product effort as stacked bars, capacity as
 * a line, and for each quarter the platform band as a grey dashed box from {@code bandLow × total}
 * to {@code bandHigh × total}: a quarter is within the band when the top of its platform bar
 * falls inside its box.
 */
public final class AllocationChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 340;
    private static final double BAR_WIDTH = 0.7;

    private AllocationChart() {
    }

    public static String svg(List<AllocationQuarter> quarters, double bandLow, double bandHigh, double capacity) {
        XYSeries platform = new XYSeries("Platform", true, false);
        XYSeries product = new XYSeries("Product", true, false);
        double top = capacity;
        for (AllocationQuarter quarter : quarters) {
            int x = quarter.quarter().ordinal();
            platform.add(x, quarter.platformEffort(), false);
            product.add(x, quarter.productEffort(), false);
            top = Math.max(top, quarter.totalEffort());
        }
        DefaultTableXYDataset dataset = new DefaultTableXYDataset();
        dataset.addSeries(platform);
        dataset.addSeries(product);
        dataset.setIntervalWidth(BAR_WIDTH);

        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.0);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, ChartStyle.PLATFORM);
        renderer.setSeriesPaint(1, ChartStyle.PRODUCT);

        Quarter first = quarters.isEmpty() ? new Quarter(2000, 1) : quarters.get(0).quarter();
        Quarter last = quarters.isEmpty() ? first : quarters.get(quarters.size() - 1).quarter();
        NumberAxis effortAxis = ChartStyle.numberAxis("Person-months", MoneyAxisFormat.plain());
        effortAxis.setRange(0, top > 0 ? top * 1.12 : 1);
        XYPlot plot = new ChartPlot(dataset, ChartStyle.quarterAxis(null, first, last), effortAxis, renderer);
        plot.setNoDataMessage("No quarters planned");
        ChartStyle.style(plot);

        Color bandFill = ChartStyle.translucent(ChartStyle.GUIDE, 60);
        for (AllocationQuarter quarter : quarters) {
            double total = quarter.totalEffort();
            if (total > 0) {
                double x = quarter.quarter().ordinal();
                plot.addAnnotation(new XYBoxAnnotation(x - BAR_WIDTH / 2 - 0.06, bandLow * total,
                        x + BAR_WIDTH / 2 + 0.06, bandHigh * total, ChartStyle.dashed(1f), ChartStyle.NET, bandFill));
            }
        }
        if (!quarters.isEmpty()) {
            ValueMarker capacityLine = new ValueMarker(capacity, ChartStyle.NET, new BasicStroke(1.5f));
            ChartStyle.label(capacityLine, "Capacity " + MoneyAxisFormat.plain().format(capacity), ChartStyle.NET);
            capacityLine.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            capacityLine.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(capacityLine, Layer.FOREGROUND);
        }

        String band = PercentAxisFormat.INSTANCE.format(bandLow) + "\u2013" + PercentAxisFormat.INSTANCE.format(bandHigh);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("Platform", ChartStyle.PLATFORM));
        legend.add(new LegendItem("Product", ChartStyle.PRODUCT));
        legend.add(new LegendItem("Platform band " + band, null, null, null,
                new Rectangle2D.Double(-5, -4, 10, 8), bandFill, ChartStyle.legendDashed(1f), ChartStyle.NET));
        legend.add(new LegendItem("Capacity", null, null, null,
                new Line2D.Double(-7, 0, 7, 0), new BasicStroke(1.5f), ChartStyle.NET));
        plot.setFixedLegendItems(legend);

        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = "Planned effort per quarter, platform and product, against capacity "
                + MoneyAxisFormat.plain().format(capacity) + " person-months and the platform band " + band;
        return SvgChart.toSvg(chart, "allocation", WIDTH, HEIGHT, title);
    }
}
