package dev.tradeoff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where the slack ends: a trillionth of the bound (at least a trillionth) still counts as the bound,
 * the next double beyond it does not. For money, a trillionth of the turnover, at least a millionth.
 */
class ToleranceTest {

    @Test
    void aValueExactlyTheSlackBelowABoundIsAtLeastIt() {
        // Bound 0.7 (below 1): slack 1e-12 × 1.
        assertThat(Tolerance.atLeast(0.7 - 1e-12, 0.7)).isTrue();
        assertThat(Tolerance.atLeast(Math.nextDown(0.7 - 1e-12), 0.7)).isFalse();
    }

    @Test
    void aboveAndBelowNeedMoreThanTheSlack() {
        // Band [0.2, 0.3]: slack 1e-12 at either edge.
        assertThat(Tolerance.above(0.3 + 1e-12, 0.3)).isFalse();
        assertThat(Tolerance.above(Math.nextUp(0.3 + 1e-12), 0.3)).isTrue();
        assertThat(Tolerance.below(0.2 - 1e-12, 0.2)).isFalse();
        assertThat(Tolerance.below(Math.nextDown(0.2 - 1e-12), 0.2)).isTrue();
    }

    @Test
    void sameAsIsWithinTheSlackOnEitherSide() {
        assertThat(Tolerance.sameAs(0.3, 0.3)).isTrue();
        // Bound 0: slack 1e-12 (at least a trillionth).
        assertThat(Tolerance.sameAs(1e-12, 0)).isTrue();
        assertThat(Tolerance.sameAs(-1e-12, 0)).isTrue();
        assertThat(Tolerance.sameAs(Math.nextUp(1e-12), 0)).isFalse();
        assertThat(Tolerance.sameAs(0.31, 0.3)).isFalse();
    }

    @Test
    void moneyWithinAMillionthOfZeroIsNotNegative() {
        // Turnover 0: slack 1e-6.
        assertThat(Tolerance.notNegativeMoney(-1e-6, 0)).isTrue();
        assertThat(Tolerance.negativeMoney(-1e-6, 0)).isFalse();
        assertThat(Tolerance.notNegativeMoney(Math.nextDown(-1e-6), 0)).isFalse();
        assertThat(Tolerance.negativeMoney(Math.nextDown(-1e-6), 0)).isTrue();
        // Turnover 1e9: slack 1e-12 × 1e9 = 1e-3.
        assertThat(Tolerance.notNegativeMoney(-1e-3, 1e9)).isTrue();
        assertThat(Tolerance.negativeMoney(-2e-3, 1e9)).isTrue();
    }
}
