package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.tradeoff.analysis.PlatformIndicators;
import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.testing.Portfolios;
import org.junit.jupiter.api.Test;

/**
 * A signal's or platform metric's change in words: SPEC's worsening read the right way round, and
 * the plain difference where a percentage of the first value means nothing. The figures are SPEC's.
 */
class ChangeTest {

    private static String change(double a, double b, Better better, boolean withValues) {
        return Change.of(a, b, better, PlatformIndicators.worsening(a, b, better), 2, withValues);
    }

    @Test
    void aNegativeWorseningReadsAsBetter() {
        // Adoption 22 → 31, higher is better: worsening (22 − 31)/22 = −0.409 → 41% better.
        assertThat(PlatformIndicators.worsening(22, 31, Better.HIGHER)).isNegative();
        assertThat(change(22, 31, Better.HIGHER, true)).isEqualTo("41% better");
        // Onboarding 18 → 15 days, lower is better: (15 − 18)/18 = −0.1667 → 17% better.
        assertThat(change(18, 15, Better.LOWER, true)).isEqualTo("17% better");
    }

    @Test
    void aPositiveWorseningReadsAsWorse() {
        // CI build 14 → 22 minutes, lower is better: (22 − 14)/14 = 0.571 → 57% worse.
        assertThat(change(14, 22, Better.LOWER, true)).isEqualTo("57% worse");
        // 24.96% must not read as the 25% that acts: 100 → 124.96.
        assertThat(change(100, 124.96, Better.LOWER, true)).isEqualTo("24.96% worse");
        assertThat(change(4, 4, Better.LOWER, true)).isEqualTo("unchanged");
    }

    @Test
    void acrossZeroOrFromANonPositiveValueTheChangeIsThePlainDifference() {
        // Developer NPS 12 → −4, higher is better: SPEC's worsening (12 + 4)/12 = 1.33 stays in
        // portfolio.json, but "133% worse" of a score that crossed zero means nothing: 16 worse.
        assertThat(PlatformIndicators.worsening(12, -4, Better.HIGHER)).isCloseTo(16.0 / 12, offset(1e-12));
        assertThat(change(12, -4, Better.HIGHER, true)).isEqualTo("16 worse (12 → −4)");
        assertThat(change(12, -4, Better.HIGHER, false)).isEqualTo("16 worse");
        // −10 → −5, higher is better: (−10 + 5)/10 = −50%, a percentage of a negative base: 5 better.
        assertThat(change(-10, -5, Better.HIGHER, true)).isEqualTo("5 better (−10 → −5)");
        // From 0 there is no worsening at all; the difference still says which way it went.
        assertThat(change(0, 2, Better.LOWER, false)).isEqualTo("2 worse");
        assertThat(change(0, 0, Better.HIGHER, false)).isEqualTo("unchanged");
        // To 0 from a positive value the percentage holds: 12 → 0, higher is better, 100% worse.
        assertThat(change(12, 0, Better.HIGHER, true)).isEqualTo("100% worse");
    }

    @Test
    void aSingleValueHasNoChange() {
        assertThat(Change.of(35, 35, Better.HIGHER, null, 1, true)).isEqualTo("—");
    }

    /**
     * Release velocity has one series, 40 → 30 deploys (higher is better, the last 4 of 5 values
     * 50, 40, 38, 35, 30): (40 − 30)/40 = 25% worse. Outages has 10 → 5 (lower is better, 50%
     * better) and 2 → −1 crossing zero (lower is better, worsening (−1 − 2)/2 = −1.5, the largest of
     * −0.5 and −1.5 is −0.5): the indicator speaks of the 10 → 5 series.
     */
    @Test
    void theSignalsPageSaysEachChangeInWords() {
        SignalsView signals = new SiteViewBuilder(1).build(Portfolios.plan()
                .signal(Indicator.RELEASE_VELOCITY, Better.HIGHER, "2026-Q1", 50, 40, 38, 35, 30)
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q1", 10, 5)
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q1", 2, -1)
                .analyse()).signals();

        SignalsView.Indicator velocity = signals.indicators().get(0);
        assertThat(velocity.change()).isEqualTo("25% worse");
        assertThat(velocity.series().get(0).first()).isEqualTo("40");
        assertThat(velocity.series().get(0).change()).isEqualTo("25% worse");
        SignalsView.Indicator outages = signals.indicators().get(1);
        assertThat(outages.change()).isEqualTo("50% better");
        assertThat(outages.series()).extracting(SignalsView.Series::change).containsExactly("50% better", "3 better");
        assertThat(signals.indicators().get(2).change()).isEqualTo("—");
    }
}
