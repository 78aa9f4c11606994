package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.Initiative;
import java.math.BigDecimal;

/**
 * What an initiative brings in and costs to run each quarter once live, with every benefit at full
 * rate (SPEC.md: the benefit amounts; a ramp only makes the first quarters bring in less). When the
 * benefits do not exceed the run cost, no quarter it runs adds anything back: once it has cost
 * something it never pays back, however long the plan, and a quarter of delay loses it nothing.
 */
public final class NetAtFullRate {

    private final BigDecimal benefits;
    private final BigDecimal runCost;

    private NetAtFullRate(BigDecimal benefits, BigDecimal runCost) {
        this.benefits = benefits;
        this.runCost = runCost;
    }

    public static NetAtFullRate of(Initiative initiative) {
        return new NetAtFullRate(Benefit.atFullRate(initiative.benefits()),
                initiative.runCost() == null ? BigDecimal.ZERO : initiative.runCost().value());
    }

    /**
     * Whether {@code figures} never pay back: the cumulative net goes below zero within the plan and
     * no quarter at full rate brings it back. Beside SPEC's null payback quarter, "beyond the plan"
     * would suggest a later one.
     */
    public static boolean neverPaysBack(InitiativeFigures figures) {
        return !figures.isDropped() && figures.paybackQuarter() == null && figures.goesNegative()
                && !of(figures.initiative()).coversRunCost();
    }

    /** Whether the benefits exceed the run cost, compared exactly: only then can a quarter live add money back. */
    public boolean coversRunCost() {
        return benefits.compareTo(runCost) > 0;
    }

    /** Whether the run cost is exactly the benefits: each quarter at full rate nets nothing. */
    public boolean breaksEven() {
        return benefits.compareTo(runCost) == 0;
    }

    /** The benefit amounts added up, a quarter. */
    public double benefits() {
        return benefits.doubleValue();
    }

    /** The run cost, a quarter. */
    public double runCost() {
        return runCost.doubleValue();
    }

    /** What each quarter at full rate brings in: the benefits less the run cost. */
    public double net() {
        return benefits.subtract(runCost).doubleValue();
    }

    /** What each quarter at full rate loses: the run cost less the benefits. */
    public double lossPerQuarter() {
        return runCost.subtract(benefits).doubleValue();
    }
}
