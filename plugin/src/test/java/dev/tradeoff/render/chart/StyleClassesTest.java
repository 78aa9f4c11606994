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
    void namesManyStylesInBase36AndFindsEachAgainWhereverItWasFirstSeen() {
        StringBuilder svg = new StringBuilder("<svg>");
        StringBuilder sheet = new StringBuilder("<svg><style>");
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 70; i++) {
            svg.append("<rect style='fill:#").append(i).append("'/>");
            String name = "s" + Integer.toString(i, 36);
            sheet.append('.').append(name).append("{fill:#").append(i).append('}');
            body.append("<rect class='").append(name).append("'/>");
        }
        svg.append("<rect style='fill:#3'/><rect style=''/><rect style='fill:#69'/></svg>");
        sheet.append(".s1y{}</style>");
        body.append("<rect class='s3'/><rect class='s1y'/><rect class='s1x'/></svg>");

        assertThat(StyleClasses.apply(svg.toString())).isEqualTo(sheet.toString() + body);
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
