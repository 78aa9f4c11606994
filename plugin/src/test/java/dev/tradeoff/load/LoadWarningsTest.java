package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What is valid but rarely meant loads, with a warning that says where: an amount written with
 * another currency's symbol ("€450k" in a USD plan counts as 450k USD, by SPEC.md), a start after
 * the plan's last quarter (the work then adds nothing to any figure).
 */
class LoadWarningsTest {

    private static final String PLAN = ValidStrategy.STRATEGY.replace("costPerPersonMonth: 15k\n", "");

    private static Map<String, String> withCost(String currency, String cost) {
        return ValidStrategy.with("strategy.yaml",
                PLAN.replace("currency: USD", "currency: " + currency) + "costPerPersonMonth: " + cost + "\n");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "'€15k', USD, €, 15k USD",
        "'$15k', EUR, $, 15k EUR",
        "'£15k', USD, £, 15k USD",
        "'¥15k', GBP, ¥, 15k GBP",
        "'$15k', CHF, $, 15k CHF",
    })
    void warnsOfAnotherCurrencysSymbolInThePlan(String written, String currency, String symbol, String countsAs) {
        assertThat(Loading.warnings(withCost(currency, "\"" + written + "\""))).containsExactly(
                "strategy.yaml:5:21: costPerPersonMonth: '" + written + "' is written with " + symbol
                        + ", but the strategy's currency is " + currency + " (strategy.yaml), so it counts as "
                        + countsAs + ". Convert it to " + currency + " and drop the " + symbol
                        + ", or change the currency in strategy.yaml");
    }

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "'$15k', USD", "'$15k', CAD", "'$15k', AUD", "'$15k', MXN", "'€15k', EUR", "'£15k', GBP",
        "'¥15k', JPY", "'¥15k', CNY", "15k, EUR", "'15,000', GBP",
    })
    void theCurrencysOwnSymbolOrNoneIsQuiet(String written, String currency) {
        assertThat(Loading.warnings(withCost(currency, "\"" + written + "\""))).isEmpty();
    }

    @Test
    void warnsOfEveryForeignAmountOfAnInitiativeAndStillCountsIt() {
        Map<String, String> files = new HashMap<>(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + """
                        oneOffCost: "€120k"
                        runCost: "$5k"
                        benefits:
                          - type: revenue
                            amount: "£40k"
                        """));

        List<String> warnings = Loading.warnings(files);

        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("initiatives/checkout-v2.yaml:8:13: oneOffCost: '€120k' is written with €");
        assertThat(warnings.get(1)).startsWith("initiatives/checkout-v2.yaml:12:13: amount: '£40k' is written with £");
        assertThat(Loading.load(files).initiatives()).filteredOn(i -> i.id().equals("checkout-v2")).singleElement()
                .satisfies(i -> assertThat(i.oneOffCost().value()).isEqualByComparingTo("120000"));
    }

    @Test
    void aProblemElsewhereStopsTheLoadAndItsWarningsComeWithTheProblems() throws Exception {
        Map<String, String> files = new HashMap<>(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "oneOffCost: \"€120k\"\n"));
        StrategyLoader loader = new StrategyLoader();
        loader.load(new MemorySource(files));
        assertThat(loader.warnings()).hasSize(1);

        files.put("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: lots")
                + "oneOffCost: \"€120k\"\n");
        StrategyException failed = catchThrowableOfType(StrategyException.class,
                () -> loader.load(new MemorySource(files)));
        // The loader keeps no warnings of a strategy that did not load; the goal tells them with its problems.
        assertThat(loader.warnings()).isEmpty();
        assertThat(failed.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("effort:"));
        assertThat(failed.warnings()).singleElement()
                .satisfies(w -> assertThat(w.format("")).startsWith("initiatives/checkout-v2.yaml:8:13: oneOffCost: '€120k'"));
    }

    @Test
    void aFileTakenFromTheLastLoadKeepsItsWarning() throws Exception {
        // serve and diff reuse the files that did not change: their warnings must come with them.
        Map<String, String> files = ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "oneOffCost: \"€120k\"\n");
        ParsedFiles parsed = new ParsedFiles();
        StrategyLoader first = new StrategyLoader(2, parsed);
        first.load(new MemorySource(files));
        StrategyLoader second = new StrategyLoader(2, parsed);
        second.load(new MemorySource(files));

        assertThat(parsed.reusedByLastLoad()).isPositive();
        assertThat(second.warnings()).isEqualTo(first.warnings()).hasSize(1);
    }

    @Test
    void changingTheCurrencyReadsTheInitiativesAgain() throws Exception {
        Map<String, String> files = new HashMap<>(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "oneOffCost: \"€120k\"\n"));
        ParsedFiles parsed = new ParsedFiles();
        StrategyLoader loader = new StrategyLoader(2, parsed);
        loader.load(new MemorySource(files));
        assertThat(loader.warnings()).hasSize(1);

        files.put("strategy.yaml", ValidStrategy.STRATEGY.replace("currency: USD", "currency: EUR"));
        loader.load(new MemorySource(files));

        assertThat(loader.warnings()).isEmpty();
    }

    @Test
    void warnsOfAStartAfterThePlansLastQuarter() {
        // The plan starts in 2027-Q1 with the default horizon of 12 quarters: its last is 2029-Q4.
        assertThat(Loading.warnings(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "start: 2030-Q1\n"))).containsExactly(
                "initiatives/checkout-v2.yaml:8:8: start: 2030-Q1 is after the plan's last quarter (2029-Q4), so the"
                        + " initiative adds nothing to the figures; check the year, or extend the horizon in strategy.yaml");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'start: 2029-Q4\n'", "'start: 2031-Q1\nstatus: dropped\n'", "'status: proposed\n'"})
    void aStartWithinThePlanOrOfDroppedWorkIsQuiet(String written) {
        assertThat(Loading.warnings(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + written))).isEmpty();
    }

    /**
     * The plan's start stands for now: done work still building in the plan, work in progress that
     * ended before it, or work in progress that starts after it, is told.
     */
    @Test
    void warnsOfDoneWorkBuildingInThePlanAndOfWorkInProgressThatEndedBeforeIt() {
        // checkout-v2 builds for 2 quarters; the plan starts in 2027-Q1.
        assertThat(Loading.warnings(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "status: done\nstart: 2026-Q4\n"))).containsExactly(
                "initiatives/checkout-v2.yaml:8:9: status: done, but its build runs to 2027-Q1, inside the plan (from"
                        + " 2027-Q1), so that work counts as cost still to spend; if it is done, shorten its duration or"
                        + " move its start, else mark it in-progress");
        assertThat(Loading.warnings(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "status: in-progress\nstart: 2026-Q2\n"))).containsExactly(
                "initiatives/checkout-v2.yaml:8:9: status: in-progress, but its build ended in 2026-Q3, before the plan"
                        + " starts in 2027-Q1, so none of its work is in the figures; if it is finished, mark it done,"
                        + " else lengthen its duration");
        // Under way, yet starting after now: it has not begun.
        assertThat(Loading.warnings(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "status: in-progress\nstart: 2027-Q2\n"))).containsExactly(
                "initiatives/checkout-v2.yaml:8:9: status: in-progress, but it starts in 2027-Q2, after the plan's"
                        + " start (2027-Q1), so it has not begun; if it has, move its start to 2027-Q1 or earlier, else"
                        + " mark it committed or proposed");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'status: done\nstart: 2026-Q3\n'", "'status: in-progress\nstart: 2026-Q4\n'",
        "'status: in-progress\nstart: 2027-Q1\n'", "'status: committed\nstart: 2026-Q1\n'"})
    void statusesThatAgreeWithTheDatesAreQuiet(String written) {
        assertThat(Loading.warnings(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + written))).isEmpty();
    }
}
