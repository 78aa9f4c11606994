package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.series;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.PlatformMetricKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformProductTest {

    private static PlatformMetric metric(String name, Better better, Double target, double... values) {
        return new PlatformMetric(name, PlatformMetricKind.OTHER, null, better, target, series("2026-Q1", values));
    }

    @Test
    void latestWorseningAndOnTargetInTheOrderWritten() {
        // build: lower, 10, 12, 15, target 12 → latest 15, (15 − 10) / 10 = 0.5, 15 > 12: off target.
        // adoption: higher, one value 0.6, target 0.5 → worsening null (one value), on target.
        // nps: higher, 0 → 20, no target → worsening null (first is 0), onTarget null.
        var metrics = List.of(
                metric("build", Better.LOWER, 12.0, 10, 12, 15),
                metric("adoption", Better.HIGHER, 0.5, 0.6),
                metric("nps", Better.HIGHER, null, 0, 20));
        var s = strategy(plan("2027-Q1", 4), List.of(), List.of(), List.of(), List.of(), null, metrics);
        List<PlatformMetricStatus> statuses = PlatformProduct.analyse(s);

        assertThat(statuses).extracting(m -> m.metric().metric()).containsExactly("build", "adoption", "nps");
        assertThat(statuses.get(0).latest()).isEqualTo(15.0);
        assertThat(statuses.get(0).worsening()).isCloseTo(0.5, within(1e-12));
        assertThat(statuses.get(0).onTarget()).isFalse();
        assertThat(statuses.get(1).latest()).isEqualTo(0.6);
        assertThat(statuses.get(1).worsening()).isNull();
        assertThat(statuses.get(1).onTarget()).isTrue();
        assertThat(statuses.get(2).latest()).isEqualTo(20.0);
        assertThat(statuses.get(2).worsening()).isNull();
        assertThat(statuses.get(2).onTarget()).isNull();
    }

    @Test
    void windowAndTargetEdges() {
        // Window 2 of 100, 50, 40 (lower): (40 − 50) / 50 = −0.2 (better). latest 40 = target: on target.
        PlatformMetricStatus lower = PlatformProduct.status(metric("m", Better.LOWER, 40.0, 100, 50, 40), 2);
        assertThat(lower.worsening()).isCloseTo(-0.2, within(1e-12));
        assertThat(lower.onTarget()).isTrue();
        // higher, latest 7 = target 7: on target; 6.9 is not. Worsening (8 − 7) / 8 = 0.125.
        assertThat(PlatformProduct.status(metric("m", Better.HIGHER, 7.0, 8, 7), 4).onTarget()).isTrue();
        assertThat(PlatformProduct.status(metric("m", Better.HIGHER, 7.0, 8, 6.9), 4).onTarget()).isFalse();
        assertThat(PlatformProduct.status(metric("m", Better.HIGHER, 7.0, 8, 7), 4).worsening())
                .isCloseTo(0.125, within(1e-12));
    }

    @Test
    void withoutMetricsTheListIsEmpty() {
        assertThat(PlatformProduct.analyse(strategy(plan("2027-Q1", 4), List.of()))).isEmpty();
    }
}
