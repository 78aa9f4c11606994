package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SPEC.md section 3, teams: capacity {@code people × 3 × focus} person-months per quarter against
 * the effort per quarter of the non-dropped initiatives each team owns, over the plan quarters.
 */
public final class TeamCapacity {

    /** Months in a quarter. */
    public static final int MONTHS_PER_QUARTER = 3;

    private TeamCapacity() {
    }

    /** The teams in the order written; empty without teams.yaml. */
    public static List<TeamLoad> analyse(Strategy strategy) {
        Plan plan = strategy.plan();
        Map<String, List<Initiative>> byOwner = byOwner(strategy);
        List<TeamLoad> loads = new ArrayList<>(strategy.teams().size());
        for (Team team : strategy.teams()) {
            loads.add(load(plan, team, byOwner.getOrDefault(team.id(), List.of())));
        }
        return List.copyOf(loads);
    }

    /**
     * The initiatives whose effort counts in each team's load, by team id, in id order: the
     * non-dropped ones it owns (their build quarters inside the plan are what {@link #load} counts).
     */
    public static Map<String, List<Initiative>> byOwner(Strategy strategy) {
        Map<String, List<Initiative>> byOwner = new HashMap<>();
        for (Initiative initiative : IdOrder.initiatives(strategy.initiatives())) {
            if (!initiative.isDropped() && initiative.owner() != null) {
                byOwner.computeIfAbsent(initiative.owner(), owner -> new ArrayList<>()).add(initiative);
            }
        }
        return byOwner;
    }

    /** One team's load per plan quarter (index k − 1) from the initiatives it owns (none of them dropped). */
    public static TeamLoad load(Plan plan, Team team, List<Initiative> owned) {
        double capacity = team.people() * MONTHS_PER_QUARTER * plan.focus();
        double[] perQuarter = new double[plan.horizon() + 1];
        for (Initiative initiative : owned) {
            Allocation.addBuildEffort(plan, initiative, perQuarter);
        }
        List<Double> load = new ArrayList<>(plan.horizon());
        double peak = 0;
        for (int k = 1; k <= plan.horizon(); k++) {
            load.add(perQuarter[k]);
            peak = Math.max(peak, perQuarter[k]);
        }
        if (capacity == 0) {
            return new TeamLoad(team, capacity, load, null, false);
        }
        double peakUtilisation = peak / capacity;
        return new TeamLoad(team, capacity, load, peakUtilisation, Tolerance.above(peakUtilisation, 1));
    }
}
