package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The money and quarter forms of SPEC.md, as written in a strategy file. */
class MoneyAndQuarterFormsTest {

    private static final String PLAN_WITHOUT_COST = ValidStrategy.STRATEGY.replace("costPerPersonMonth: 15k\n", "");

    @ParameterizedTest(name = "costPerPersonMonth: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "450000        | 450000",
        "450k          | 450000",
        "450K          | 450000",
        "'$1.2M'       | 1200000",
        "1.2m          | 1200000",
        "'1,250,000'   | 1250000",
        "1,250,000     | 1250000",
        "2B            | 2000000000",
        "2b            | 2000000000",
        "'€450k'       | 450000",
        "£3.5k         | 3500",
        "¥1,000        | 1000",
        "'$99.99'      | 99.99",
        "12.5          | 12.5",
        "0             | 0",
        ".5k           | 500",
        "1e3           | 1000",
        "015000        | 15000",
        "'015000'      | 15000",
    })
    void acceptsEveryMoneyForm(String written, String expected) {
        var strategy = Loading.load(ValidStrategy.with("strategy.yaml",
                PLAN_WITHOUT_COST + "costPerPersonMonth: " + written + "\n"));

        assertThat(strategy.plan().costPerPersonMonth().value()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "costPerPersonMonth: {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "lots       | expected an amount of money like 450k, $1.2M or 1,250,000, found 'lots'",
        "450 k      | expected an amount of money like 450k, $1.2M or 1,250,000, found '450 k' (did you mean '450k'? no space before the unit)",
        "$1.2 M     | expected an amount of money like 450k, $1.2M or 1,250,000, found '$1.2 M' (did you mean '$1.2M'? no space before the unit)",
        "\"1,2M\"     | expected an amount of money like 450k, $1.2M or 1,250,000, found '1,2M' (a comma groups thousands, as in 1,250,000: did you mean '1.2M'?)",
        "$1.2X      | expected an amount of money like 450k, $1.2M or 1,250,000, found '$1.2X'",
        "1,25,000   | expected an amount of money like 450k, $1.2M or 1,250,000, found '1,25,000'",
        "USD 5k     | expected an amount of money like 450k, $1.2M or 1,250,000, found 'USD 5k'",
        "USD 5 k    | expected an amount of money like 450k, $1.2M or 1,250,000, found 'USD 5 k'",
        "450kk      | expected an amount of money like 450k, $1.2M or 1,250,000, found '450kk'",
        "450_000    | expected an amount of money like 450k, $1.2M or 1,250,000, found '450_000'",
        "true       | expected an amount of money like 450k, $1.2M or 1,250,000, found 'true'",
        "[1, 2]     | expected an amount of money like 450k, $1.2M or 1,250,000, found a list",
        "-5k        | must not be negative, found '-5k'",
        "-450000    | must not be negative, found '-450000'",
        ".nan       | must be a finite number, found '.nan'",
        "-.inf      | must be a finite number, found '-.inf'",
        "1e309      | must be at most 1e15 (a million billion) in size, found '1e309'",
    })
    void rejectsBadMoney(String written, String message) {
        assertThat(Loading.problems(ValidStrategy.with("strategy.yaml",
                PLAN_WITHOUT_COST + "costPerPersonMonth: " + written + "\n")))
                .containsExactly("strategy.yaml:5:21: costPerPersonMonth: " + message);
    }

    @Test
    void anAmountMayBeWrittenInUpToAHundredCharacters() {
        String hundred = "0".repeat(97) + "15k";
        var strategy = Loading.load(ValidStrategy.with("strategy.yaml",
                PLAN_WITHOUT_COST + "costPerPersonMonth: '" + hundred + "'\n"));

        assertThat(strategy.plan().costPerPersonMonth().value()).isEqualByComparingTo("15000");
        assertThat(Loading.problems(ValidStrategy.with("strategy.yaml",
                PLAN_WITHOUT_COST + "costPerPersonMonth: '0" + hundred + "'\n")))
                .containsExactly("strategy.yaml:5:21: costPerPersonMonth: expected an amount of money like 450k, $1.2M"
                        + " or 1,250,000, found '" + "0".repeat(40) + "...'");
    }

    @Test
    void aNumberWithItsUnitWrittenAfterItIsToldToStandAlone() {
        assertThat(Loading.problems(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: 20 person-months")
                        .replace("duration: 2", "duration: 2 quarters"))))
                .containsExactly(
                        "initiatives/checkout-v2.yaml:4:11: duration: expected a whole number, found '2 quarters'"
                                + " (did you mean 2? write the number alone)",
                        "initiatives/checkout-v2.yaml:5:9: effort: expected a number, found '20 person-months'"
                                + " (did you mean 20? write the number alone)");
    }

    @Test
    void aMissingChoiceNamesWhatItMayBe() {
        assertThat(Loading.problems(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2.replace("kind: product\n", ""))))
                .containsExactly("initiatives/checkout-v2.yaml:1:1: missing required key 'kind' (platform or product)");
    }

    @ParameterizedTest(name = "effort: {0}")
    @CsvSource({"012, 12", "09, 9", "0012.5, 12.5", "00, 0", "+012, 12"})
    void leadingZerosAreDecimalNotOctal(String written, double expected) {
        // YAML 1.1 reads 012 as octal 10; YAML 1.2, JSON Schema editors and people read 12.
        var strategy = Loading.load(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: " + written)));

        assertThat(strategy.initiatives()).filteredOn(i -> i.id().equals("checkout-v2"))
                .singleElement().satisfies(i -> assertThat(i.effort()).isEqualTo(expected));
    }

    @ParameterizedTest(name = "start: {0}")
    @CsvSource({
        "2027-Q1, 2027, 1",
        "2027-Q4, 2027, 4",
        "'1999-Q2', 1999, 2",
    })
    void acceptsQuarters(String written, int year, int quarter) {
        var strategy = Loading.load(ValidStrategy.with("strategy.yaml",
                ValidStrategy.STRATEGY.replace("start: 2027-Q1", "start: " + written)));

        assertThat(strategy.plan().start()).isEqualTo(new Quarter(year, quarter));
    }

    @ParameterizedTest(name = "start: {0}")
    @CsvSource(delimiter = '|', value = {
        "2027-5   | expected a quarter like 2027-Q1, found '2027-5'",
        "2027-Q5  | expected a quarter like 2027-Q1, found '2027-Q5' (a year has four quarters, Q1 to Q4)",
        "2027-Q0  | expected a quarter like 2027-Q1, found '2027-Q0' (a year has four quarters, Q1 to Q4)",
        "27-Q1    | expected a quarter like 2027-Q1, found '27-Q1'",
        "2027-q1  | expected a quarter like 2027-Q1, found '2027-q1' (did you mean '2027-Q1'?)",
        "2027Q3   | expected a quarter like 2027-Q1, found '2027Q3' (did you mean '2027-Q3'?)",
        "Q2 2027  | expected a quarter like 2027-Q1, found 'Q2 2027' (did you mean '2027-Q2'?)",
        "2027     | expected a quarter like 2027-Q1, found '2027'",
        "[2027]   | expected a quarter like 2027-Q1, found a list",
    })
    void rejectsBadQuarters(String written, String message) {
        assertThat(Loading.problems(ValidStrategy.with("strategy.yaml",
                ValidStrategy.STRATEGY.replace("start: 2027-Q1", "start: " + written))))
                .containsExactly("strategy.yaml:3:8: start: " + message);
    }
}
