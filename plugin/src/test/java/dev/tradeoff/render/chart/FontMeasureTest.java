package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.List;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** A chart's graphics and its copies measure text exactly as JFreeSVG's canvas does. */
class FontMeasureTest {

    private static final List<Font> FONTS = List.of(ChartStyle.font(11), ChartStyle.bold(14),
            ChartStyle.font(11).deriveFont(9.5f));

    @Test
    void metricsAreTheCanvasMetrics() {
        SVGGraphics2D canvas = new SVGGraphics2D(300, 200);
        ChartGraphics chart = new ChartGraphics(300, 200);
        Graphics copy = chart.create();

        for (Font font : FONTS) {
            FontMetrics expected = canvas.getFontMetrics(font);
            for (FontMetrics actual : List.of(chart.getFontMetrics(font), copy.getFontMetrics(font))) {
                assertThat(actual.getFont()).isEqualTo(font);
                assertThat(actual.getAscent()).isEqualTo(expected.getAscent());
                assertThat(actual.getDescent()).isEqualTo(expected.getDescent());
                assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
                for (String text : List.of("$1,250,000", "2028-Q3", "Cumulative cash flow", "−$450k")) {
                    assertThat(actual.getStringBounds(text, (Graphics2D) copy))
                            .isEqualTo(expected.getStringBounds(text, canvas));
                }
            }
        }
    }

    @Test
    void theCurrentFontIsMeasuredToo() {
        ChartGraphics chart = new ChartGraphics(300, 200);
        Font font = FONTS.get(1);
        chart.setFont(font);

        assertThat(chart.getFontMetrics().getFont()).isEqualTo(font);
        assertThat(chart.getFontMetrics().stringWidth("Payback"))
                .isEqualTo(new SVGGraphics2D(300, 200).getFontMetrics(font).stringWidth("Payback"));
    }

    @Test
    void aFontNotOursIsMeasuredAndDrawnAsOursInItsWeightAndSize() {
        ChartGraphics chart = new ChartGraphics(300, 200);
        Font logical = new Font(Font.SANS_SERIF, Font.BOLD, 14);
        chart.setFont(logical);

        for (Font used : List.of(chart.getFont(), chart.getFontMetrics(logical).getFont())) {
            assertThat(used.getName()).isEqualTo("Liberation Sans Bold");
            assertThat(used.getSize2D()).isEqualTo(14f);
        }
        assertThat(chart.getFontMetrics(logical).stringWidth("Payback"))
                .isEqualTo(new SVGGraphics2D(300, 200).getFontMetrics(ChartStyle.bold(14)).stringWidth("Payback"));
    }
}
