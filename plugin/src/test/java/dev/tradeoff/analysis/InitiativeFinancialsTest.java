package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Section 2 by hand. Discount 10% a year: r = 1.1^(1/4) − 1 = 0.0241136891; discount factors
 * d1 = 1/1.0241136891 = 0.9764540897, d2 = d1² = 0.9534625892, d3 = 0.9310124446,
 * d4 = 1/1.1 = 0.9090909091, d5 = 0.8876855361, d6 = 0.8667841720.
 */
class InitiativeFinancialsTest {

    private static final double D1 = 0.9764540897;
    private static final double D2 = 0.9534625892;
    private static final double D3 = 0.9310124446;
    private static final double D4 = 0.9090909091;
    private static final double D5 = 0.8876855361;
    private static final double D6 = 0.8667841720;

    private static InitiativeFigures only(Strategy strategy) {
        return InitiativeFinancials.analyse(strategy).get(0);
    }

    @Test
    void quarterlyRateAndDiscountFactors() {
        assertThat(InitiativeFinancials.quarterlyRate(0.10)).isCloseTo(0.0241136891, within(1e-9));
        // Four quarters discount exactly one year: (1 + r)^4 = 1.1.
        assertThat(Math.pow(1 + InitiativeFinancials.quarterlyRate(0.10), 4)).isCloseTo(1.1, within(1e-12));
        assertThat(InitiativeFinancials.quarterlyRate(0)).isZero();

        // A one-quarter initiative costing 1 × 10,000 at k = 1: pvCosts = 10,000 × d1 = 9,764.54.
        Strategy s = strategy(plan("2027-Q1", 1), List.of(initiative("a").effort(1).build()));
        assertThat(only(s).pvCosts()).isCloseTo(9764.54, offset(0.005));
    }

    @Test
    void rampOneOffAndRunCostWithAPaybackThatNeverComes() {
        // effort 4 × 10k / 2 = 20,000 in k = 1, 2; one-off 5,000 in k = 1; run 1,000 from G = k3.
        // Benefit 10,000 ramp 2: k3 j = 1 → 5,000; k4 j = 2 → 10,000.
        // Costs 25,000, 20,000, 1,000, 1,000; benefits 0, 0, 5,000, 10,000.
        // Cumulative net: −25,000, −45,000, −41,000, −32,000: never recovers → payback null.
        Initiative a = initiative("a").start("2027-Q1").duration(2).effort(4)
                .oneOffCost("5k").runCost("1k").benefit("10k", 2).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));

        assertThat(f.cashFlows()).extracting(CashFlow::quarter).containsExactly(
                Quarter.parse("2027-Q1"), Quarter.parse("2027-Q2"), Quarter.parse("2027-Q3"), Quarter.parse("2027-Q4"));
        assertThat(f.cashFlows()).extracting(CashFlow::cost).containsExactly(25000.0, 20000.0, 1000.0, 1000.0);
        assertThat(f.cashFlows()).extracting(CashFlow::benefit).containsExactly(0.0, 0.0, 5000.0, 10000.0);
        assertThat(f.cashFlows()).extracting(CashFlow::cumulativeNet)
                .containsExactly(-25000.0, -45000.0, -41000.0, -32000.0);
        // pvCosts = 25,000 d1 + 20,000 d2 + 1,000 d3 + 1,000 d4
        //         = 24,411.35 + 19,069.25 + 931.01 + 909.09 = 45,320.71
        // pvBenefits = 5,000 d3 + 10,000 d4 = 4,655.06 + 9,090.91 = 13,745.97
        assertThat(f.pvCosts()).isCloseTo(45320.71, offset(0.005));
        assertThat(f.pvBenefits()).isCloseTo(13745.97, offset(0.005));
        assertThat(f.npv()).isCloseTo(13745.97 - 45320.71, offset(0.01));
        // roi = −31,574.74 / 45,320.71 = −0.696696
        assertThat(f.roi()).isCloseTo(-0.696696, within(1e-6));
        assertThat(f.paybackQuarter()).isNull();
        // cost of delay defaults to the benefit amounts (10,000); cd3 = 10,000 / 2.
        assertThat(f.costOfDelay()).isEqualTo(10000.0);
        assertThat(f.cd3()).isEqualTo(5000.0);
        assertThat(f.enablementValue()).isNull();
    }

    @Test
    void rampLongerThanTheHorizonNeverReachesFullRate() {
        // Benefit 12,000 ramp 4 from k2 (duration 1): j = 1..3 → 3,000, 6,000, 9,000.
        Initiative a = initiative("a").benefit("12k", 4).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.cashFlows()).extracting(CashFlow::benefit).containsExactly(0.0, 3000.0, 6000.0, 9000.0);
    }

    @Test
    void paybackComesInTheFirstQuarterTheCumulativeNetIsBackAtZeroOrAbove() {
        // Cost 10,000 in k1; benefit 4,000 from k2. Cumulative: −10,000, −6,000, −2,000, +2,000 (k4),
        // +6,000, +10,000: payback 2027-Q4, not a later quarter.
        Initiative a = initiative("a").effort(1).benefit("4k", 0).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 6), List.of(a)));
        assertThat(f.paybackQuarter()).isEqualTo(Quarter.parse("2027-Q4"));
        // pvCosts = 10,000 d1 = 9,764.54; pvBenefits = 4,000 (d2 + … + d6)
        //   = 4,000 × (0.9534626 + 0.9310124 + 0.9090909 + 0.8876855 + 0.8667842) = 4,000 × 4.5480357 = 18,192.14
        assertThat(f.pvCosts()).isCloseTo(9764.54, offset(0.005));
        assertThat(f.pvBenefits()).isCloseTo(4000 * (D2 + D3 + D4 + D5 + D6), offset(0.005));
        assertThat(f.pvBenefits()).isCloseTo(18192.14, offset(0.005));
        // roi = 8,427.60 / 9,764.54 = 0.863082
        assertThat(f.roi()).isCloseTo(0.863082, within(1e-6));
    }

    @Test
    void paybackAtExactlyZeroCounts() {
        // Cost 10,000 in k1, benefit 5,000 from k2: −10,000, −5,000, 0 → payback k3 = 2027-Q3.
        Initiative a = initiative("a").effort(1).benefit("5k", 0).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.cashFlows().get(2).cumulativeNet()).isZero();
        assertThat(f.paybackQuarter()).isEqualTo(Quarter.parse("2027-Q3"));
    }

    @Test
    void paybackAtZeroInDecimalsCountsWhateverTheSizeOfTheMoney() {
        // Cost 44B in k1; benefit 11B ramped over 7 quarters from k2: 11B × (1 + 2 + … + 7) / 7 = 44B,
        // so the cumulative net is 0 in k8 = 2028-Q4. As doubles, the sevenths leave −1.9e-6 there:
        // noise a millionth-of-a-unit slack alone would take for a shortfall.
        Initiative a = initiative("a").effort(1).benefit("11B", 7).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 10, 0.1, "44B", 8), List.of(a)));
        assertThat(f.cashFlows().get(7).cumulativeNet()).isNegative().isGreaterThan(-1e-5);
        assertThat(f.paybackQuarter()).isEqualTo(Quarter.parse("2028-Q4"));
    }

    @Test
    void aShortfallOfTwoMillionthsOfAUnitIsStillAShortfall() {
        // Cost 10,000.000002 in k1, benefit 5,000 from k2: −0.000002 in k3, 4,999.999998 in k4.
        Initiative a = initiative("a").effort(1).benefit("5k", 0).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4, 0.1, "10000.000002", 8), List.of(a)));
        assertThat(f.cashFlows().get(2).cumulativeNet()).isCloseTo(-0.000002, offset(1e-9));
        assertThat(f.paybackQuarter()).isEqualTo(Quarter.parse("2027-Q4"));
    }

    @Test
    void neverNegativeMeansNoPaybackAndNoCostsMeansNoRoi() {
        // No effort, no cost; benefit 1,000 from k2: cumulative 0, 1,000, 2,000, 3,000: never negative.
        Initiative a = initiative("a").benefit("1k", 0).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.paybackQuarter()).isNull();
        assertThat(f.pvCosts()).isZero();
        assertThat(f.roi()).isNull();
        // pvBenefits = 1,000 (d2 + d3 + d4) = 1,000 × 2.7935660 = 2,793.57 = npv
        assertThat(f.pvBenefits()).isCloseTo(2793.57, offset(0.005));
        assertThat(f.npv()).isCloseTo(2793.57, offset(0.005));
    }

    @Test
    void quartersBeforeThePlanStartAreSunk() {
        // Start 2026-Q1 = k −3, duration 2: builds in k −3, −2 (both sunk, one-off 100k too),
        // G = k −1. Run cost 500 in every k ≥ −1, so 500 in k1..k4. Benefit 4,000 ramp 4 with
        // j = k − G + 1 = k + 2: k1 j = 3 → 3,000; k2 j = 4 → 4,000; then 4,000.
        Initiative a = initiative("a").start("2026-Q1").duration(2).effort(8)
                .oneOffCost("100k").runCost("500").benefit("4k", 4).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.cashFlows()).extracting(CashFlow::cost).containsExactly(500.0, 500.0, 500.0, 500.0);
        assertThat(f.cashFlows()).extracting(CashFlow::benefit).containsExactly(3000.0, 4000.0, 4000.0, 4000.0);
        // pvCosts = 500 (d1 + d2 + d3 + d4) = 500 × 3.7700200 = 1,885.01
        assertThat(f.pvCosts()).isCloseTo(1885.01, offset(0.005));
        // pvBenefits = 3,000 d1 + 4,000 (d2 + d3 + d4) = 2,929.36 + 11,174.26 = 14,103.63
        assertThat(f.pvBenefits()).isCloseTo(14103.63, offset(0.005));
        assertThat(f.paybackQuarter()).isNull();
    }

    @Test
    void aBuildStraddlingThePlanStartCountsOnlyItsPlanQuarters() {
        // Start 2026-Q4 = k0, duration 3, effort 30: 100,000 per build quarter in k0, k1, k2;
        // only k1 and k2 count. One-off cost in the sunk k0 is not counted.
        Initiative a = initiative("a").start("2026-Q4").duration(3).effort(30).oneOffCost("1M").build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 3), List.of(a)));
        assertThat(f.cashFlows()).extracting(CashFlow::cost).containsExactly(100000.0, 100000.0, 0.0);
    }

    @Test
    void anInitiativeStartingAfterTheHorizonHasOnlyZeroCashFlows() {
        // Plan 2027-Q1..2027-Q4; starts 2029-Q1. Everything is out of view.
        Initiative a = initiative("a").start("2029-Q1").duration(2).effort(10).oneOffCost("50k")
                .runCost("1k").benefit("9k", 0).matrix(8, 2).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.cashFlows()).hasSize(4).allSatisfy(c -> {
            assertThat(c.cost()).isZero();
            assertThat(c.benefit()).isZero();
            assertThat(c.cumulativeNet()).isZero();
        });
        assertThat(f.npv()).isZero();
        assertThat(f.pvCosts()).isZero();
        assertThat(f.roi()).isNull();
        assertThat(f.paybackQuarter()).isNull();
        // Cost of delay is independent of the horizon: 9,000; cd3 = 9,000 / 2 = 4,500.
        assertThat(f.costOfDelay()).isEqualTo(9000.0);
        assertThat(f.cd3()).isEqualTo(4500.0);
        assertThat(f.quadrant()).isEqualTo(Quadrant.SHIP_PRODUCT);
    }

    @Test
    void oneOffCostInTheLastPlanQuarterAndRunCostAfterTheHorizon() {
        // Start k4 (last plan quarter), one-off 7,000 counts in k4; run cost would begin at k5.
        Initiative a = initiative("a").start("2027-Q4").oneOffCost("7k").runCost("1k").build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.cashFlows()).extracting(CashFlow::cost).containsExactly(0.0, 0.0, 0.0, 7000.0);
    }

    @Test
    void aDroppedInitiativeHasNoFigures() {
        Initiative d = initiative("d").status(Status.DROPPED).platform().effort(10).benefit("5k", 0)
                .enables("p", 0.5).matrix(9, 9).build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(d)));
        assertThat(f.initiative()).isSameAs(d);
        assertThat(f.isDropped()).isTrue();
        assertThat(f.cashFlows()).isEmpty();
        assertThat(f.npv()).isNull();
        assertThat(f.pvBenefits()).isNull();
        assertThat(f.pvCosts()).isNull();
        assertThat(f.roi()).isNull();
        assertThat(f.paybackQuarter()).isNull();
        assertThat(f.costOfDelay()).isNull();
        assertThat(f.cd3()).isNull();
        assertThat(f.quadrant()).isNull();
        assertThat(f.enablementValue()).isNull();
    }

    @Test
    void costOfDelayAsGivenAndCd3() {
        // Given 90,000 (not the 1,000 of benefits); duration 3 → cd3 = 30,000.
        Initiative a = initiative("a").duration(3).benefit("1k", 0).costOfDelay("90k").build();
        InitiativeFigures f = only(strategy(plan("2027-Q1", 4), List.of(a)));
        assertThat(f.costOfDelay()).isEqualTo(90000.0);
        assertThat(f.cd3()).isEqualTo(30000.0);
    }

    @Test
    void costOfDelayFallsBackToTheBenefitAmountsWhenTheLoaderLeftItOut() {
        Initiative built = initiative("a").benefit("1k", 0).benefit("2.5k", 3).build();
        Initiative withoutCod = new Initiative(built.id(), built.title(), built.kind(), null, built.status(),
                built.start(), built.duration(), built.effort(), built.oneOffCost(), built.runCost(),
                built.benefits(), null, 1, 1, List.of(), List.of(), List.of(), "", List.of(),
                java.util.Map.of(), java.util.Map.of(), "x");
        assertThat(InitiativeFinancials.costOfDelay(withoutCod)).isEqualTo(3500.0);
    }

    @Test
    void enablementValueSkipsDroppedProducts() {
        // cost per person-month 10,000.
        // a: 0.3 × (10 × 10,000 + 2 × 5,000) = 0.3 × 110,000 = 33,000
        // b: dropped → 0 (it would have been 0.5 × (100 × 10,000 + …))
        // c: 0.2 × (0 × 10,000 + 1 × 1,000) = 200
        // total 33,200
        Initiative p = initiative("p").platform().enables("a", 0.3).enables("b", 0.5).enables("c", 0.2).build();
        Initiative a = initiative("a").effort(10).duration(2).costOfDelay("5k").build();
        Initiative b = initiative("b").effort(100).duration(4).costOfDelay("50k").status(Status.DROPPED).build();
        Initiative c = initiative("c").benefit("1k", 0).build();
        Initiative lonely = initiative("q").platform().build();
        List<InitiativeFigures> figures =
                InitiativeFinancials.analyse(strategy(plan("2027-Q1", 4), List.of(a, b, c, p, lonely)));

        assertThat(figures).extracting(InitiativeFigures::id).containsExactly("a", "b", "c", "p", "q");
        assertThat(figures.get(3).enablementValue()).isCloseTo(33200, offset(0.005));
        // A platform without enables entries: 0, not null.
        assertThat(figures.get(4).enablementValue()).isEqualTo(0.0);
        // Products: null.
        assertThat(figures.get(0).enablementValue()).isNull();
        assertThat(figures.get(2).enablementValue()).isNull();
        // Shown beside the NPV, never in it: p has no cash flows at all.
        assertThat(figures.get(3).npv()).isZero();
    }

    @Test
    void figuresComeInIdOrderWhateverTheInputOrder() {
        Strategy s = strategy(plan("2027-Q1", 2),
                List.of(initiative("b").build(), initiative("a-2").build(), initiative("a").build()));
        assertThat(InitiativeFinancials.analyse(s)).extracting(InitiativeFigures::id).containsExactly("a", "a-2", "b");
    }
}
