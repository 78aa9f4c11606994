package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A currency without minor units (ISO 4217: JPY, KRW) is never written below one unit. */
class MoneyFormatWholeUnitsTest {

    private static final String MINUS = "\u2212";

    private final MoneyFormat jpy = new MoneyFormat("JPY");
    private final MoneyFormat krw = new MoneyFormat("KRW");
    private final MoneyFormat usd = new MoneyFormat("USD");

    @Test
    void amountsBelowOneYenAreRoundedHalfUpToWholeYen() {
        assertThat(jpy.compact(0.01)).isEqualTo("¥0");
        assertThat(jpy.compact(0.3)).isEqualTo("¥0");
        assertThat(jpy.compact(0.5)).isEqualTo("¥1");
        assertThat(jpy.compact(0.994)).isEqualTo("¥1");
        assertThat(jpy.compact(-0.3)).isEqualTo("¥0");
        assertThat(jpy.compact(-0.7)).isEqualTo(MINUS + "¥1");
        assertThat(krw.compact(0.25)).isEqualTo("KRW 0");
        assertThat(jpy.full(0.4)).isEqualTo("¥0");
    }

    @Test
    void largerAmountsAreWrittenAsForAnyCurrency() {
        assertThat(jpy.compact(1_250_000)).isEqualTo("¥1.25M");
        assertThat(jpy.compact(450)).isEqualTo("¥450");
        assertThat(jpy.compact(2.5)).isEqualTo("¥3");
        assertThat(jpy.compactAlike(11_960_000, 9_990_000)).containsExactly("¥11.96M", "¥9.99M");
    }

    @Test
    void centsAreWholeYenWithThousandsSeparators() {
        assertThat(jpy.cents(2.1)).isEqualTo("¥2");
        assertThat(jpy.cents(0.456)).isEqualTo("¥0");
        assertThat(jpy.cents(16_666.5)).isEqualTo("¥16,667");
        assertThat(jpy.cents(-1.5)).isEqualTo(MINUS + "¥2");
    }

    @Test
    void aRatioIsSaidForEachHundredYenAndForEachDollar() {
        assertThat(jpy.perUnitBase()).isEqualTo("¥100");
        assertThat(jpy.perUnit(1.6667)).isEqualTo("¥167");
        assertThat(jpy.perUnit(166.6667)).isEqualTo("¥16,667");
        assertThat(jpy.perUnit(0.114)).isEqualTo("¥11");
        assertThat(usd.perUnitBase()).isEqualTo("$1");
        assertThat(usd.perUnit(1.6667)).isEqualTo("$1.67");
        assertThat(usd.perUnit(166.6667)).isEqualTo("$166.67");
    }

    @Test
    void currenciesWithCentsOrUnknownToJavaKeepTheirCents() {
        assertThat(new MoneyFormat("CNY").compact(0.3)).isEqualTo("¥0.30");
        assertThat(new MoneyFormat("EUR").compact(0.01)).isEqualTo("€0.01");
        assertThat(new MoneyFormat("ZZZ").compact(0.01)).isEqualTo("ZZZ 0.01");
        assertThat(new MoneyFormat("points").compact(0.3)).isEqualTo("points 0.30");
        assertThat(new MoneyFormat("XAU").compact(0.3)).isEqualTo("XAU 0.30");
        assertThat(new MoneyFormat("ZZZ").wholeUnits()).isFalse();
    }

    @Test
    void theYenAndTheYuanShareASymbolButAreNotTheSameFormat() {
        assertThat(jpy.symbol()).isEqualTo(new MoneyFormat("CNY").symbol());
        assertThat(jpy).isNotEqualTo(new MoneyFormat("CNY"));
        assertThat(jpy).isEqualTo(MoneyFormat.withSymbol("¥", true));
        // Charts get the symbol and this flag, and must write yen without cents as the page does.
        assertThat(jpy.wholeUnits()).isTrue();
        assertThat(new MoneyFormat("CNY").wholeUnits()).isFalse();
        assertThat(MoneyFormat.withSymbol("¥")).isEqualTo(new MoneyFormat("CNY"));
    }
}
