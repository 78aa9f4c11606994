package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.FontMetrics;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** Widths for what the charts' font has no glyph for, the same on every machine. */
class CoveringFontMetricsTest {

    private final SVGGraphics2D canvas = new SVGGraphics2D(100, 100);
    private final FontMetrics own = canvas.getFontMetrics(ChartStyle.font(12));
    private final FontMetrics covering = new FontMeasure().metrics(ChartStyle.font(12));

    @Test
    void textTheFontDrawsIsMeasuredByTheFont() {
        for (String text : new String[] {"Scale the auth path", "−$450k", "Überblick", "Ελληνικά", "Русский", "עברית"}) {
            assertThat(covering.stringWidth(text)).as(text).isEqualTo(own.stringWidth(text));
            assertThat(covering.getStringBounds(text, canvas)).as(text).isEqualTo(own.getStringBounds(text, canvas));
        }
    }

    @Test
    void eastAsianCharactersAndEmojiAreAFontSizeWide() {
        // 12 px each, where the font's empty box is 9.
        assertThat(covering.stringWidth("日本語")).isEqualTo(36);
        assertThat(covering.getStringBounds("한국어", canvas).getWidth()).isCloseTo(36, within(1e-9));
        assertThat(covering.stringWidth("🚀")).isEqualTo(12);
        assertThat(covering.getStringBounds("Tokyo 東京", canvas).getWidth())
                .isCloseTo(own.getStringBounds("Tokyo ", canvas).getWidth() + 24, within(1e-4));
    }

    @Test
    void otherMissingCharactersAreMostOfAFontSizeAndCombiningMarksNothing() {
        // ก 0.6 × 12 = 7.2 px, and the vowel mark above it (U+0E31, non-spacing) none.
        assertThat(covering.getStringBounds("ก\u0E31", canvas).getWidth()).isCloseTo(7.2, within(1e-4));
        assertThat(covering.stringWidth("ก\u0E31ก")).isEqualTo(14);
        assertThat(covering.charWidth('ก')).isEqualTo(7);
    }

    @Test
    void heightsAreTheFontsWhateverTheText() {
        assertThat(covering.getHeight()).isEqualTo(own.getHeight());
        assertThat(covering.getStringBounds("日本語", canvas).getHeight())
                .isEqualTo(own.getStringBounds("Japan", canvas).getHeight());
    }
}
