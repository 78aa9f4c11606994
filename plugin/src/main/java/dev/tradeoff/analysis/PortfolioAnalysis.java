package dev.tradeoff.analysis;

import dev.tradeoff.model.Strategy;
import java.util.List;

/** Runs every analysis of SPEC.md sections 2 and 3 on a strategy: the one entry point of this package. */
public final class PortfolioAnalysis {

    private PortfolioAnalysis() {
    }

    public static Portfolio analyse(Strategy strategy) {
        List<InitiativeFigures> initiatives = InitiativeFinancials.analyse(strategy);
        KeyResultIndex keyResults = KeyResultIndex.of(strategy.initiatives());
        List<IndicatorStatus> indicators = PlatformIndicators.analyse(strategy);
        return new Portfolio(
                strategy,
                initiatives,
                PortfolioTotals.of(initiatives),
                Allocation.analyse(strategy),
                CostOfDelaySequencing.analyse(strategy),
                OkrProgress.analyse(strategy, keyResults),
                OkrAlignment.analyse(strategy, keyResults),
                indicators,
                PlatformIndicators.priority(indicators),
                ScalabilityInflexion.analyse(strategy),
                TeamCapacity.analyse(strategy),
                PlatformProduct.analyse(strategy));
    }
}
