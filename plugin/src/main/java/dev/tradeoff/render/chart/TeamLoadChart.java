package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.view.NumberFormats;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.CategoryTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Team load against capacity: one horizontal bar per team, in the teams table's order
 * ({@link TeamLoad#UNSTAFFED_FIRST}), showing its peak utilisation over the horizon, red when above
 * 100 %, labelled with the peak and its quarter (inside the bar's end where it fits), with a dashed
 * line at 100 %. A team without capacity gets no bar and says so. Beyond {@link ChartStyle#MAX_BARS}
 * teams the chart shows the first {@value ChartStyle#MAX_BARS} in that order: the teams page lists
 * every one. Rows are named by the teams' names, wrapped at spaces as the OKR chart wraps objective
 * titles ({@link RowLabelAxis}), the rows taller when a name takes three lines.
 */
public final class TeamLoadChart {

    static final int WIDTH = 720;
    /** The widest line of a team's name, in pixels: as wide as an objective's title on the OKR chart. */
    static final int LABEL_WIDTH = OkrChart.LABEL_WIDTH;
    /** The most lines of a team's name. */
    static final int LABEL_LINES = OkrChart.LABEL_LINES;
    private static final String WITHIN = "Within capacity";
    private static final String OVERLOADED = "Overloaded";

    private TeamLoadChart() {
    }

    public static String svg(List<TeamLoad> all, Quarter planStart) {
        // The teams table's order, so that the chart and the table beside it agree, and a team with
        // work and no people is among the bars however many teams there are.
        List<TeamLoad> ordered = all.stream().sorted(TeamLoad.UNSTAFFED_FIRST).toList();
        List<TeamLoad> teams = ordered.subList(0, Math.min(ChartStyle.MAX_BARS, ordered.size()));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, String> labels = new HashMap<>();
        List<String> withoutCapacity = new ArrayList<>();
        List<String> rows = ChartStyle.rowLabels(teams, team -> team.team().name(), team -> team.team().id());
        double top = 1.0;
        int overloaded = 0;
        for (int i = 0; i < teams.size(); i++) {
            TeamLoad team = teams.get(i);
            String row = rows.get(i);
            Double peak = team.peakUtilisation();
            if (peak == null) {
                dataset.addValue(null, WITHIN, row);
                dataset.addValue(null, OVERLOADED, row);
                withoutCapacity.add(row);
                continue;
            }
            boolean over = peak > 1;
            overloaded += over ? 1 : 0;
            // An overloaded team's bar is its capacity, then in red what lies beyond: the capacity
            // line (behind the bars, clear of their labels) is where the red begins.
            dataset.addValue(over ? 1.0 : peak, WITHIN, row);
            dataset.addValue(over ? peak - 1 : null, OVERLOADED, row);
            // As the teams table writes it: whole, unless that would read as 100% when it is not.
            labels.put(row, NumberFormats.shareOfCapacity(peak) + peakQuarter(team, planStart));
            top = Math.max(top, peak);
        }

        StackedBarRenderer renderer = new PeakBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.7);
        // Not the platform's indigo: every kind of team has load within its capacity.
        renderer.setSeriesPaint(0, ChartStyle.NEUTRAL);
        renderer.setSeriesPaint(1, ChartStyle.COSTS);
        renderer.setDefaultItemLabelGenerator(new PeakLabels(labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.font(11));
        renderer.setSeriesVisibleInLegend(0, overloaded < teams.size() - withoutCapacity.size());
        renderer.setSeriesVisibleInLegend(1, overloaded > 0);

        RowLabelAxis teamAxis = new RowLabelAxis(LABEL_WIDTH, LABEL_LINES);
        NumberAxis utilisation = ChartStyle.percentAxis("Peak utilisation");
        utilisation.setRange(0, top * 1.3);
        CategoryPlot plot = new CategoryPlot(dataset, teamAxis, utilisation, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("No teams");
        ChartStyle.style(plot);
        teamAxis.setCategoryMargin(0.2);
        // After styling: the rows are measured in the axis's tick label font.
        int rowHeight = teamAxis.rowHeight(rows, 30);
        // Room above the first bar for the capacity line's label, which otherwise sits on that bar's own.
        teamAxis.setLowerMargin(Math.max(teamAxis.getLowerMargin(), 22.0 / (Math.max(3, teams.size()) * rowHeight)));
        // Behind the bars: an overloaded bar is red already, and its label must not be struck through.
        plot.addRangeMarker(ChartStyle.verticalGuide(1.0, "Capacity", ChartStyle.GUIDE), Layer.BACKGROUND);
        for (String row : withoutCapacity) {
            CategoryTextAnnotation note = new CategoryTextAnnotation("no capacity", row, top * 0.01);
            note.setFont(ChartStyle.font(11));
            note.setPaint(ChartStyle.MUTED);
            note.setTextAnchor(TextAnchor.CENTER_LEFT);
            plot.addAnnotation(note);
        }

        int height = 80 + Math.max(3, teams.size()) * rowHeight;
        JFreeChart chart = ChartStyle.chart(plot, true);
        long overloadedOfAll = all.stream().filter(TeamLoad::overloaded).count();
        String which = teams.size() == all.size() ? all.size() + (all.size() == 1 ? " team" : " teams")
                : "the " + teams.size() + " most loaded of " + all.size() + " teams";
        String title = "Peak utilisation of " + which + " against capacity, " + overloadedOfAll + " overloaded";
        return SvgChart.toSvg(chart, "team-load", WIDTH, height, title);
    }

    /** " in 2027-Q3": the first quarter of the horizon where the team's utilisation peaks. */
    private static String peakQuarter(TeamLoad team, Quarter planStart) {
        int peak = -1;
        for (int k = 0; k < team.load().size(); k++) {
            if (peak < 0 || team.load().get(k) > team.load().get(peak)) {
                peak = k;
            }
        }
        return peak < 0 || team.load().get(peak) <= 0 ? "" : " in " + planStart.plus(peak);
    }

    /**
     * Writes each bar's label inside its end when it fits, and after the bar when it does not: a
     * label after a bar that ends near 100 % would run under the dashed capacity line.
     */
    private static final class PeakBarRenderer extends StackedBarRenderer {

        private static final long serialVersionUID = 1L;
        private static final ItemLabelPosition INSIDE = new ItemLabelPosition(ItemLabelAnchor.INSIDE3,
                TextAnchor.CENTER_RIGHT);
        private static final ItemLabelPosition OUTSIDE = new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT);
        /** More room than JFreeChart's own fit test asks, so it never moves an inside label back out. */
        private static final double SPARE = 6;

        PeakBarRenderer() {
            setDefaultPositiveItemLabelPosition(OUTSIDE);
            setPositiveItemLabelPositionFallback(OUTSIDE);
        }

        @Override
        protected void drawItemLabel(Graphics2D g2, CategoryDataset data, int row, int column, CategoryPlot plot,
                CategoryItemLabelGenerator generator, Rectangle2D bar, boolean negative) {
            String label = generator.generateLabel(data, row, column);
            FontMetrics metrics = g2.getFontMetrics(getItemLabelFont(row, column));
            boolean fits = label != null
                    && metrics.stringWidth(label) + getItemLabelAnchorOffset() + SPARE <= bar.getWidth()
                    && metrics.getHeight() + 1 <= bar.getHeight();
            setDefaultPositiveItemLabelPosition(fits ? INSIDE : OUTSIDE, false);
            // White reads on the slate bar (4.8:1); on the red one only dark text has the contrast.
            setDefaultItemLabelPaint(!fits ? ChartStyle.TEXT : row == 0 ? Color.WHITE : ChartStyle.NET, false);
            super.drawItemLabel(g2, data, row, column, plot, generator, bar, negative);
        }
    }

    /** Labels each bar with its prepared text. */
    private static final class PeakLabels implements CategoryItemLabelGenerator {

        private final Map<String, String> labels;

        PeakLabels(Map<String, String> labels) {
            this.labels = Map.copyOf(labels);
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        /** The peak, on the bar's last part: an overloaded team's red part, not the capacity before it. */
        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            boolean lastPart = row == dataset.getRowCount() - 1 || dataset.getValue(row + 1, column) == null;
            return lastPart ? labels.get(generateColumnLabel(dataset, column)) : null;
        }
    }
}
