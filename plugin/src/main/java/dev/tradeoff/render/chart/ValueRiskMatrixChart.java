package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Quadrant;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.narrative.QuadrantName;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * the corners. Initiatives with the same scores are drawn side by side, {@value #SPREAD} points
 * from them ({@link Bubble#spread}), so that neither hides the other. Bubbles are labelled with
 * their initiatives' titles (a title wider than {@value #LABEL_WIDTH} px ends with "…" after its
 * last whole word that fits, and titles that read the same add their ids: {@link InitiativeLabels}),
 * kept clear of each other where there is room ({@link BubbleLabels}), up to
 * {@value #MAX_LABELS} initiatives; beyond
 * that only the bubbles are drawn, smaller, so thousands stay legible as a distribution. Beyond
 * {@value #MAX_BUBBLES} the initiatives of one kind whose scores fall into the same
 * {@value #CELL}-point square share one bubble, placed at their mean scores and sized by their
 * total effort, so the picture and the file stop growing however large the portfolio.
 */
public final class ValueRiskMatrixChart {

    static final int WIDTH = 640;
    static final int HEIGHT = 560;
    /** Above this many initiatives the bubbles carry no labels. */
    public static final int MAX_LABELS = 60;
    /**
     * The widest a bubble's label may be, in pixels: about 30 characters, so most titles stay whole
     * ("Multi-currency merchant wallets") while a crowded corner still has room for its labels.
     */
    static final int LABEL_WIDTH = 170;
    private static final Font LABEL_FONT = ChartStyle.font(10);

    /** Above this many initiatives, neighbours of one kind are drawn as one bubble. */
    public static final int MAX_BUBBLES = 2_000;
    /** The side of the square of scores whose initiatives share a bubble: at most 41 × 41 per kind. */
    static final double CELL = 0.25;

    /** How far bubbles at the same scores are drawn from them, in score points. */
    static final double SPREAD = 0.2;

    private static final double AXIS_MAX = 10.6;

    private ValueRiskMatrixChart() {
    }

    /** The matrix of the non-dropped initiatives (dropped ones, if passed, are left out). */
    public static String svg(List<InitiativeFigures> nonDropped, double threshold) {
        List<Initiative> live = new ArrayList<>();
        List<Bubble> initiatives = new ArrayList<>();
        for (InitiativeFigures figures : nonDropped) {
            if (!figures.isDropped()) {
                live.add(figures.initiative());
                initiatives.add(Bubble.of(figures.initiative()));
            }
        }
        boolean grouped = initiatives.size() > MAX_BUBBLES;
        List<Bubble> points = grouped ? Bubble.grouped(initiatives, CELL) : Bubble.spread(initiatives, SPREAD, threshold);
        // Big bubbles first, so small ones stay visible on top of them.
        points.sort(Comparator.comparingDouble(Bubble::effort).reversed().thenComparing(Bubble::id));
        double maxEffort = points.stream().mapToDouble(Bubble::effort).max().orElse(0);
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
        List<XYTextAnnotation> corners = List.of(
                corner(QuadrantName.of(Quadrant.SHORE_UP_PLATFORM), edge, AXIS_MAX - edge, TextAnchor.TOP_LEFT),
                corner(QuadrantName.of(Quadrant.INVEST_BOTH), AXIS_MAX - edge, AXIS_MAX - edge, TextAnchor.TOP_RIGHT),
                corner(QuadrantName.of(Quadrant.DEPRIORITIZE), edge, edge, TextAnchor.BOTTOM_LEFT),
                corner(QuadrantName.of(Quadrant.SHIP_PRODUCT), AXIS_MAX - edge, edge, TextAnchor.BOTTOM_RIGHT));
        corners.forEach(plot::addAnnotation);
        if (labelled) {
            double[] diameters = points.stream().mapToDouble(b -> diameter(b.effort(), maxEffort, scale)).toArray();
            plot.addAnnotation(new BubbleLabels(points, labels(live), diameters, corners, LABEL_FONT));
        }

        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = "Value/risk matrix: " + initiatives.size()
                + (initiatives.size() == 1 ? " initiative" : " initiatives")
                + " by business value and risk reduction, bubble size by effort"
                + (grouped ? "; each bubble is the initiatives of one kind within " + CELL
                        + " points of each other (" + points.size() + " bubbles)" : "");
        return SvgChart.toSvg(chart, "matrix", WIDTH, HEIGHT, title);
    }

    /**
     * Each initiative's label by its id, which names its bubble: bubbles are found by id, not by
     * label, so two initiatives with the same title keep a bubble and a label each.
     */
    private static Map<String, String> labels(List<Initiative> initiatives) {
        List<String> labels = InitiativeLabels.of(initiatives, LABEL_WIDTH, LABEL_FONT);
        Map<String, String> byId = new HashMap<>();
        for (int i = 0; i < initiatives.size(); i++) {
            byId.put(initiatives.get(i).id(), labels.get(i));
        }
        return byId;
    }

    private static double[][] series(List<Bubble> points, Kind kind, double maxEffort, double scale) {
        List<Bubble> ofKind = points.stream().filter(b -> b.kind() == kind).toList();
        double[][] xyz = new double[3][ofKind.size()];
        for (int i = 0; i < ofKind.size(); i++) {
            Bubble bubble = ofKind.get(i);
            xyz[0][i] = bubble.value();
            xyz[1][i] = bubble.riskReduction();
            xyz[2][i] = diameter(bubble.effort(), maxEffort, scale);
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
        XYTextAnnotation annotation = new AlignedTextAnnotation(text, x, y);
        annotation.setFont(ChartStyle.bold(12));
        // Muted, yet readable as text on white (4.8:1; the lighter guide grey was 2.5:1).
        annotation.setPaint(ChartStyle.MUTED);
        // On a white ground: a bubble at a score of 10 reaches the corner, and its outline ran through the name.
        annotation.setBackgroundPaint(ChartStyle.translucent(Color.WHITE, 210));
        annotation.setTextAnchor(anchor);
        return annotation;
    }
}
