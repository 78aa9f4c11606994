package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Strategy;
import java.util.ArrayList;
import java.util.List;

/**
 * SPEC.md section 3, allocation: per plan quarter, the effort per quarter ({@code effort / duration})
 * of every non-dropped initiative building then (done ones included), split platform/product, the
 * platform share against the platform band and the utilisation of capacity.
 */
public final class Allocation {

    private Allocation() {
    }

    /** One entry per plan quarter k = 1..horizon, in quarter order. */
    public static List<AllocationQuarter> analyse(Strategy strategy) {
        Plan plan = strategy.plan();
        int horizon = plan.horizon();
        double[] platform = new double[horizon + 1];
        double[] product = new double[horizon + 1];
        for (Initiative initiative : IdOrder.initiatives(strategy.initiatives())) {
            if (!initiative.isDropped()) {
                addBuildEffort(plan, initiative, initiative.isPlatform() ? platform : product);
            }
        }
        List<AllocationQuarter> quarters = new ArrayList<>(horizon);
        for (int k = 1; k <= horizon; k++) {
            double all = platform[k] + product[k];
            Double share = all == 0 ? null : platform[k] / all;
            quarters.add(new AllocationQuarter(
                    plan.start().plus(k - 1),
                    platform[k],
                    product[k],
                    share,
                    all / plan.capacity(),
                    status(share, plan.platformBandLow(), plan.platformBandHigh())));
        }
        return List.copyOf(quarters);
    }

    /** {@code IDLE} for a null share, else below / within / above {@code [low, high]} (bounds inclusive). */
    public static BandStatus status(Double share, double low, double high) {
        if (share == null) {
            return BandStatus.IDLE;
        }
        if (Tolerance.below(share, low)) {
            return BandStatus.BELOW;
        }
        return Tolerance.above(share, high) ? BandStatus.ABOVE : BandStatus.WITHIN;
    }

    /**
     * Adds {@code initiative}'s effort per quarter into {@code load[k]} for each of its build quarters
     * inside 1..horizon ({@code load} is indexed by k, length horizon + 1).
     */
    static void addBuildEffort(Plan plan, Initiative initiative, double[] load) {
        BuildQuarters quarters = BuildQuarters.of(initiative, plan);
        double perQuarter = initiative.effortPerQuarter();
        for (int k = quarters.firstInPlan(); k <= quarters.lastInPlan(); k++) {
            load[k] += perQuarter;
        }
    }
}
