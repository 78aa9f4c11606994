package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Quarter;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AxisFormatsTest {

    private static final MoneyAxisFormat DOLLARS = new MoneyAxisFormat("$");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0            | $0",
        "12           | $12",
        "12.5         | $12.5",
        "999          | $999",
        "999.999      | $1k",
        "1000         | $1k",
        "1500         | $1.5k",
        "450000       | $450k",
        "999999       | $1M",
        "1200000      | $1.2M",
        "1250000      | $1.25M",
        "1234567      | $1.23M",
        "2000000000   | $2B",
        "1.5e12       | $1.5T",
        "-200000      | \u2212$200k",
        "-0.001       | $0",
    })
    void writesMoneyCompactly(double amount, String expected) {
        assertThat(DOLLARS.format(amount)).isEqualTo(expected);
    }

    @Test
    void takesAnySymbolAndPrecision() {
        assertThat(new MoneyAxisFormat("€").format(450_000)).isEqualTo("€450k");
        assertThat(new MoneyAxisFormat("CHF ").format(1_200_000)).isEqualTo("CHF 1.2M");
        assertThat(new MoneyAxisFormat("$", 1).format(1_250_000)).isEqualTo("$1.3M");
        assertThat(new MoneyAxisFormat("$", 1).format(1_350_000)).isEqualTo("$1.4M");
        assertThat(new MoneyAxisFormat("$", 0).format(1_500)).isEqualTo("$2k");
        assertThat(MoneyAxisFormat.plain().format(1_200_000)).isEqualTo("1.2M");
        assertThat(MoneyAxisFormat.plain().format(8)).isEqualTo("8");
        assertThat(DOLLARS.format(Double.NaN)).isEqualTo("\u2013");
        assertThat(DOLLARS.format(12_000L)).isEqualTo("$12k");
    }

    @Test
    void writesTheSameUnderAnyDefaultLocale() {
        Locale original = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {new Locale("tr", "TR"), Locale.GERMANY, Locale.FRANCE,
                    new Locale("ar", "EG"), new Locale("hi", "IN")}) {
                Locale.setDefault(locale);
                assertThat(DOLLARS.format(1_234_567)).isEqualTo("$1.23M");
                assertThat(DOLLARS.format(-12.5)).isEqualTo("\u2212$12.5");
                assertThat(PercentAxisFormat.INSTANCE.format(0.125)).isEqualTo("12.5%");
            }
        } finally {
            Locale.setDefault(original);
        }
    }

    @Test
    void readsBackWhatItWrites() throws ParseException {
        assertThat(DOLLARS.parse("$1.25M").doubleValue()).isEqualTo(1_250_000);
        assertThat(DOLLARS.parse("\u2212$200k").doubleValue()).isEqualTo(-200_000);
        assertThat(DOLLARS.parse("-$3B").doubleValue()).isEqualTo(-3e9);
        assertThat(MoneyAxisFormat.plain().parse("450k").doubleValue()).isEqualTo(450_000);
    }

    @Test
    void writesQuartersFromOrdinals() throws ParseException {
        Quarter q = Quarter.parse("2027-Q3");
        assertThat(QuarterAxisFormat.INSTANCE.format(q.ordinal())).isEqualTo("2027-Q3");
        assertThat(QuarterAxisFormat.INSTANCE.format(q.ordinal() + 0.4)).isEqualTo("2027-Q3");
        assertThat(QuarterAxisFormat.INSTANCE.format(q.ordinal() - 0.5 + 1e-9)).isEqualTo("2027-Q3");
        assertThat(QuarterAxisFormat.INSTANCE.format(q.ordinal() + 1)).isEqualTo("2027-Q4");
        assertThat(QuarterAxisFormat.INSTANCE.parse("2028-Q1").intValue()).isEqualTo(Quarter.parse("2028-Q1").ordinal());
    }

    @Test
    void writesShares() {
        assertThat(PercentAxisFormat.INSTANCE.format(0)).isEqualTo("0%");
        assertThat(PercentAxisFormat.INSTANCE.format(0.25)).isEqualTo("25%");
        assertThat(PercentAxisFormat.INSTANCE.format(4.0 / 3)).isEqualTo("133.3%");
        assertThat(PercentAxisFormat.INSTANCE.format(-0.1)).isEqualTo("\u221210%");
    }

    @Test
    void makesIdPrefixesXmlNames() {
        assertThat(SvgChart.idPrefix("cashflow-payments-platform")).isEqualTo("tc-cashflow-payments-platform-");
        assertThat(SvgChart.idPrefix("a b/é")).isEqualTo("tc-a_20_b_2f__e9_-");
    }
}
