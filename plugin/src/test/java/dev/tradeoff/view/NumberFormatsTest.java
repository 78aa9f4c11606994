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
    void thousandsAreGrouped() {
        assertThat(NumberFormats.number(33689.24, 1)).isEqualTo("33,689.2");
        assertThat(NumberFormats.number(-1234567.5, 1)).isEqualTo("\u22121,234,567.5");
        assertThat(NumberFormats.number(999.96, 1)).isEqualTo("1,000");
        assertThat(NumberFormats.number(-999, 1)).isEqualTo("\u2212999");
        assertThat(NumberFormats.number(100000, 0)).isEqualTo("100,000");
        assertThat(NumberFormats.count(2844)).isEqualTo("2,844");
        assertThat(NumberFormats.count(999)).isEqualTo("999");
        assertThat(NumberFormats.count(-1000)).isEqualTo("\u22121,000");
    }

    @Test
    void percentRoundsTheWrittenDecimalsHalfUp() {
        // 0.145 × 100 is 14.499999999999998 in binary; the share as written is 14.5%.
        assertThat(NumberFormats.percent(0.145)).isEqualTo("15%");
        assertThat(NumberFormats.percent(0.125)).isEqualTo("13%");
        assertThat(NumberFormats.percentAgainst(0.2855, 0.285)).isEqualTo("28.6%");
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
        assertThat(NumberFormats.number(1234.5678, 2)).isEqualTo("1,234.57");
        assertThat(NumberFormats.number(0.04, 1)).isEqualTo("0");
        assertThat(NumberFormats.number(-0.04, 1)).isEqualTo("0");
    }

    @Test
    void numberRoundsHalfUp() {
        assertThat(NumberFormats.number(0.25, 1)).isEqualTo("0.3");
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
        assertThat(NumberFormats.words(6423)).isEqualTo("6,423");
        assertThat(NumberFormats.words(-1)).isEqualTo("−1");
    }

    @Test
    void aShareBesideItsBoundsNeverReadsAsABoundItIsNot() {
        // 30.46% is above a 20–30% band: "30%" would read as its top, so it gets a decimal.
        assertThat(NumberFormats.percentAgainst(0.3046, 0.2, 0.3)).isEqualTo("30.5%");
        assertThat(NumberFormats.percentAgainst(0.1996, 0.2, 0.3)).isEqualTo("19.96%");
        assertThat(NumberFormats.percentAgainst(0.29996, 0.2, 0.3)).isEqualTo("29.996%");
        // On a bound, or clear of them: whole, as always.
        assertThat(NumberFormats.percentAgainst(0.3, 0.2, 0.3)).isEqualTo("30%");
        assertThat(NumberFormats.percentAgainst(2.7 / 9, 0.2, 0.3)).isEqualTo("30%");
        assertThat(NumberFormats.percentAgainst(0.2349, 0.2, 0.3)).isEqualTo("23%");
        assertThat(NumberFormats.percentAgainst(0.6951, 0.7, 0.4)).isEqualTo("69.5%");
        assertThat(NumberFormats.percentAgainst(1.004, 1)).isEqualTo("100.4%");
        assertThat(NumberFormats.percentAgainst(null, 1)).isEqualTo("—");
    }

    @Test
    void countedAddsAnSExceptForOne() {
        assertThat(NumberFormats.counted(1, "initiative")).isEqualTo("1 initiative");
        assertThat(NumberFormats.counted(0, "brief")).isEqualTo("0 briefs");
        assertThat(NumberFormats.counted(2, "chart")).isEqualTo("2 charts");
    }

    @Test
    void aShareThatReadsAsItsBoundEvenToThreeDecimalsStopsAtThree() {
        // 0.300001 is 30.0001%: to 0, 1, 2 and 3 decimals it reads 30%, 30.0%, 30.00%, 30.000%, as the
        // bound does; three decimals are the most written.
        assertThat(NumberFormats.percentAgainst(0.300001, 0.3)).isEqualTo("30.000%");
    }
}
