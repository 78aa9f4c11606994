package dev.tradeoff.analysis;

import dev.tradeoff.model.Strategy;
import java.util.List;

/**
 * Everything SPEC.md sections 2 and 3 compute for a strategy. Initiatives and OKRs in id order,
 * indicators in SPEC order, teams and platform metrics in the order written, allocation in
 * quarter order. {@code scale} is null without {@code scale.yaml}.
 */
public record Portfolio(
        Strategy strategy,
        List<InitiativeFigures> initiatives,
        Totals totals,
        List<AllocationQuarter> allocation,
        Sequencing sequencing,
        List<ObjectiveScore> okrs,
        Alignment alignment,
        List<IndicatorStatus> indicators,
        PlatformPriority platformPriority,
        ScaleProjection scale,
        List<TeamLoad> teams,
        List<PlatformMetricStatus> platformProduct) {

    public Portfolio {
        initiatives = List.copyOf(initiatives);
        allocation = List.copyOf(allocation);
        okrs = List.copyOf(okrs);
        indicators = List.copyOf(indicators);
        teams = List.copyOf(teams);
        platformProduct = List.copyOf(platformProduct);
    }
}
