package dev.tradeoff.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.ObjectiveScore;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.analysis.Sequencing;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What SPEC.md's figures must satisfy for any valid strategy, checked on the analysis alone. */
class PortfolioPropertiesTest {

    @Provide
    Arbitrary<Strategy> strategies() {
        return RandomStrategies.strategies();
    }

    @Property(tries = 300)
    void npvIsBenefitsLessCosts(@ForAll("strategies") Strategy strategy) {
        for (InitiativeFigures figures : PortfolioAnalysis.analyse(strategy).initiatives()) {
            if (figures.isDropped()) {
                assertThat(List.of(figures)).allSatisfy(f -> {
                    assertThat(f.npv()).isNull();
                    assertThat(f.pvBenefits()).isNull();
                    assertThat(f.pvCosts()).isNull();
                });
                continue;
            }
            double expected = figures.pvBenefits() - figures.pvCosts();
            double scale = Math.max(1, Math.abs(figures.pvBenefits()) + Math.abs(figures.pvCosts()));
            assertThat(figures.npv()).as(figures.id()).isCloseTo(expected, within(1e-6 * scale));
            assertThat(figures.pvCosts()).as("PV of costs of %s", figures.id()).isGreaterThanOrEqualTo(0);
            assertThat(figures.pvBenefits()).as("PV of benefits of %s", figures.id()).isGreaterThanOrEqualTo(0);
        }
    }

    /**
     * Nothing comes in before go-live and no amount is negative, so a cash flow that went negative
     * cannot recover before then: the pages never need to say "pays back before it goes live".
     */
    @Property(tries = 300)
    void paybackIsInThePlanAndNeverBeforeGoLive(@ForAll("strategies") Strategy strategy) {
        for (InitiativeFigures figures : PortfolioAnalysis.analyse(strategy).initiatives()) {
            if (figures.paybackQuarter() != null) {
                assertThat(figures.paybackQuarter()).as(figures.id())
                        .isGreaterThanOrEqualTo(figures.initiative().goLive())
                        .isGreaterThanOrEqualTo(strategy.plan().start())
                        .isLessThanOrEqualTo(strategy.plan().end());
            }
        }
    }

    @Property(tries = 300)
    void platformSharesAreSharesOrNothing(@ForAll("strategies") Strategy strategy) {
        List<AllocationQuarter> allocation = PortfolioAnalysis.analyse(strategy).allocation();

        assertThat(allocation).hasSize(strategy.plan().horizon());
        for (AllocationQuarter quarter : allocation) {
            if (quarter.platformShare() == null) {
                assertThat(quarter.status()).as(quarter.quarter().toString()).isEqualTo(BandStatus.IDLE);
                assertThat(quarter.totalEffort()).isZero();
            } else {
                assertThat(quarter.platformShare()).as(quarter.quarter().toString()).isBetween(0.0, 1.0);
                assertThat(quarter.status()).isNotEqualTo(BandStatus.IDLE);
            }
            assertThat(quarter.utilisation()).isFinite().isGreaterThanOrEqualTo(0);
        }
    }

    @Property(tries = 300)
    void costOfDelayOrderNeverCostsMoreThanThePlanOrder(@ForAll("strategies") Strategy strategy) {
        Sequencing sequencing = PortfolioAnalysis.analyse(strategy).sequencing();
        List<String> candidates = strategy.initiatives().stream()
                .filter(i -> i.status() == Status.PROPOSED || i.status() == Status.COMMITTED)
                .map(Initiative::id).toList();

        assertThat(sequencing.planOrder()).containsExactlyInAnyOrderElementsOf(candidates);
        assertThat(sequencing.cd3Order()).containsExactlyInAnyOrderElementsOf(candidates);
        double tolerance = 1e-9 * Math.max(1, sequencing.planDelayCost());
        assertThat(sequencing.cd3DelayCost()).isLessThanOrEqualTo(sequencing.planDelayCost() + tolerance);
        assertThat(sequencing.saving()).isGreaterThanOrEqualTo(-tolerance)
                .isCloseTo(sequencing.planDelayCost() - sequencing.cd3DelayCost(), within(tolerance));
    }

    @Property(tries = 300)
    void scoresAndProgressAreFromZeroToOne(@ForAll("strategies") Strategy strategy) {
        Portfolio portfolio = PortfolioAnalysis.analyse(strategy);

        assertThat(portfolio.okrs()).hasSameSizeAs(strategy.objectives());
        for (ObjectiveScore score : portfolio.okrs()) {
            assertThat(score.score()).as(score.id()).isBetween(0.0, 1.0);
            for (KeyResultProgress progress : score.keyResults()) {
                assertThat(progress.progress()).as(progress.reference()).isBetween(0.0, 1.0);
            }
        }
    }
}
