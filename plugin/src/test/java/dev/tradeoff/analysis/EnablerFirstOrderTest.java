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
    void aProductHeldBackByTwoPlatformsRatesWithTheirCostsOfDelayAndDurations() {
        // a (CoD 100 over 1) needs p and q (CoD 10 over 1 each); b: 45 over 1; c: 30 over 1.
        // p and q each rate (100 + 10 + 10) / (1 + 1 + 1) = 40: below b, above c. b, then p (the
        // id breaks the tie with q), after which q alone holds a back: (10 + 100) / 2 = 55, then a, c.
        // C = 1..5 → 45×1 + 10×2 + 10×3 + 100×4 + 30×5 = 645.
        EnablerFirstOrder order = EnablerFirstOrder.of(List.of(
                initiative("a").duration(1).costOfDelay("100").build(),
                initiative("b").duration(1).costOfDelay("45").build(),
                initiative("c").duration(1).costOfDelay("30").build(),
                initiative("p").platform().duration(1).costOfDelay("10").enables("a", 0.1).build(),
                initiative("q").platform().duration(1).costOfDelay("10").enables("a", 0.1).build()));

        assertThat(order.ids()).containsExactly("b", "p", "q", "a", "c");
        assertThat(order.delayCost()).isEqualTo(645.0);
    }

    @Test
    void placingOnePlatformReratesTheOthersThatHoldBackTheSameProduct() {
        // p enables a and d; q enables a. a: CoD 100 over 1, d: 80 over 1, c: 42 over 1; p, q: 10 over 1.
        // p rates the best of 10, (100 + 10 + 10) / 3 = 40 with a, (10 + 80) / 2 = 45 with d alone: 45.
        // q rates 40, below c. p first; then q alone holds a back and rates (10 + 100) / 2 = 55, above
        // c: p, d (80), q (55), a (100), c. C = 1..5 → 10×1 + 80×2 + 10×3 + 100×4 + 42×5 = 810.
        EnablerFirstOrder order = EnablerFirstOrder.of(List.of(
                initiative("a").duration(1).costOfDelay("100").build(),
                initiative("c").duration(1).costOfDelay("42").build(),
                initiative("d").duration(1).costOfDelay("80").build(),
                initiative("p").platform().duration(1).costOfDelay("10").enables("a", 0.1).enables("d", 0.1).build(),
                initiative("q").platform().duration(1).costOfDelay("10").enables("a", 0.1).build()));

        assertThat(order.ids()).containsExactly("p", "d", "q", "a", "c");
        assertThat(order.delayCost()).isEqualTo(810.0);
    }

    @Test
    void aPlatformAddsTheProductsOnlyItHoldsBackHighestCd3First() {
        // p (CoD 0 over 1) enables x (10 over 1), then y (100 over 1); c: 40 over 1.
        // Highest CD3 first: with y, (0 + 100) / 2 = 50; adding x, 110 / 3 = 36.7: p rates 50, above c.
        // (Taken as written, x first, it would rate 10 / 2 = 5, then 36.7: below c.)
        // p, y, c, x. C = 1..4 → 0×1 + 100×2 + 40×3 + 10×4 = 360.
        EnablerFirstOrder order = EnablerFirstOrder.of(List.of(
                initiative("c").duration(1).costOfDelay("40").build(),
                initiative("p").platform().duration(1).costOfDelay("0").enables("x", 0.1).enables("y", 0.1).build(),
                initiative("x").duration(1).costOfDelay("10").build(),
                initiative("y").duration(1).costOfDelay("100").build()));

        assertThat(order.ids()).containsExactly("p", "y", "c", "x");
        assertThat(order.delayCost()).isEqualTo(360.0);
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
