package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.series;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ScalabilityInflexionTest {

    private static Strategy withScale(Scale scale, Initiative... initiatives) {
        return strategy(plan("2026-Q3", 8), List.of(initiatives), List.of(), List.of(), List.of(), scale, List.of());
    }

    private static Scale scale(double capacity, double headroom, Double growth, NavigableMap<Quarter, Double> values) {
        return new Scale("requests", "rps", capacity, headroom, values, growth);
    }

    @Test
    void givenGrowthProjectsFromTheLastHistoryQuarterAndFindsTheBreach() {
        // Limit 1,000 × 0.8 = 800. Last history 2026-Q2 = 600, g = 0.1:
        // 2026-Q3 660, 2026-Q4 726, 2027-Q1 798.6 (< 800), 2027-Q2 878.46 (≥ 800) → breach 2027-Q2.
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.1, series("2026-Q1", 500, 600))));
        assertThat(p.growth()).isEqualTo(0.1);
        assertThat(p.breachQuarter()).isEqualTo(Quarter.parse("2027-Q2"));
        assertThat(p.loads()).hasSize(42);
        assertThat(p.loads().get(0)).isEqualTo(new LoadPoint(Quarter.parse("2026-Q1"), 500, false));
        assertThat(p.loads().get(1)).isEqualTo(new LoadPoint(Quarter.parse("2026-Q2"), 600, false));
        assertThat(p.loads().get(2).quarter()).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(p.loads().get(2).projected()).isTrue();
        assertThat(p.loads().get(2).load()).isCloseTo(660, within(1e-9));
        assertThat(p.loads().get(4).load()).isCloseTo(798.6, within(1e-9));
        assertThat(p.loads().get(5).load()).isCloseTo(878.46, within(1e-9));
        // n = 40: 2026-Q2 + 40 = 2036-Q2
        assertThat(p.loads().get(41).quarter()).isEqualTo(Quarter.parse("2036-Q2"));
        assertThat(p.loads()).filteredOn(LoadPoint::projected).hasSize(40);
    }

    @Test
    void givenGrowthWinsOverTheHistory() {
        // The history doubles (fitted g would be 1.0), but 0.05 is given.
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.05, series("2026-Q1", 1, 2))));
        assertThat(p.growth()).isEqualTo(0.05);
    }

    @Test
    void fittedGrowthOfADoublingSeriesIsOne() {
        // ln 1, ln 2, ln 4, ln 8 on quarters 0..3: slope ln 2 → g = e^ln2 − 1 = 1.0
        assertThat(ScalabilityInflexion.fittedGrowth(series("2026-Q1", 1, 2, 4, 8))).isCloseTo(1.0, within(1e-12));
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, null, series("2026-Q1", 1, 2, 4, 8))));
        assertThat(p.growth()).isCloseTo(1.0, within(1e-12));
        // From 8 in 2026-Q4: 16, 32, …, 512 (n = 6, 2028-Q2) < 800, 1,024 (n = 7, 2028-Q3) ≥ 800.
        assertThat(p.breachQuarter()).isEqualTo(Quarter.parse("2028-Q3"));
    }

    @Test
    void gapsInTheHistoryCount() {
        // 1 in 2026-Q1, 4 in 2026-Q3 (2026-Q2 missing): slope ln 4 / 2 = ln 2 → g = 1.0
        // (were the gap ignored it would be 4/1 − 1 = 3).
        NavigableMap<Quarter, Double> values = new TreeMap<>();
        values.put(Quarter.parse("2026-Q1"), 1.0);
        values.put(Quarter.parse("2026-Q3"), 4.0);
        assertThat(ScalabilityInflexion.fittedGrowth(values)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void fittedGrowthIsALeastSquaresFit() {
        // 1, 2, 2 on x = −1, 0, 1 (centred): y = 0, ln 2, ln 2, ȳ = (2/3) ln 2;
        // slope = Σ dx·y / Σ dx² = (−0 + ln 2) / 2 = ln 2 / 2 → g = √2 − 1 = 0.414214
        assertThat(ScalabilityInflexion.fittedGrowth(series("2026-Q1", 1, 2, 2))).isCloseTo(0.414214, within(1e-6));
    }

    @Test
    void aBreachAlreadyInTheHistory() {
        // Limit 800: 500, 900, 700 → the first history quarter at or above it, 2026-Q2,
        // even though the last value is below.
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.0, series("2026-Q1", 500, 900, 700))));
        assertThat(p.breachQuarter()).isEqualTo(Quarter.parse("2026-Q2"));
        // Reaching exactly capacity × headroom is a breach.
        assertThat(ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.0, series("2026-Q1", 500, 800))))
                .breachQuarter()).isEqualTo(Quarter.parse("2026-Q2"));
    }

    @Test
    void aLoadEqualToCapacityTimesHeadroomInDecimalsIsABreach() {
        // Limit 1,200 × 0.56 = 672 in decimals, 672.0000000000001 as doubles. The history reaches
        // 672 in 2026-Q2: load ≥ capacity × headroom, so that is the breach, not "none" (growth 0
        // keeps every projected quarter at 672 too).
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1200, 0.56, 0.0, series("2026-Q1", 600, 672))));
        assertThat(p.breachQuarter()).isEqualTo(Quarter.parse("2026-Q2"));
    }

    @Test
    void noBreachWithinFortyQuartersMeansNoLatestStarts() {
        // Flat at 100 against 800: never. The scalability initiative gets no entry.
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.0, series("2026-Q1", 100, 100)),
                initiative("s").addresses("scalability").build()));
        assertThat(p.breachQuarter()).isNull();
        assertThat(p.latestStarts()).isEmpty();
        assertThat(p.loads()).hasSize(42);
        // Growth 1% from 600: 600 × 1.01^28 = 792.77 < 800, 600 × 1.01^29 = 800.70 ≥ 800
        // → breach at n = 29: 2026-Q2 + 29 = 2033-Q3, inside the 40.
        assertThat(ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.01, series("2026-Q1", 500, 600))))
                .breachQuarter()).isEqualTo(Quarter.parse("2033-Q3"));
        // Growth 0.5% from 600: 600 × 1.005^40 = 732.48 < 800 → none.
        assertThat(ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.005, series("2026-Q1", 500, 600))))
                .breachQuarter()).isNull();
    }

    @Test
    void latestStartsAndLateness() {
        // Breach 2027-Q2 (as in the first test).
        // a: start 2026-Q3, duration 2 → latest 2026-Q4, starts a quarter early → lateBy 0
        // b: start 2026-Q4, duration 2 → latest 2026-Q4, exactly on time → 0
        // c: start 2027-Q1, duration 3 → latest 2026-Q3, 2 quarters late → 2
        // d: dropped, e: does not address scalability → no entries.
        ScaleProjection p = ScalabilityInflexion.analyse(withScale(scale(1000, 0.8, 0.1, series("2026-Q1", 500, 600)),
                initiative("c").start("2027-Q1").duration(3).addresses("outages", "scalability").build(),
                initiative("a").start("2026-Q3").duration(2).addresses("scalability").build(),
                initiative("b").start("2026-Q4").duration(2).addresses("scalability").build(),
                initiative("d").start("2027-Q4").duration(1).addresses("scalability").status(Status.DROPPED).build(),
                initiative("e").start("2027-Q4").duration(1).addresses("outages").build()));
        assertThat(p.latestStarts()).containsExactly(
                new LatestStart("a", Quarter.parse("2026-Q4"), 0),
                new LatestStart("b", Quarter.parse("2026-Q4"), 0),
                new LatestStart("c", Quarter.parse("2026-Q3"), 2));
    }

    @Test
    void withoutScaleYamlThereIsNoProjection() {
        assertThat(ScalabilityInflexion.analyse(strategy(plan("2027-Q1", 4), List.of()))).isNull();
    }
}
