package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FieldValuesTest {

    @Test
    void anAmountSpelledAnotherWayIsNoFieldChange() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "amount: 100k\n", "amount: 100000.0\n")
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60.00\n");

        DiffResult result = Diffs.compare(StrategyFiles.base(), head);

        assertThat(result.changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("checkout");
            assertThat(c.fields()).isEmpty();
        });
    }

    @Test
    void onlyTheFieldsThatDifferAreListedAsJsonScalars() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "amount: 100k\n", "amount: 120k\n")
                .edit("initiatives/checkout.yaml", "value: 8\n", "value: 8.5\n");

        DiffResult result = Diffs.compare(StrategyFiles.base(), head);

        // The cost of delay follows the benefits when not given.
        assertThat(result.changed()).singleElement().satisfies(c -> assertThat(c.fields()).containsExactly(
                new FieldChange("benefits", "[{type: revenue, amount: 100000, ramp: 0}]",
                        "[{type: revenue, amount: 120000, ramp: 0}]"),
                new FieldChange("costOfDelay", new BigDecimal("100000"), new BigDecimal("120000")),
                new FieldChange("value", new BigDecimal("8"), new BigDecimal("8.5"))));
    }
}
