package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.assertOnlyProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Strategy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every range of the format holds its ends, and a number one step beyond them is refused. */
class RangeEdgesTest {

    private static final String CHECKOUT = "initiatives/checkout-v2.yaml";
    private static final String PLATFORM = "initiatives/payments-platform.yaml";

    private static Initiative checkout(Strategy strategy) {
        return strategy.initiatives().stream().filter(i -> i.id().equals("checkout-v2")).findFirst().orElseThrow();
    }

    private static Initiative checkoutWith(String from, String to) {
        return checkout(Loading.load(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace(from, to))));
    }

    @Test
    void wholeNumbersAtBothEndsOfTheirRanges() {
        assertThat(checkoutWith("duration: 2", "duration: 1").duration()).isEqualTo(1);
        assertThat(checkoutWith("duration: 2", "duration: 400").duration()).isEqualTo(400);
        assertThat(Loading.load(ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY + "horizon: 1\nsignalWindow: 400\n"))
                .plan()).satisfies(plan -> {
                    assertThat(plan.horizon()).isEqualTo(1);
                    assertThat(plan.signalWindow()).isEqualTo(400);
                });
        assertThat(Loading.load(ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY + "horizon: 80\nsignalWindow: 2\n"))
                .plan()).satisfies(plan -> {
                    assertThat(plan.horizon()).isEqualTo(80);
                    assertThat(plan.signalWindow()).isEqualTo(2);
                });
    }

    @Test
    void aWholeNumberMayBeWrittenWithAZeroFractionOrInQuotes() {
        assertThat(checkoutWith("duration: 2", "duration: 2.0").duration()).isEqualTo(2);
        assertThat(checkoutWith("duration: 2", "duration: \"3\"").duration()).isEqualTo(3);
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("duration: 2", "duration: .inf"),
                CHECKOUT + ":4:11: duration: expected a whole number, found '.inf'");
    }

    @Test
    void aQuotedWholeNumberOfMoreThanFourHundredDigitsIsFarTooLargeNotUnreadable() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("duration: 2", "duration: \"1" + "0".repeat(400) + "\""),
                CHECKOUT + ":4:11: duration: must be a whole number from 1 to 400, found 1" + "0".repeat(39) + "...");
    }

    @Test
    void aBrokenDurationLeavesTheStatusUnjudged() {
        // In progress from the plan's start: fine with any duration, so there is nothing to warn of.
        for (String duration : new String[] {"duration: 0", "duration: x"}) {
            StrategyException e = catchThrowableOfType(StrategyException.class, () -> new StrategyLoader().load(
                    new MemorySource(ValidStrategy.with(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM
                            .replace("status: committed", "status: in-progress").replace("duration: 3", duration)))));

            assertThat(e.problems()).singleElement().extracting(Problem::message).asString().startsWith("duration: ");
            assertThat(e.warnings()).as(duration).isEmpty();
        }
    }

    @Test
    void aNumberMayBeAsLargeAsAMillionBillionAndAsSmallAsOneMillionthOfABillionth() {
        assertThat(checkoutWith("effort: 20", "effort: 1e15").effort()).isEqualTo(1e15);
        assertThat(checkoutWith("effort: 20", "effort: 1e-15").effort()).isEqualTo(1e-15);
        assertThat(checkoutWith("effort: 20", "effort: 0").effort()).isZero();
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: 1.1e15"),
                CHECKOUT + ":5:9: effort: must be at most 1e15 (a million billion) in size, found '1.1e15'");
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: 9e-16"),
                CHECKOUT + ":5:9: effort: must be 0 or at least 1e-15 in size, found '9e-16'");
    }

    @ParameterizedTest(name = "costPerPersonMonth: {0}")
    @CsvSource({"1000000000000001", "99999999999999999999", "2e15", "'1,000,000,000,000,001'", "1000001B"})
    void moneyOfMoreThanAMillionBillionIsRefused(String written) {
        String plan = ValidStrategy.STRATEGY.replace("costPerPersonMonth: 15k", "costPerPersonMonth: " + written);

        assertOnlyProblem("strategy.yaml", plan, "strategy.yaml:4:21: costPerPersonMonth: must be at most 1e15"
                + " (a million billion) in size, found '" + written + "'");
    }

    @Test
    void moneyWrittenWithManyDecimalsIsKeptExactlyUpToFourHundredCharacters() {
        String exact = "15000.000000000000000001";
        String fourHundred = "1." + "5".repeat(398);

        assertThat(costPerPersonMonth(exact)).isEqualByComparingTo(exact);
        assertThat(costPerPersonMonth(fourHundred)).isEqualByComparingTo(fourHundred);
        // Beyond that, the double it was read as.
        assertThat(costPerPersonMonth(fourHundred + "5")).isEqualByComparingTo("1.5555555555555556");
    }

    private static BigDecimal costPerPersonMonth(String written) {
        return Loading.load(ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY
                .replace("costPerPersonMonth: 15k", "costPerPersonMonth: " + written))).plan().costPerPersonMonth().value();
    }

    @Test
    void aPlatformBandMayBeASingleShare() {
        var plan = Loading.load(ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY + "platformBand: [0.25, 0.25]\n"))
                .plan();

        assertThat(plan.platformBandLow()).isEqualTo(0.25);
        assertThat(plan.platformBandHigh()).isEqualTo(0.25);
    }

    @ParameterizedTest(name = "platformBand: {0}")
    @CsvSource(delimiter = '|', value = {
        "[0.2, x]    | expected a number, found 'x'",
        "[0.2, 1.5]  | must be from 0 to 1, found 1.5",
        "[0.2, .nan] | must be a finite number, found '.nan'",
    })
    void aBrokenEndOfThePlatformBandIsTheOneProblem(String written, String problem) {
        // Not also "low (0.2) must not be above high": the broken end has no value to compare.
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "platformBand: " + written + "\n",
                "strategy.yaml:6:21: platformBand high: " + problem);
    }

    @Test
    void quartersFromNineteenHundredToTwoThousandNineHundredAndNinetyNine() {
        String okr = "okrs/expand-regions.yaml";
        assertThat(Loading.load(ValidStrategy.with(okr, ValidStrategy.EXPAND_REGIONS.replace("2027-Q4", "1900-Q1")))
                .objectives().get(0).quarter()).isEqualTo(new Quarter(1900, 1));
        assertThat(Loading.load(ValidStrategy.with(okr, ValidStrategy.EXPAND_REGIONS.replace("2027-Q4", "2999-Q4")))
                .objectives().get(0).quarter()).isEqualTo(new Quarter(2999, 4));
        assertOnlyProblem(okr, ValidStrategy.EXPAND_REGIONS.replace("2027-Q4", "1899-Q4"),
                okr + ":2:10: quarter: expected a quarter from 1900-Q1 to 2999-Q4, found '1899-Q4'");
        assertOnlyProblem(okr, ValidStrategy.EXPAND_REGIONS.replace("2027-Q4", "3000-Q1"),
                okr + ":2:10: quarter: expected a quarter from 1900-Q1 to 2999-Q4, found '3000-Q1'");
        assertOnlyProblem("scale.yaml", "metric: tps\ncapacity: 100\nvalues: {1899-Q4: 10, 2026-Q1: 20}\n",
                "scale.yaml:3:10: values: expected a quarter from 1900-Q1 to 2999-Q4 as the key, found '1899-Q4'");
    }
}
