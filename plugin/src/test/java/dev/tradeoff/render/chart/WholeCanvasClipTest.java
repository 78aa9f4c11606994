package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The clip that covers the whole canvas goes, with every reference to it; other clips stay. */
class WholeCanvasClipTest {

    private static final String SVG = "<svg><defs>"
            + "<clipPath id='k-clip-0'><path d='M0,0L720,0L720,320L0,320L0,0Z'/></clipPath>"
            + "<clipPath id='k-clip-1'><path d='M64,12L64,268L704,268L704,12Z'/></clipPath></defs>"
            + "<rect x='0' style='a' clip-path='url(#k-clip-0)'/>"
            + "<path d='M1,1' clip-path='url(#k-clip-1)'/><text clip-path='url(#k-clip-0)'>x</text></svg>";

    @Test
    void removesTheCanvasClipAndItsReferences() {
        assertThat(WholeCanvasClip.remove(SVG, 720, 320)).isEqualTo("<svg><defs>"
                + "<clipPath id='k-clip-1'><path d='M64,12L64,268L704,268L704,12Z'/></clipPath></defs>"
                + "<rect x='0' style='a'/>"
                + "<path d='M1,1' clip-path='url(#k-clip-1)'/><text>x</text></svg>");
    }

    @Test
    void dropsDefinitionsLeftEmpty() {
        String svg = "<svg><defs><clipPath id='c'><path d='M0,0L10,0L10,5L0,5L0,0Z'/></clipPath></defs>"
                + "<rect clip-path='url(#c)'/></svg>";

        assertThat(WholeCanvasClip.remove(svg, 10, 5)).isEqualTo("<svg><rect/></svg>");
    }

    @Test
    void leavesAnSvgOfAnotherSizeAlone() {
        assertThat(WholeCanvasClip.remove(SVG, 640, 320)).isEqualTo(SVG);
    }

    @Test
    void aDrawnChartNamesNoClipThatCutsNothing() {
        String svg = CashFlowChart.svg(ChartFixtures.small().get(0), "$");

        assertThat(svg).doesNotContain("M0,0L720,0L720,320L0,320L0,0Z").contains("clip-path=");
    }
}
