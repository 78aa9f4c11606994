package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.CostOfDelaySequencing;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * The roadmap as a timeline: one row per initiative, ordered by start then id, a bar from its
 * first to its last build quarter coloured by kind (dropped ones grey with a dashed outline), the
 * row labelled with title and status, and the plan's start and horizon marked. A title wider than
 * {@value #LABEL_WIDTH} px ends with "…" after its last whole word that fits, and two rows whose
 * titles read the same add their ids ({@link InitiativeLabels}). Up to
 * {@value #MAX_LABELLED_ROWS} rows get a row height that fits a label; beyond that the rows share
 * a capped height and go unlabelled. Beyond {@value #MAX_ROWS} initiatives one row stands for
 * several neighbours in start order (one bar per kind, from the earliest start to the latest end
 * among them), so the picture and the file stop growing however large the portfolio.
 */
public final class RoadmapChart {

    static final int WIDTH = 900;
    /** Height in px that a guide's label needs above the first row. */
    private static final int GUIDE_LABEL_HEIGHT = 18;
    /** Above this many rows the row labels are left out and the chart height stops growing. */
    public static final int MAX_LABELLED_ROWS = 150;
    /** The most rows drawn: at the smallest row height, 2 px, the plot is 3,300 px tall. */
    public static final int MAX_ROWS = 1_650;
    private static final int ROW_HEIGHT = 22;
    /** The widest an initiative's title may be in its row's label, before " · status": a quarter of the chart. */
    static final int LABEL_WIDTH = 220;
    /** The row labels' font: the axes' tick label font, named here because the titles are measured in it. */
    private static final Font LABEL_FONT = ChartStyle.font(11);
    private static final int MIN_ROW_HEIGHT = 2;
    private static final int CHROME_HEIGHT = 90;
    /** Rows taller than this in all (about two screens) get the quarters above them as well as below. */
    private static final int TALL = 1_200;
    /** What the quarters above the rows take. */
    private static final int TOP_AXIS_HEIGHT = 24;
    /** Over more quarters than this, lines mark only where years begin. */
    private static final int MAX_QUARTER_LINES = 16;
    /** How far before the plan start and after the horizon the time axis may reach. */
    private static final int MAX_OVERHANG = 8;

    private RoadmapChart() {
    }

    public static String svg(List<InitiativeFigures> all, Quarter planStart, int horizon) {
        List<Initiative> rows = new ArrayList<>();
        for (InitiativeFigures figures : all) {
            rows.add(figures.initiative());
        }
        rows.sort(CostOfDelaySequencing.PLAN_ORDER);
        boolean labelled = rows.size() <= MAX_LABELLED_ROWS;
        int perRow = (rows.size() + MAX_ROWS - 1) / MAX_ROWS;
        int drawnRows = perRow <= 1 ? rows.size() : (rows.size() + perRow - 1) / perRow;
        // Measured only when they will be drawn. Rows are keyed by their index, not their label, so
        // two initiatives with the same title keep a row each.
        List<String> titles = labelled ? InitiativeLabels.of(rows, LABEL_WIDTH, LABEL_FONT) : List.of();

        Quarter planEnd = planStart.plus(Math.max(1, horizon) - 1);
        Quarter first = planStart;
        Quarter last = planEnd;
        XYIntervalSeries platform = new XYIntervalSeries("Platform", false, true);
        XYIntervalSeries product = new XYIntervalSeries("Product", false, true);
        XYIntervalSeries dropped = new XYIntervalSeries("Dropped", false, true);
        String[] labels = new String[drawnRows];
        for (int row = 0; row < drawnRows; row++) {
            List<Initiative> members = rows.subList(row * Math.max(1, perRow),
                    Math.min(rows.size(), (row + 1) * Math.max(1, perRow)));
            labels[row] = labelled ? titles.get(row) + " \u00b7 " + members.get(0).status().yamlName()
                    : members.size() + (members.size() == 1 ? " initiative" : " initiatives");
            addSpan(platform, row, members, i -> !i.isDropped() && i.kind() == Kind.PLATFORM);
            addSpan(product, row, members, i -> !i.isDropped() && i.kind() != Kind.PLATFORM);
            addSpan(dropped, row, members, Initiative::isDropped);
            for (Initiative initiative : members) {
                first = min(first, initiative.start());
                last = max(last, initiative.end());
            }
        }
        first = max(first, planStart.plus(-MAX_OVERHANG));
        last = min(last, planEnd.plus(MAX_OVERHANG));
        XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
        dataset.addSeries(platform);
        dataset.addSeries(product);
        dataset.addSeries(dropped);
        if (rows.isEmpty()) {
            dataset.removeAllSeries();
        }

        XYBarRenderer renderer = new XYBarRenderer(0.0);
        renderer.setUseYInterval(true);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesPaint(0, ChartStyle.PLATFORM);
        renderer.setSeriesPaint(1, ChartStyle.PRODUCT);
        renderer.setSeriesPaint(2, ChartStyle.DROPPED);
        renderer.setSeriesOutlinePaint(0, ChartStyle.PLATFORM);
        renderer.setSeriesOutlinePaint(1, ChartStyle.PRODUCT);
        renderer.setSeriesOutlinePaint(2, ChartStyle.GUIDE);
        renderer.setSeriesOutlineStroke(0, ChartStyle.THIN);
        renderer.setSeriesOutlineStroke(1, ChartStyle.THIN);
        renderer.setSeriesOutlineStroke(2, ChartStyle.dashed(1f));

        SymbolAxis rowAxis = new AlignedSymbolAxis(labels);
        rowAxis.setInverted(true);
        rowAxis.setGridBandsVisible(true);
        rowAxis.setGridBandPaint(new Color(0xf9fafb));
        rowAxis.setGridBandAlternatePaint(Color.WHITE);
        rowAxis.setLowerMargin(0);
        rowAxis.setUpperMargin(0);
        rowAxis.setAutoRange(false);
        int rowHeight = labelled ? ROW_HEIGHT : Math.max(MIN_ROW_HEIGHT, ROW_HEIGHT * MAX_LABELLED_ROWS / drawnRows);
        // Room above the first row for the plan-start and horizon labels, which would cover its bar.
        boolean guidesLabelled = first.isBefore(planStart) || last.isAfter(planEnd);
        int roomRows = guidesLabelled ? (GUIDE_LABEL_HEIGHT + rowHeight - 1) / rowHeight : 0;
        rowAxis.setRange(-0.5 - roomRows, Math.max(0.5, drawnRows - 0.5));
        NumberAxis timeAxis = ChartStyle.quarterAxis(null, first, last);
        XYPlot plot = new ChartPlot(dataset, rowAxis, timeAxis, renderer);
        // A tall roadmap names its quarters above the rows too: at the top of 3,000 px nothing said which was which.
        boolean tall = Math.max(3, drawnRows) * rowHeight > TALL;
        if (tall) {
            plot.setRangeAxis(1, ChartStyle.quarterAxis(null, first, last));
            plot.setRangeAxisLocation(1, AxisLocation.TOP_OR_LEFT);
        }
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setNoDataMessage("No initiatives");
        ChartStyle.style(plot);
        rowAxis.setTickLabelFont(LABEL_FONT);
        rowAxis.setTickLabelsVisible(labelled);
        rowAxis.setTickMarksVisible(false);
        // A bar runs from the start of its first quarter to the end of its last, and the quarters'
        // labels sit in the middle of each: lines through the labels would cut quarters in half.
        plot.setRangeGridlinesVisible(false);
        for (Quarter boundary : boundaries(first, last)) {
            plot.addRangeMarker(new ValueMarker(boundary.ordinal() - 0.5, ChartStyle.GRID, ChartStyle.THIN),
                    Layer.BACKGROUND);
        }
        if (first.isBefore(planStart)) {
            plot.addRangeMarker(ChartStyle.verticalGuide(planStart.ordinal() - 0.5, "Plan start", ChartStyle.GUIDE),
                    Layer.FOREGROUND);
        }
        if (last.isAfter(planEnd)) {
            plot.addRangeMarker(ChartStyle.labelOnTheLeft(
                    ChartStyle.verticalGuide(planEnd.ordinal() + 0.5, "Horizon", ChartStyle.GUIDE)), Layer.FOREGROUND);
        }

        plot.setFixedLegendItems(legend(platform, product, dropped));

        int height = CHROME_HEIGHT + (tall ? TOP_AXIS_HEIGHT : 0) + (Math.max(3, drawnRows) + roomRows) * rowHeight;
        JFreeChart chart = ChartStyle.chart(plot, true);
        String title = "Roadmap: " + rows.size() + (rows.size() == 1 ? " initiative" : " initiatives")
                + " from " + first + " to " + last + ", plan " + planStart + " to " + planEnd
                + (perRow > 1 ? "; each row is up to " + perRow + " initiatives in start order" : "");
        return SvgChart.toSvg(chart, "roadmap", WIDTH, height, title);
    }

    /**
     * One bar in {@code row} from the earliest start to the latest end of the {@code members} that
     * belong to {@code series}; none when no member does.
     */
    private static void addSpan(XYIntervalSeries series, int row, List<Initiative> members,
            Predicate<Initiative> belongs) {
        double from = Double.POSITIVE_INFINITY;
        double to = Double.NEGATIVE_INFINITY;
        for (Initiative initiative : members) {
            if (belongs.test(initiative)) {
                from = Math.min(from, initiative.start().ordinal() - 0.5);
                to = Math.max(to, initiative.end().ordinal() + 0.5);
            }
        }
        if (from <= to) {
            series.add(row, row - 0.32, row + 0.32, from, from, to);
        }
    }

    /**
     * Square swatches, as the other charts have, for the kinds drawn: the bars' own legend shapes
     * were tall bars, and the dropped one's dashes broke up on so small an outline.
     */
    private static LegendItemCollection legend(XYIntervalSeries platform, XYIntervalSeries product,
            XYIntervalSeries dropped) {
        LegendItemCollection legend = new LegendItemCollection();
        if (!platform.isEmpty()) {
            legend.add(new LegendItem("Platform", ChartStyle.PLATFORM));
        }
        if (!product.isEmpty()) {
            legend.add(new LegendItem("Product", ChartStyle.PRODUCT));
        }
        if (!dropped.isEmpty()) {
            legend.add(new LegendItem("Dropped", null, null, null, new Rectangle2D.Double(-5, -5, 10, 10),
                    ChartStyle.DROPPED, ChartStyle.legendDashed(1f), ChartStyle.GUIDE));
        }
        return legend;
    }

    /**
     * The quarters after {@code first}, up to {@code last}, at whose start a line is drawn: every
     * quarter over up to {@value #MAX_QUARTER_LINES} of them, else each year's first quarter.
     */
    static List<Quarter> boundaries(Quarter first, Quarter last) {
        boolean everyQuarter = last.ordinal() - first.ordinal() < MAX_QUARTER_LINES;
        List<Quarter> boundaries = new ArrayList<>();
        for (Quarter quarter = first.plus(1); !quarter.isAfter(last); quarter = quarter.plus(1)) {
            if (everyQuarter || quarter.quarter() == 1) {
                boundaries.add(quarter);
            }
        }
        return boundaries;
    }

    private static Quarter min(Quarter a, Quarter b) {
        return a.isBefore(b) ? a : b;
    }

    private static Quarter max(Quarter a, Quarter b) {
        return a.isAfter(b) ? a : b;
    }
}
