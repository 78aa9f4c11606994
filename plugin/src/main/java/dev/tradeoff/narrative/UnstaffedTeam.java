package dev.tradeoff.narrative;

import dev.tradeoff.analysis.BuildQuarters;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.TeamCapacity;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A team with no capacity (no people, or a focus of 0) that owns planned work inside the plan
 * ({@link TeamLoad#unstaffed()}): none of its work can be delivered, which is worse than any
 * overload and must be said.
 * {@code plannedWork} is its load summed over the plan, in person-months; {@code initiatives} the
 * titles of the work behind it, in id order.
 */
public record UnstaffedTeam(Team team, double plannedWork, List<String> initiatives) {

    public UnstaffedTeam {
        initiatives = List.copyOf(initiatives);
    }

    /** The unstaffed teams with planned work, the most work first (then by id). */
    static List<UnstaffedTeam> of(Portfolio portfolio) {
        List<UnstaffedTeam> teams = new ArrayList<>();
        Map<String, List<Initiative>> byOwner = null;
        for (TeamLoad load : portfolio.teams()) {
            if (load.unstaffed()) {
                if (byOwner == null) {
                    byOwner = TeamCapacity.byOwner(portfolio.strategy());
                }
                teams.add(new UnstaffedTeam(load.team(), load.plannedWork(),
                        inItsLoad(byOwner.getOrDefault(load.team().id(), List.of()), portfolio.strategy().plan())));
            }
        }
        teams.sort(Comparator.comparingDouble((UnstaffedTeam unstaffed) -> unstaffed.plannedWork()).reversed()
                .thenComparing(unstaffed -> unstaffed.team().id()));
        return teams;
    }

    /** "has no people", or, when it has people but the plan's focus leaves them no time, "has no capacity". */
    String hasNone() {
        return team.people() == 0 ? "has no people" : "has no capacity (focus is 0)";
    }

    /** The titles of the owned initiatives with effort inside the plan: the ones its load is made of. */
    private static List<String> inItsLoad(List<Initiative> owned, Plan plan) {
        List<String> titles = new ArrayList<>();
        for (Initiative initiative : owned) {
            if (initiative.effort() > 0 && BuildQuarters.of(initiative, plan).inPlan() > 0) {
                titles.add(initiative.title());
            }
        }
        return titles;
    }
}
