package dev.tradeoff.analysis;

import dev.tradeoff.model.Team;
import java.util.List;

/**
 * A team's capacity (person-months per quarter), its load per plan quarter (index k − 1), peak
 * utilisation (null when capacity is 0) and whether it is overloaded.
 */
public record TeamLoad(Team team, double capacity, List<Double> load, Double peakUtilisation, boolean overloaded) {

    public TeamLoad {
        load = List.copyOf(load);
    }

    /**
     * The peak as it ranks teams: to a billionth, so that peaks the decimals make equal (125% worked
     * out through different sums, 1.25 and 1.2499999999999998) tie and fall to the id rather than
     * to rounding noise. Null without capacity.
     */
    public Double rankedPeak() {
        return peakUtilisation == null ? null : Math.round(peakUtilisation * 1e9) / 1e9;
    }
}
