package dev.tradeoff.render.chart;

import dev.tradeoff.analysis.Grade;
import dev.tradeoff.analysis.ObjectiveScore;
import java.awt.Color;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.Layer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Objective scores as horizontal bars coloured by grade, with the at-risk (40 %) and on-track
 * (70 %) lines drawn, one bar per objective in id order. Beyond {@link ChartStyle#MAX_BARS} objectives the
 * chart shows the {@value ChartStyle#MAX_BARS} lowest scores, lowest first (the ones to talk about): a bar
 * per objective of thousands would make a chart metres tall. The OKR pages list every one. Rows
 * are named by the objectives' titles, wrapped at spaces into up to {@value #LABEL_LINES} lines
 * ({@link RowLabelAxis}).
 */
public final class OkrChart {

    private static final Color AT_RISK = new Color(0xd97706);
    /** The widest line of an objective's title, in pixels: a third of the chart. */
    static final int LABEL_WIDTH = 240;
    /** The most lines of an objective's title; rows grow taller when a title takes all three. */
    static final int LABEL_LINES = 3;

    private OkrChart() {
    }

    public static String svg(List<ObjectiveScore> all) {
        List<ObjectiveScore> objectives = ChartStyle.bars(all,
                Comparator.comparingDouble(ObjectiveScore::score).thenComparing(ObjectiveScore::id));
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        // Titles, not ids: "cost" says little on a chart a CFO reads.
        List<String> rows = ChartStyle.rowLabels(objectives, score -> score.objective().objective(), ObjectiveScore::id);
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveScore objective = objectives.get(i);
            for (Grade grade : Grade.values()) {
                dataset.addValue(objective.grade() == grade ? objective.score() : null, label(grade), rows.get(i));
            }
        }
        StackedBarRenderer renderer = new StackedBarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setMaximumBarWidth(0.6);
        renderer.setSeriesPaint(Grade.ON_TRACK.ordinal(), ChartStyle.BENEFITS);
        renderer.setSeriesPaint(Grade.AT_RISK.ordinal(), AT_RISK);
        renderer.setSeriesPaint(Grade.OFF_TRACK.ordinal(), ChartStyle.COSTS);

        RowLabelAxis objectiveAxis = new RowLabelAxis(LABEL_WIDTH, LABEL_LINES);
        NumberAxis score = ChartStyle.percentAxis("Objective score");
        score.setRange(0, 1.05);
        CategoryPlot plot = new CategoryPlot(dataset, objectiveAxis, score, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("No objectives");
        ChartStyle.style(plot);
        plot.addRangeMarker(ChartStyle.verticalGuide(0.4, "At risk", ChartStyle.GUIDE), Layer.FOREGROUND);
        plot.addRangeMarker(ChartStyle.verticalGuide(0.7, "On track", ChartStyle.GUIDE), Layer.FOREGROUND);
        // After styling: the rows are measured in the axis's tick label font.
        int height = 90 + Math.max(3, objectives.size()) * objectiveAxis.rowHeight(rows, 30);
        JFreeChart chart = ChartStyle.chart(plot, true);
        String which = objectives.size() == all.size() ? all.size() + " objectives"
                : "the " + objectives.size() + " lowest-scoring of " + all.size() + " objectives";
        return SvgChart.toSvg(chart, "okrs", TeamLoadChart.WIDTH, height,
                "Scores of " + which + " against the on-track and at-risk lines");
    }

    private static String label(Grade grade) {
        return switch (grade) {
            case ON_TRACK -> "On track";
            case AT_RISK -> "At risk";
            case OFF_TRACK -> "Off track";
        };
    }
}
