package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Money is written the same way on every machine: fixed symbols, comma grouping, U+2212 minus. */
class MoneyFormatTest {

    private static final String MINUS = "\u2212";

    private final MoneyFormat usd = new MoneyFormat("USD");

    @Test
    void fullGroupsThousandsWithCommas() {
        assertThat(usd.full(1_234_567)).isEqualTo("$1,234,567");
        assertThat(usd.full(999)).isEqualTo("$999");
        assertThat(usd.full(1000)).isEqualTo("$1,000");
        assertThat(usd.full(0)).isEqualTo("$0");
        assertThat(usd.full(1_000_000_000)).isEqualTo("$1,000,000,000");
    }

    @Test
    void fullWritesNegativeAmountsWithTheTypographicMinusBeforeTheSymbol() {
        assertThat(usd.full(-20_000)).isEqualTo(MINUS + "$20,000");
        assertThat(usd.full(-20_000)).doesNotContain("-");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0.5, $1",
        "1.5, $2",
        "2.5, $3",
        "3.5, $4",
        "1234.49, '$1,234'",
        "1234.51, '$1,235'",
    })
    void fullRoundsHalfUp(double amount, String expected) {
        assertThat(usd.full(amount)).isEqualTo(expected);
    }

    @Test
    void aNegativeAmountThatRoundsToZeroHasNoMinus() {
        assertThat(usd.full(-0.4)).isEqualTo("$0");
        assertThat(usd.compact(-0.003)).isEqualTo("$0");
        // Below one unit, cents: an amount that is there is not written as $0.
        assertThat(usd.compact(0.01)).isEqualTo("$0.01");
        assertThat(usd.compact(-0.3)).isEqualTo("\u2212$0.30");
        assertThat(usd.cents(-0.004)).isEqualTo("$0.00");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1200000, $1.2M",
        "1000000, $1M",
        "450000, $450k",
        "2000000000, $2B",
        "2500000000, $2.5B",
        "12500, $12.5k",
        "1000, $1k",
        "999, $999",
        "12.4, $12",
        "0, $0",
        "150000000, $150M",
        "12000000000, $12B",
        "999960000000, $1T",
        "1250000000000, $1.25T",
        "1234567, $1.23M",
        "12345678, $12.3M",
        "158290000, $158M",
        "9995, $10k",
        "99950, $100k",
        "11970000, $12M",
        "1199800, $1.2M",
        "976454000000000000, '$976,454T'",
    })
    void compactUsesTheLargestUnitWithThreeSignificantFigures(double amount, String expected) {
        assertThat(usd.compact(amount)).isEqualTo(expected);
    }

    @Test
    void compactNegativeAmountsUseTheTypographicMinus() {
        assertThat(usd.compact(-1_200_000)).isEqualTo(MINUS + "$1.2M");
        assertThat(usd.compact(-400)).isEqualTo(MINUS + "$400");
    }

    @Test
    void compactRoundsHalfUp() {
        // 1.255M and 1.345M are exact in decimal: half up, as finance rounds. Three figures keep
        // "$1.25M over five quarters" beside "$250k a quarter".
        assertThat(usd.compact(1_250_000)).isEqualTo("$1.25M");
        assertThat(usd.compact(1_255_000)).isEqualTo("$1.26M");
        assertThat(usd.compact(1_345_000)).isEqualTo("$1.35M");
    }

    @Test
    void compactCarriesIntoTheNextUnitWhenRoundingReachesAThousand() {
        // 999,999 is a million for all practical purposes: "$1000k" is not a way anyone writes it.
        assertThat(usd.compact(999_999)).isEqualTo("$1M");
        assertThat(usd.compact(999_960_000)).isEqualTo("$1B");
        assertThat(usd.compact(999.7)).isEqualTo("$1k");
    }

    @Test
    void centsKeepTwoDecimals() {
        assertThat(usd.cents(2.1)).isEqualTo("$2.10");
        assertThat(usd.cents(0.456)).isEqualTo("$0.46");
        assertThat(usd.cents(-1.5)).isEqualTo(MINUS + "$1.50");
    }

    @Test
    void knownCurrenciesUseTheirSymbol() {
        assertThat(new MoneyFormat("EUR").full(1_500)).isEqualTo("€1,500");
        assertThat(new MoneyFormat("GBP").compact(2_000_000)).isEqualTo("£2M");
        assertThat(new MoneyFormat("EUR").full(-20_000)).isEqualTo(MINUS + "€20,000");
        assertThat(new MoneyFormat("JPY").symbol()).isEqualTo("¥");
    }

    @Test
    void otherCurrenciesArePrefixedWithTheirCodeAndASpace() {
        assertThat(new MoneyFormat("CHF").full(1_500)).isEqualTo("CHF 1,500");
        assertThat(new MoneyFormat("CHF").compact(450_000)).isEqualTo("CHF 450k");
        assertThat(new MoneyFormat("SEK").full(1_500)).isEqualTo("SEK 1,500");
        assertThat(new MoneyFormat("SEK").compact(-2_000)).isEqualTo(MINUS + "SEK 2k");
        assertThat(new MoneyFormat("SEK").symbol()).isEqualTo("SEK ");
    }

    @Test
    void beforeAndAfterAreWrittenInOneUnitToTheSameDecimals() {
        // 11.96 needs one decimal for three figures, 9.99 two: both get two, so they subtract as shown.
        assertThat(usd.compactAlike(11_962_359.78, 9_991_896.52)).containsExactly("$11.96M", "$9.99M");
        assertThat(usd.compactAlike(400_000, 540_000)).containsExactly("$400k", "$540k");
        assertThat(usd.compactAlike(-77_200, -179_000)).containsExactly(MINUS + "$77.2k", MINUS + "$179.0k");
        assertThat(usd.compactAlike(10_300_000, 9_910_000)).containsExactly("$10.30M", "$9.91M");
        // Ten times apart, below a thousand, or rounded into the next unit: each as compact writes it.
        assertThat(usd.compactAlike(5_000, 10_000_000)).containsExactly("$5k", "$10M");
        assertThat(usd.compactAlike(500, 600)).containsExactly("$500", "$600");
        assertThat(usd.compactAlike(999_960, 999_000)).containsExactly("$1M", "$999k");
    }

    @Test
    void halfACentIsACentAndJustUnderOneUnitIsOneUnit() {
        // 0.005 is half a cent: half up, one cent, not "$0". 0.995 rounds to 1.00, which is written "$1",
        // as every whole amount compact writes, and never "$1.00".
        assertThat(usd.compact(0.005)).isEqualTo("$0.01");
        assertThat(usd.compact(0.0049)).isEqualTo("$0");
        assertThat(usd.compact(0.994)).isEqualTo("$0.99");
        assertThat(usd.compact(0.995)).isEqualTo("$1");
        assertThat(usd.compact(-0.005)).isEqualTo(MINUS + "$0.01");
    }

    @Test
    void fullWritesAmountsBeyondTheRangeOfALongInFull() {
        // 1e20 is past Long.MAX_VALUE (about 9.22e18): every digit is still written, grouped in threes.
        assertThat(usd.full(1e20)).isEqualTo("$100,000,000,000,000,000,000");
        assertThat(usd.full(-1e20)).isEqualTo(MINUS + "$100,000,000,000,000,000,000");
        // 2^53 + 2 = 9,007,199,254,740,994 is exact in binary: the same digits back.
        assertThat(usd.full(9_007_199_254_740_994d)).isEqualTo("$9,007,199,254,740,994");
    }

    @Test
    void anAmountThatIsNotANumberIsADash() {
        assertThat(usd.full(Double.NaN)).isEqualTo("—");
        assertThat(usd.full(Double.POSITIVE_INFINITY)).isEqualTo("—");
        assertThat(usd.compact(Double.NEGATIVE_INFINITY)).isEqualTo("—");
        assertThat(usd.compact(Double.NaN)).isEqualTo("—");
        assertThat(usd.cents(Double.NaN)).isEqualTo("—");
        assertThat(usd.cents(Double.POSITIVE_INFINITY)).isEqualTo("—");
    }

    @Test
    void amountsExactlyTenTimesApartOrOfExactlyAThousandAreStillWrittenAlike() {
        // Ten times apart is not more: 10,000 and 1,000 in k, each to two decimals, since 1.00 needs
        // two for three figures (10.00 would need one; the larger number of decimals wins).
        assertThat(usd.compactAlike(10_000, 1_000)).containsExactly("$10.00k", "$1.00k");
        // A thousand is not below a thousand: 1,000 and 900 in k, 1.00 and 0.90 (0.9 needs three
        // decimals for three figures, capped at two).
        assertThat(usd.compactAlike(1_000, 900)).containsExactly("$1.00k", "$0.90k");
    }
}
