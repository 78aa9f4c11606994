package dev.tradeoff.render.chart;

import dev.tradeoff.model.Initiative;
import java.awt.Font;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What a chart writes for each initiative: its title, as every page names it, on one line of at
 * most a given width ({@link RowLabelAxis#oneLine}). When two read the same, even once shortened,
 * each gets its id as well ({@link ChartStyle#rowLabels}), so that a reader can tell them apart.
 * Only the text: charts keep their rows and bubbles apart by position or id, never by this label.
 */
final class InitiativeLabels {

    private InitiativeLabels() {
    }

    /** One label per initiative, in the same order. */
    static List<String> of(List<Initiative> initiatives, double width, Font font) {
        List<String> titles = RowLabelAxis.oneLine(initiatives.stream().map(Initiative::title).toList(), width, font);
        List<Integer> indices = IntStream.range(0, initiatives.size()).boxed().toList();
        return ChartStyle.rowLabels(indices, titles::get, i -> initiatives.get(i).id());
    }
}
