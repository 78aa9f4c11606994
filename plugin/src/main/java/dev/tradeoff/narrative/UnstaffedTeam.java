package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Team;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
        for (TeamLoad load : portfolio.teams()) {
            if (load.unstaffed()) {
                teams.add(new UnstaffedTeam(load.team(), load.plannedWork(), owned(portfolio, load.team())));
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

    /** The titles of the team's non-dropped initiatives with effort inside the plan: the ones in its load. */
    private static List<String> owned(Portfolio portfolio, Team team) {
        var plan = portfolio.strategy().plan();
        List<String> titles = new ArrayList<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            Initiative initiative = figures.initiative();
            if (!initiative.isDropped() && team.id().equals(initiative.owner()) && initiative.effort() > 0
                    && BuildQuarters.of(initiative, plan).inPlan() > 0) {
                titles.add(initiative.title());
            }
        }
        return titles;
    }
}
