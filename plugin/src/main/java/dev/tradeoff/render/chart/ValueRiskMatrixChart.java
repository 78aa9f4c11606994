package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBubbleRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;

/**
 * The value/risk matrix: each initiative a bubble at (business value, risk reduction), sized by
 * effort and coloured by kind, quadrant lines at the matrix threshold and the quadrants named in
 * the corners. Bubbles are labelled with their ids up to {@value #MAX_LABELS} initiatives; beyond
 * that only the bubbles are drawn, smaller, so thousands stay legible as a distribution.
 */
public final class ValueRiskMatrixChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 560;
    /** Above this many initiatives the bubbles carry no id labels. */
    public static final int MAX_LABELS = 60;

    private static final double AXIS_MAX = 10.6;

    private ValueRiskMatrixChart() {
    }

    /** The matrix of the non-dropped initiatives (dropped ones, if passed, are left out). */
    public static String svg(List<InitiativeFigures> nonDropped, double threshold) {
        List<Initiative> points = new ArrayList<>();
        for (InitiativeFigures figures : nonDropped) {
            if (!figures.isDropped()) {
                points.add(figures.initiative());
            }
        }
        // Big bubbles first, so small ones stay visible on top of them.
        points.sort(Comparator.comparingDouble(Initiative::effort).reversed().thenComparing(Initiative::id));
        double maxEffort = points.stream().mapToDouble(Initiative::effort).max().orElse(0);
        boolean labelled = points.size() <= MAX_LABELS;
        double scale = labelled ? 1.0 : Math.max(0.2, Math.sqrt((double) MAX_LABELS / points.size()));

        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("Platform", series(points, Kind.PLATFORM, maxEffort, scale));
        dataset.addSeries("Product", series(points, Kind.PRODUCT, maxEffort, scale));

        XYBubbleRenderer renderer = new XYBubbleRenderer(XYBubbleRenderer.SCALE_ON_RANGE_AXIS);
        int alpha = labelled ? 150 : 80;
        renderer.setSeriesPaint(0, ChartStyle.translucent(ChartStyle.PLATFORM, alpha));
        renderer.setSeriesPaint(1, ChartStyle.translucent(ChartStyle.PRODUCT, alpha));
        renderer.setSeriesOutlinePaint(0, ChartStyle.PLATFORM);
        renderer.setSeriesOutlinePaint(1, ChartStyle.PRODUCT);
        renderer.setSeriesOutlineStroke(0, ChartStyle.THIN);
        renderer.setSeriesOutlineStroke(1, ChartStyle.THIN);

        XYPlot plot = new XYPlot(dataset, scoreAxis("Business value"), scoreAxis("Risk reduction"), renderer);
        plot.setNoDataMessage("No initiatives to place");
        ChartStyle.style(plot);
        plot.setDomainGridlinesVisible(true);
        plot.addDomainMarker(ChartStyle.verticalGuide(threshold, null, ChartStyle.GUIDE), Layer.BACKGROUND);
        plot.addRangeMarker(ChartStyle.horizontalGuide(threshold, null, ChartStyle.GUIDE), Layer.BACKGROUND);

        double edge = 0.15;
        plot.addAnnotation(corner("Shore up platform", edge, AXIS_MAX - edge, TextAnchor.TOP_LEFT));
        plot.addAnnotation(corner("Invest in both", AXIS_MAX - edge, AXIS_MAX - edge, TextAnchor.TOP_RIGHT));
        plot.addAnnotation(corner("Deprioritize", edge, edge, TextAnchor.BOTTOM_LEFT));
        plot.addAnnotation(corner("Ship product", AXIS_MAX - edge, edge, TextAnchor.BOTTOM_RIGHT));
        if (labelled) {
            for (Initiative initiative : points) {
                double radius = diameter(initiative.effort(), maxEffort, scale) / 2;
                XYTextAnnotation label = new XYTextAnnotation(initiative.id(),
                        initiative.value(), initiative.riskReduction() + radius + 0.08);
                label.setFont(ChartStyle.font(10));
                label.setPaint(ChartStyle.TEXT);
                label.setTextAnchor(TextAnchor.BOTTOM_CENTER);
                plot.addAnnotation(label);
            }
        }

        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = "Value/risk matrix: " + points.size() + (points.size() == 1 ? " initiative" : " initiatives")
                + " by business value and risk reduction, bubble size by effort";
        return SvgChart.toSvg(chart, "matrix", WIDTH, HEIGHT, title);
    }

    private static double[][] series(List<Initiative> points, Kind kind, double maxEffort, double scale) {
        List<Initiative> ofKind = points.stream().filter(i -> i.kind() == kind).toList();
        double[][] xyz = new double[3][ofKind.size()];
        for (int i = 0; i < ofKind.size(); i++) {
            Initiative initiative = ofKind.get(i);
            xyz[0][i] = initiative.value();
            xyz[1][i] = initiative.riskReduction();
            xyz[2][i] = diameter(initiative.effort(), maxEffort, scale);
        }
        return xyz;
    }

    /** Bubble diameter in score units: area grows with effort, from 0.35 to 1.6, smaller when crowded. */
    private static double diameter(double effort, double maxEffort, double scale) {
        double relative = maxEffort > 0 ? Math.sqrt(Math.max(0, effort) / maxEffort) : 0.5;
        return scale * (0.35 + 1.25 * relative);
    }

    private static NumberAxis scoreAxis(String label) {
        NumberAxis axis = ChartStyle.numberAxis(label, MoneyAxisFormat.plain());
        TickUnits units = new TickUnits();
        units.add(new NumberTickUnit(1, MoneyAxisFormat.plain(), 0));
        units.add(new NumberTickUnit(2, MoneyAxisFormat.plain(), 0));
        axis.setStandardTickUnits(units);
        axis.setRange(0, AXIS_MAX);
        return axis;
    }

    private static XYTextAnnotation corner(String text, double x, double y, TextAnchor anchor) {
        XYTextAnnotation annotation = new XYTextAnnotation(text, x, y);
        annotation.setFont(ChartStyle.bold(12));
        annotation.setPaint(new Color(0x9ca3af));
        annotation.setTextAnchor(anchor);
        return annotation;
    }
}
