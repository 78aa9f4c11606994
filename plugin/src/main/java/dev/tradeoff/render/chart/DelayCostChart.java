package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.view.MoneyFormat;
import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnitSource;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Cost of delay of the candidates done one after another, in plan order and in CD3 order (and in
 * the CD3 order with platform work first, when SPEC's starts products before their enablers): the
 * delay cost accrued by the end of each quarter from now, as step lines. While an item waits or
 * is being built it loses its cost of delay every quarter, so the lines end at the two orders'
 * total delay costs ({@link Sequencing#planDelayCost()}, {@link Sequencing#cd3DelayCost()}).
 */
public final class DelayCostChart {

    static final int WIDTH = 720;
    static final int HEIGHT = 320;

    /** One candidate in a sequence: quarters to deliver and value lost per quarter until then. */
    public record Item(String id, int duration, double costOfDelay) {
    }

    private DelayCostChart() {
    }

    /** The chart of a {@link Sequencing}, durations and costs of delay taken from {@code figures}. */
    /** The most points a series draws; beyond it the series is sampled evenly. */
    static final int MAX_POINTS = 1000;

    public static String svg(Sequencing sequencing, List<InitiativeFigures> figures, String currencySymbol) {
        return svg(sequencing, figures, List.of(), currencySymbol);
    }

    /**
     * The chart with a third line for {@code advisedOrder}, the ids of the CD3 order with platform
     * work kept ahead of what it enables; none when it is empty (SPEC's CD3 order already does that).
     */
    public static String svg(Sequencing sequencing, List<InitiativeFigures> figures, List<String> advisedOrder,
            String currencySymbol) {
        return svg(sequencing, figures, advisedOrder, MoneyFormat.withSymbol(currencySymbol));
    }

    /** The chart with {@code advisedOrder}, its money written as {@code money} writes it. */
    public static String svg(Sequencing sequencing, List<InitiativeFigures> figures, List<String> advisedOrder,
            MoneyFormat money) {
        Map<String, InitiativeFigures> byId = new HashMap<>();
        for (InitiativeFigures f : figures) {
            byId.put(f.id(), f);
        }
        return svg(items(sequencing.planOrder(), byId), items(sequencing.cd3Order(), byId),
                items(advisedOrder, byId), money);
    }

    /** The chart of two orders of the same candidates. */
    public static String svg(List<Item> planOrder, List<Item> cd3Order, String currencySymbol) {
        return svg(planOrder, cd3Order, List.of(), currencySymbol);
    }

    /** The chart of two or three orders of the same candidates: {@code advisedOrder} may be empty. */
    public static String svg(List<Item> planOrder, List<Item> cd3Order, List<Item> advisedOrder, String currencySymbol) {
        return svg(planOrder, cd3Order, advisedOrder, MoneyFormat.withSymbol(currencySymbol));
    }

    /**
     * The chart of two or three orders, the totals as the page's sentences and cards write them
     * with {@code money}: "$158M" beside "$158M", not "$158.3M"; "¥0", not "¥0.40".
     */
    public static String svg(List<Item> planOrder, List<Item> cd3Order, List<Item> advisedOrder, MoneyFormat money) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        dataset.addSeries(accrual(planOrder, "Plan order", money));
        dataset.addSeries(accrual(cd3Order, "CD3 order", money));
        if (!advisedOrder.isEmpty()) {
            dataset.addSeries(accrual(advisedOrder, "CD3, platform work first", money));
        }
        int quarters = Math.max(totalDuration(planOrder), totalDuration(cd3Order));  // the same candidates in each order
        if (quarters == 0) {
            dataset.removeAllSeries();
        }

        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setSeriesPaint(0, ChartStyle.NET);
        renderer.setSeriesPaint(1, ChartStyle.BENEFITS);
        renderer.setSeriesStroke(0, new BasicStroke(2f));
        renderer.setSeriesStroke(1, new BasicStroke(2f));
        // Dashed as well as coloured, so the advised order is told apart where it runs on another line.
        renderer.setSeriesPaint(2, ChartStyle.PLATFORM);
        renderer.setSeriesStroke(2, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {6f, 4f}, 0f));
        renderer.setDefaultShapesVisible(false);

        NumberAxis time = ChartStyle.numberAxis("Quarters from now", MoneyAxisFormat.plain());
        time.setStandardTickUnits(new NumberTickUnitSource(true, MoneyAxisFormat.plain()));
        time.setRange(0, Math.max(1, quarters));
        XYPlot plot = new XYPlot(dataset, time, ChartStyle.moneyAxis(null, money), renderer);
        plot.setNoDataMessage("No proposed or committed initiatives to sequence");
        ChartStyle.style(plot);

        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = "Cumulative cost of delay, plan order " + money.compact(delayCost(planOrder))
                + " against CD3 order " + money.compact(delayCost(cd3Order))
                + (advisedOrder.isEmpty() ? ""
                        : " and CD3 with platform work first " + money.compact(delayCost(advisedOrder)));
        return SvgChart.toSvg(chart, "delay-cost", WIDTH, HEIGHT, title);
    }

    private static List<Item> items(List<String> ids, Map<String, InitiativeFigures> byId) {
        List<Item> items = new ArrayList<>();
        for (String id : ids) {
            InitiativeFigures f = byId.get(id);
            if (f == null) {
                throw new IllegalArgumentException("Sequenced initiative without figures: " + id);
            }
            double costOfDelay = f.costOfDelay() == null ? 0 : f.costOfDelay();
            items.add(new Item(id, f.initiative().duration(), costOfDelay));
        }
        return items;
    }

    /** Delay cost accrued by the end of quarter t = 0 … total duration: Σ costOfDelay_i × min(t, C_i). */
    private static XYSeries accrual(List<Item> order, String name, MoneyFormat money) {
        // x runs 0, 1, 2, …: no duplicates to look for (a check that would scan the series on every add).
        XYSeries series = new XYSeries(name + " (" + money.compact(delayCost(order)) + ")", false, true);
        // Each quarter adds the cost of delay of every item not yet delivered before it.
        double waiting = order.stream().mapToDouble(Item::costOfDelay).sum();
        double accrued = 0;
        int next = 0;
        int completion = order.isEmpty() ? 0 : order.get(0).duration();
        int total = totalDuration(order);
        // A chart 720 px wide shows no more than about a thousand steps: sample longer sequences
        // (tens of thousands of quarters for a huge portfolio) instead of writing every one.
        int every = Math.max(1, (total + MAX_POINTS - 1) / MAX_POINTS);
        series.add(0, 0);
        for (int t = 1; t <= total; t++) {
            while (next < order.size() && completion < t) {
                waiting -= order.get(next).costOfDelay();
                next++;
                completion += next < order.size() ? order.get(next).duration() : 0;
            }
            accrued += waiting;
            if (t % every == 0 || t == total) {
                series.add(t, accrued);
            }
        }
        return series;
    }

    private static int totalDuration(List<Item> order) {
        return order.stream().mapToInt(Item::duration).sum();
    }

    /** Σ costOfDelay_i × C_i, the sequence's delay cost of SPEC.md section 3. */
    private static double delayCost(List<Item> order) {
        double cost = 0;
        int completion = 0;
        for (Item item : order) {
            completion += item.duration();
            cost += item.costOfDelay() * completion;
        }
        return cost;
    }
}
