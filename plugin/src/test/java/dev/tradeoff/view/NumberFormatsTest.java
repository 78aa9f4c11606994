package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentages, numbers and counts for prose: locale-free (the suite runs in a Turkish locale). */
class NumberFormatsTest {

    @Test
    void percentIsAWholePercentage() {
        assertThat(NumberFormats.percent(0.2349)).isEqualTo("23%");
        assertThat(NumberFormats.percent(0.2351)).isEqualTo("24%");
        assertThat(NumberFormats.percent(1.0)).isEqualTo("100%");
        assertThat(NumberFormats.percent(0.0)).isEqualTo("0%");
        assertThat(NumberFormats.percent(2.5)).isEqualTo("250%");
    }

    @Test
    void percentOfNothingIsAnEmDash() {
        assertThat(NumberFormats.percent(null)).isEqualTo("—");
    }

    @Test
    void negativePercentUsesTheTypographicMinusAndNeverShowsMinusZero() {
        assertThat(NumberFormats.percent(-0.05)).isEqualTo("\u22125%");
        assertThat(NumberFormats.percent(-0.001)).isEqualTo("0%");
    }

    @Test
    void numberDropsTrailingZeros() {
        assertThat(NumberFormats.number(12.50, 1)).isEqualTo("12.5");
        assertThat(NumberFormats.number(3.0, 1)).isEqualTo("3");
        assertThat(NumberFormats.number(100, 1)).isEqualTo("100");
        assertThat(NumberFormats.number(1234.5678, 2)).isEqualTo("1234.57");
        assertThat(NumberFormats.number(0.04, 1)).isEqualTo("0");
        assertThat(NumberFormats.number(-0.04, 1)).isEqualTo("0");
    }

    @Test
    void numberRoundsHalfToEven() {
        assertThat(NumberFormats.number(0.25, 1)).isEqualTo("0.2");
        assertThat(NumberFormats.number(0.35, 1)).isEqualTo("0.4");
    }

    @Test
    void decimalKeepsExactlyTheDecimalsAsked() {
        assertThat(NumberFormats.decimal(2, 2)).isEqualTo("2.00");
        assertThat(NumberFormats.decimal(2.345, 1)).isEqualTo("2.3");
        assertThat(NumberFormats.decimal(-1.5, 1)).isEqualTo("\u22121.5");
        assertThat(NumberFormats.decimal(-0.001, 2)).isEqualTo("0.00");
        assertThat(NumberFormats.decimal(12345.6, 0)).isEqualTo("12346");
    }

    @Test
    void quartersPluralises() {
        assertThat(NumberFormats.quarters(1)).isEqualTo("1 quarter");
        assertThat(NumberFormats.quarters(3)).isEqualTo("3 quarters");
        assertThat(NumberFormats.quarters(0)).isEqualTo("0 quarters");
    }

    @Test
    void wordsSpellsSmallCountsAndFallsBackToDigits() {
        assertThat(NumberFormats.words(0)).isEqualTo("zero");
        assertThat(NumberFormats.words(1)).isEqualTo("one");
        assertThat(NumberFormats.words(4)).isEqualTo("four");
        assertThat(NumberFormats.words(12)).isEqualTo("twelve");
        assertThat(NumberFormats.words(13)).isEqualTo("13");
        assertThat(NumberFormats.words(40)).isEqualTo("40");
    }
}
