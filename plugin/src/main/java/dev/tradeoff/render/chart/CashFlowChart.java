package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.CashFlow;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.view.MoneyFormat;
import java.awt.BasicStroke;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One initiative's undiscounted cash flow per plan quarter: costs as red bars below zero,
 * benefits as green bars above, the cumulative net as a dark line, and the payback quarter
 * marked when there is one.
 */
public final class CashFlowChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;

    private CashFlowChart() {
    }

    /** The chart of {@code figures} (a dropped initiative has no cash flows and gets an empty chart). */
    public static String svg(InitiativeFigures figures, String currencySymbol) {
        return svg(figures, MoneyFormat.withSymbol(currencySymbol));
    }

    /** The chart of {@code figures}, its money axis written as {@code money} writes money. */
    public static String svg(InitiativeFigures figures, MoneyFormat money) {
        XYSeries costs = new XYSeries("Costs", false, false);
        XYSeries benefits = new XYSeries("Benefits", false, false);
        XYSeries net = new XYSeries("Cumulative net", false, false);
        for (CashFlow flow : figures.cashFlows()) {
            int x = flow.quarter().ordinal();
            costs.add(x, -flow.cost());
            benefits.add(x, flow.benefit());
            net.add(x, flow.cumulativeNet());
        }
        XYSeriesCollection bars = new XYSeriesCollection();
        bars.addSeries(costs);
        bars.addSeries(benefits);
        bars.setIntervalWidth(0.7);
        XYSeriesCollection line = new XYSeriesCollection(net);

        XYBarRenderer barRenderer = new XYBarRenderer(0.0);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setDrawBarOutline(false);
        barRenderer.setSeriesPaint(0, ChartStyle.COSTS);
        barRenderer.setSeriesPaint(1, ChartStyle.BENEFITS);

        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, figures.cashFlows().size() <= 24);
        lineRenderer.setDrawSeriesLineAsPath(true);
        // A filled dot needs no outline of the same colour; the outline doubled each dot's markup.
        lineRenderer.setDrawOutlines(false);
        lineRenderer.setSeriesPaint(0, ChartStyle.NET);
        lineRenderer.setSeriesStroke(0, ChartStyle.LINE);
        lineRenderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));

        Quarter first = figures.cashFlows().isEmpty() ? figures.initiative().start()
                : figures.cashFlows().get(0).quarter();
        Quarter last = figures.cashFlows().isEmpty() ? first
                : figures.cashFlows().get(figures.cashFlows().size() - 1).quarter();
        XYPlot plot = new ChartPlot(bars, ChartStyle.quarterAxis(null, first, last),
                ChartStyle.moneyAxis(null, money), barRenderer);
        plot.setDataset(1, line);
        plot.setRenderer(1, lineRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setNoDataMessage(figures.isDropped() ? "Dropped: no cash flows" : "No cash flows in the plan");
        ChartStyle.style(plot);
        plot.addRangeMarker(new ValueMarker(0, ChartStyle.MUTED, new BasicStroke(1f)), Layer.FOREGROUND);
        Quarter payback = figures.paybackQuarter();
        if (payback != null) {
            ValueMarker paybackLine = ChartStyle.verticalGuide(payback.ordinal(), "Payback " + payback,
                    ChartStyle.GUIDE);
            boolean rightHalf = 2 * (payback.ordinal() - first.ordinal()) > last.ordinal() - first.ordinal();
            plot.addDomainMarker(rightHalf ? ChartStyle.labelOnTheLeft(paybackLine) : paybackLine, Layer.FOREGROUND);
        }

        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = "Cash flow of " + figures.initiative().title()
                + ": costs, benefits and cumulative net per quarter";
        return SvgChart.toSvg(chart, "cashflow-" + figures.id(), WIDTH, HEIGHT, title);
    }
}
