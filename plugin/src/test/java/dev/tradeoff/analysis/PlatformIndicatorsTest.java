package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.series;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Signal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformIndicatorsTest {

    private static Signal signal(Indicator indicator, Better better, Double threshold, double... values) {
        return new Signal(indicator, "metric", null, better, threshold, series("2026-Q1", values));
    }

    private static SeriesStatus lower(double... values) {
        return PlatformIndicators.series(signal(Indicator.OUTAGES, Better.LOWER, null, values), 4);
    }

    private static SeriesStatus higher(double... values) {
        return PlatformIndicators.series(signal(Indicator.RELEASE_VELOCITY, Better.HIGHER, null, values), 4);
    }

    @Test
    void worseningOverTheLastWindowValues() {
        // Window 4 of 10, 11, 12, 13, 14 is 11..14: (14 − 11) / 11 = 0.272727 → act.
        SeriesStatus s = lower(10, 11, 12, 13, 14);
        assertThat(s.worsening()).isCloseTo(0.272727, within(1e-6));
        assertThat(s.status()).isEqualTo(SignalStatus.ACT);
        // Had the whole series been used: (14 − 10) / 10 = 0.4; it is not.
        assertThat(s.worsening()).isNotCloseTo(0.4, within(1e-6));
    }

    @Test
    void statusEdges() {
        // (125 − 100) / 100 = 0.25 → act; (110 − 100) / 100 = 0.10 → watch;
        // (112 − 100) / 100 = 0.12 → watch; (109 − 100) / 100 = 0.09 → ok.
        assertThat(lower(100, 125).status()).isEqualTo(SignalStatus.ACT);
        assertThat(lower(100, 110).status()).isEqualTo(SignalStatus.WATCH);
        assertThat(lower(100, 105, 112).worsening()).isCloseTo(0.12, within(1e-12));
        assertThat(lower(100, 105, 112).status()).isEqualTo(SignalStatus.WATCH);
        assertThat(lower(100, 109).status()).isEqualTo(SignalStatus.OK);
        // Higher is better: (100 − 95) / 100 = 0.05 → ok; (100 − 70) / 100 = 0.3 → act.
        assertThat(higher(100, 95).worsening()).isCloseTo(0.05, within(1e-12));
        assertThat(higher(100, 95).status()).isEqualTo(SignalStatus.OK);
        assertThat(higher(100, 70).status()).isEqualTo(SignalStatus.ACT);
        // Improving is a negative worsening: (80 − 100) / 100 = −0.2 → ok.
        assertThat(lower(100, 80).worsening()).isCloseTo(-0.2, within(1e-12));
        assertThat(lower(100, 80).status()).isEqualTo(SignalStatus.OK);
        // A negative first value divides by |a|: lower, −10 → −5: (−5 + 10) / 10 = 0.5 → act.
        assertThat(lower(-10, -5).worsening()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void crossingTheThresholdActsWhateverTheWorsening() {
        // lower: 10 → 10.5 is 0.05 worse (ok), but 10.5 > 10.2.
        SeriesStatus s = PlatformIndicators.series(signal(Indicator.OUTAGES, Better.LOWER, 10.2, 10, 10.5), 4);
        assertThat(s.worsening()).isCloseTo(0.05, within(1e-12));
        assertThat(s.status()).isEqualTo(SignalStatus.ACT);
        // higher: 50 → 49 is 0.02 worse, and 49 < 49.5.
        assertThat(PlatformIndicators.series(signal(Indicator.COMPLIANCE, Better.HIGHER, 49.5, 50, 49), 4).status())
                .isEqualTo(SignalStatus.ACT);
        // b equal to the threshold is not a crossing.
        assertThat(PlatformIndicators.series(signal(Indicator.OUTAGES, Better.LOWER, 10.5, 10, 10.5), 4).status())
                .isEqualTo(SignalStatus.OK);
        // threshold crossed by an earlier value but not by b: ok.
        assertThat(PlatformIndicators.series(signal(Indicator.OUTAGES, Better.LOWER, 10.2, 10, 11, 10.1), 4).status())
                .isEqualTo(SignalStatus.OK);
    }

    @Test
    void aLatestValueEqualToTheThresholdIsNotACrossingWhenHigherIsBetter() {
        // higher: 50 → 49 is (50 − 49) / 50 = 0.02 worse (ok); 49 is not below a threshold of 49: ok.
        SeriesStatus atThreshold = PlatformIndicators.series(signal(Indicator.COMPLIANCE, Better.HIGHER, 49.0, 50, 49), 4);
        assertThat(atThreshold.worsening()).isCloseTo(0.02, within(1e-12));
        assertThat(atThreshold.status()).isEqualTo(SignalStatus.OK);
    }

    @Test
    void aFirstValueOfZeroThatStaysZeroIsOkWhenHigherIsBetter() {
        // higher 0 → 0: worsening null (a = 0), and 0 is not lower than 0, so not worse: ok.
        assertThat(higher(0, 0).worsening()).isNull();
        assertThat(higher(0, 0).status()).isEqualTo(SignalStatus.OK);
    }

    @Test
    void aFirstValueOfZero() {
        // lower 0 → 3: worse → act, worsening null.
        assertThat(lower(0, 3).worsening()).isNull();
        assertThat(lower(0, 3).status()).isEqualTo(SignalStatus.ACT);
        // lower 0 → 0: not worse → ok.
        assertThat(lower(0, 0).status()).isEqualTo(SignalStatus.OK);
        // higher 0 → −1 is worse (act); 0 → 5 is better (ok).
        assertThat(higher(0, -1).status()).isEqualTo(SignalStatus.ACT);
        assertThat(higher(0, 5).status()).isEqualTo(SignalStatus.OK);
        // not worse, but over the threshold: the threshold still counts.
        SeriesStatus crossed = PlatformIndicators.series(signal(Indicator.OUTAGES, Better.LOWER, -1.0, 0, 0), 4);
        assertThat(crossed.worsening()).isNull();
        assertThat(crossed.status()).isEqualTo(SignalStatus.ACT);
    }

    @Test
    void aSeriesWithoutValuesIsUnknown() {
        // Nothing to compare: no worsening, status unknown (never ok).
        SeriesStatus s = PlatformIndicators.series(signal(Indicator.OUTAGES, Better.LOWER, 1.0), 4);
        assertThat(s.worsening()).isNull();
        assertThat(s.status()).isEqualTo(SignalStatus.UNKNOWN);
    }

    @Test
    void theWindowComesFromThePlan() {
        // 1000, 100, 120 (lower). Window 2: 100 → 120 = 0.2 → watch. Window 4: 1000 → 120 = −0.88 → ok.
        Signal signal = signal(Indicator.MAINTENANCE, Better.LOWER, null, 1000, 100, 120);
        assertThat(PlatformIndicators.series(signal, 2).status()).isEqualTo(SignalStatus.WATCH);
        assertThat(PlatformIndicators.series(signal, 4).worsening()).isCloseTo(-0.88, within(1e-12));
        var s = strategy(Fixtures.withSignalWindow(plan("2027-Q1", 4), 2), List.of(), List.of(), List.of(),
                List.of(signal), null, List.of());
        assertThat(PlatformIndicators.analyse(s).get(4).status()).isEqualTo(SignalStatus.WATCH);
    }

    @Test
    void indicatorsTakeTheWorstStatusAndLargestWorseningOfTheirSeries() {
        // outages: 0.12 (watch) and 0.05 but over threshold (act) → act, worsening 0.12.
        // compliance: only a zero-first series (act) → act, worsening null.
        // maintenance: 0.03 and −0.5 → ok, worsening 0.03 (the largest, not the largest magnitude).
        // release-velocity, data-silos: no series → unknown, null.
        var signals = List.of(
                signal(Indicator.OUTAGES, Better.LOWER, null, 100, 112),
                signal(Indicator.MAINTENANCE, Better.LOWER, null, 100, 103),
                signal(Indicator.OUTAGES, Better.LOWER, 10.2, 10, 10.5),
                signal(Indicator.COMPLIANCE, Better.LOWER, null, 0, 2),
                signal(Indicator.MAINTENANCE, Better.LOWER, null, 100, 50));
        var s = strategy(plan("2027-Q1", 4), List.of(), List.of(), List.of(), signals, null, List.of());
        List<IndicatorStatus> indicators = PlatformIndicators.analyse(s);

        assertThat(indicators).extracting(IndicatorStatus::indicator).containsExactly(Indicator.values());
        assertThat(indicators).extracting(IndicatorStatus::status).containsExactly(
                SignalStatus.UNKNOWN, SignalStatus.ACT, SignalStatus.ACT, SignalStatus.UNKNOWN, SignalStatus.OK);
        assertThat(indicators.get(0).worsening()).isNull();
        assertThat(indicators.get(0).series()).isEmpty();
        assertThat(indicators.get(1).worsening()).isCloseTo(0.12, within(1e-12));
        assertThat(indicators.get(1).series()).extracting(SeriesStatus::signal).containsExactly(signals.get(0), signals.get(2));
        assertThat(indicators.get(2).worsening()).isNull();
        assertThat(indicators.get(4).worsening()).isCloseTo(0.03, within(1e-12));
        // two act → high
        assertThat(PlatformIndicators.priority(indicators)).isEqualTo(PlatformPriority.HIGH);
    }

    private static IndicatorStatus status(Indicator indicator, SignalStatus status) {
        return new IndicatorStatus(indicator, status, null, List.of());
    }

    private static List<IndicatorStatus> statuses(SignalStatus... five) {
        return List.of(
                status(Indicator.RELEASE_VELOCITY, five[0]), status(Indicator.OUTAGES, five[1]),
                status(Indicator.COMPLIANCE, five[2]), status(Indicator.DATA_SILOS, five[3]),
                status(Indicator.MAINTENANCE, five[4]));
    }

    @Test
    void platformPriority() {
        SignalStatus act = SignalStatus.ACT;
        SignalStatus watch = SignalStatus.WATCH;
        SignalStatus ok = SignalStatus.OK;
        SignalStatus unknown = SignalStatus.UNKNOWN;
        assertThat(PlatformIndicators.priority(statuses(act, act, ok, ok, ok))).isEqualTo(PlatformPriority.HIGH);
        assertThat(PlatformIndicators.priority(statuses(act, ok, ok, ok, ok))).isEqualTo(PlatformPriority.MEDIUM);
        assertThat(PlatformIndicators.priority(statuses(act, watch, watch, ok, ok))).isEqualTo(PlatformPriority.MEDIUM);
        assertThat(PlatformIndicators.priority(statuses(watch, watch, unknown, ok, ok))).isEqualTo(PlatformPriority.MEDIUM);
        assertThat(PlatformIndicators.priority(statuses(watch, ok, unknown, ok, ok))).isEqualTo(PlatformPriority.LOW);
        assertThat(PlatformIndicators.priority(statuses(unknown, unknown, unknown, unknown, unknown)))
                .isEqualTo(PlatformPriority.LOW);
    }

    @Test
    void withoutSignalsEveryIndicatorIsUnknownAndPriorityLow() {
        var s = strategy(plan("2027-Q1", 4), List.of());
        List<IndicatorStatus> indicators = PlatformIndicators.analyse(s);
        assertThat(indicators).hasSize(5).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(SignalStatus.UNKNOWN);
            assertThat(i.worsening()).isNull();
        });
        assertThat(PlatformIndicators.priority(indicators)).isEqualTo(PlatformPriority.LOW);
    }
}
