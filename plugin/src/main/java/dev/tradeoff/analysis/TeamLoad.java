package dev.tradeoff.analysis;

import dev.tradeoff.model.Team;
import java.util.Comparator;
import java.util.List;

/**
 * A team's capacity (person-months per quarter), its load per plan quarter (index k − 1), peak
 * utilisation (null when capacity is 0) and whether it is overloaded.
 */
public record TeamLoad(Team team, double capacity, List<Double> load, Double peakUtilisation, boolean overloaded) {

    /**
     * The highest peak first, teams without a peak (no capacity) last, then by id: the order in which
     * findings name teams, so that the ones named are the ones that will slip most.
     */
    public static final Comparator<TeamLoad> MOST_LOADED_FIRST =
            Comparator.comparing(TeamLoad::rankedPeak, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                    .thenComparing(load -> load.team().id());

    /**
     * As the teams page, its chart and the brief list teams: the unstaffed first (none of their work
     * can happen, which is worse than any overload), then {@link #MOST_LOADED_FIRST}.
     */
    public static final Comparator<TeamLoad> UNSTAFFED_FIRST =
            Comparator.comparing((TeamLoad load) -> !load.unstaffed()).thenComparing(MOST_LOADED_FIRST);

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

    /**
     * It owns planned work in the plan and has no capacity to do it (no people, or a focus of 0).
     * SPEC gives it no peak and never calls it overloaded, since load over zero has no value.
     */
    public boolean unstaffed() {
        return capacity == 0 && plannedWork() > 0;
    }

    /** Its load summed over the plan, in person-months. */
    public double plannedWork() {
        return load.stream().mapToDouble(Double::doubleValue).sum();
    }
}
