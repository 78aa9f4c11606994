package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioTotalsTest {

    @Test
    void sumsTheNonDroppedAndSplitsNpvByKind() {
        // Discount rate 0: every factor is 1, so present values are plain sums over k = 1..3.
        // platform "p": no cost, benefit 1,000 in k2, k3 → pvBenefits 2,000, npv 2,000.
        // product "a": cost 10,000 in k1, benefit 3,000 in k2, k3 → 6,000 − 10,000 = −4,000.
        // dropped "z": would add 1,000,000 of benefit; ignored.
        var s = strategy(plan("2027-Q1", 3, 0, "10k", 100), List.of(
                initiative("p").platform().benefit("1k", 0).build(),
                initiative("a").effort(1).benefit("3k", 0).build(),
                initiative("z").benefit("500k", 0).status(Status.DROPPED).build()));
        Totals totals = PortfolioTotals.of(InitiativeFinancials.analyse(s));
        assertThat(totals.pvBenefits()).isCloseTo(8000, offset(0.005));
        assertThat(totals.pvCosts()).isCloseTo(10000, offset(0.005));
        assertThat(totals.npv()).isCloseTo(-2000, offset(0.005));
        assertThat(totals.platformNpv()).isCloseTo(2000, offset(0.005));
        assertThat(totals.productNpv()).isCloseTo(-4000, offset(0.005));
    }

    @Test
    void nothingGivesZeros() {
        Totals totals = PortfolioTotals.of(List.of());
        assertThat(totals).isEqualTo(new Totals(0, 0, 0, 0, 0));
    }
}
