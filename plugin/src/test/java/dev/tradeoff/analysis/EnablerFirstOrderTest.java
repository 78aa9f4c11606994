package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnablerFirstOrderTest {

    @Test
    void aPlatformComesBeforeWhatItEnablesAndCompetesWithItsProducts() {
        // p: platform, CoD 10 over 2 → cd3 5, enables a; a: CoD 90 over 1 → 90; b: CoD 40 over 1 → 40.
        // CD3 order a, b, p starts a before p. p with a: (10 + 90) / (2 + 1) = 33.3, below b's 40:
        // b, p, a. C = 1, 3, 4 → 40×1 + 10×3 + 90×4 = 430 (p, a, b would cost 20 + 270 + 160 = 450).
        EnablerFirstOrder order = EnablerFirstOrder.of(List.of(
                initiative("a").duration(1).costOfDelay("90").build(),
                initiative("b").duration(1).costOfDelay("40").build(),
                initiative("p").platform().duration(2).costOfDelay("10").enables("a", 0.1).build()));

        assertThat(order.ids()).containsExactly("b", "p", "a");
        assertThat(order.delayCost()).isEqualTo(430.0);
    }

    @Test
    void aProductHeldBackByTwoPlatformsPullsBothAhead() {
        // a (CoD 100 over 1) needs p and q (no CoD of their own, 1 quarter each); b: CoD 30 over 1.
        // Together p, q and a rate 100 / 3 = 33.3, above b's 30: p (first by id), then q (now
        // freeing a alone: 100 / 2), a, b. C = 1, 2, 3, 4 → 100×3 + 30×4 = 420 (b first: 430).
        EnablerFirstOrder order = EnablerFirstOrder.of(List.of(
                initiative("a").duration(1).costOfDelay("100").build(),
                initiative("b").duration(1).costOfDelay("30").build(),
                initiative("p").platform().duration(1).costOfDelay("0").enables("a", 0.1).build(),
                initiative("q").platform().duration(1).costOfDelay("0").enables("a", 0.1).build()));

        assertThat(order.ids()).containsExactly("p", "q", "a", "b");
        assertThat(order.delayCost()).isEqualTo(420.0);
    }

    @Test
    void withoutEnablesItIsCd3Order() {
        List<Initiative> candidates = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            candidates.add(initiative(String.format("i%02d", i)).duration(1 + i % 4)
                    .costOfDelay(Integer.toString(1000 + (i * 7919) % 5000)).build());
        }
        List<Initiative> cd3 = new ArrayList<>(candidates);
        cd3.sort(CostOfDelaySequencing.CD3_ORDER);
        Collections.reverse(candidates);

        assertThat(EnablerFirstOrder.of(candidates).order()).isEqualTo(cd3);
    }

    @Test
    void aPlatformThatIsNotACandidateHoldsNothingBack() {
        // p is in progress: a may start at once, in CD3 order with b.
        Portfolio portfolio = PortfolioAnalysis.analyse(Fixtures.strategy(Fixtures.plan("2027-Q1", 8), List.of(
                initiative("a").duration(1).costOfDelay("90").build(),
                initiative("b").duration(1).costOfDelay("40").build(),
                initiative("p").platform().status(Status.IN_PROGRESS).duration(2).costOfDelay("10")
                        .enables("a", 0.1).build())));

        assertThat(EnablerFirstOrder.of(portfolio).ids()).containsExactly("a", "b");
    }
}
