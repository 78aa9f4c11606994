package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each distinct inline style becomes one class of a sheet at the top of the element. */
class StyleClassesTest {

    @Test
    void writesEachDistinctStyleOnceAsAClass() {
        String svg = "<svg viewBox='0 0 1 1'><rect style='fill:red'/><g style='stroke:blue;stroke-width:2'>"
                + "<path d='M0,0' style='fill:red'/></g><text x='1' style='font-size: 11px;'>a</text></svg>";

        assertThat(StyleClasses.apply(svg)).isEqualTo("<svg viewBox='0 0 1 1'>"
                + "<style>.s0{fill:red}.s1{stroke:blue;stroke-width:2}.s2{font-size: 11px;}</style>"
                + "<rect class='s0'/><g class='s1'><path d='M0,0' class='s0'/></g>"
                + "<text x='1' class='s2'>a</text></svg>");
    }

    @Test
    void leavesAnElementWithoutStylesAlone() {
        assertThat(StyleClasses.apply("<svg><rect x='1'/></svg>")).isEqualTo("<svg><rect x='1'/></svg>");
    }

    @Test
    void aDrawnChartHasNoInlineStyleLeft() {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "$");

        assertThat(svg).doesNotContain(" style=").contains("<style>.s0{").contains(" class='s0'");
        assertThat(svg.indexOf("<title>")).isLessThan(svg.indexOf("<style>"));
    }
}
