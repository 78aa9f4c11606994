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
}
