package dev.tradeoff.narrative;

import dev.tradeoff.analysis.TeamLoad;
import java.util.ArrayList;
import java.util.List;

/** One sentence for the overloaded teams, most loaded first: the summary's, and the teams page's for several. */
final class OverloadedTeams {

    private OverloadedTeams() {
    }

    /**
     * "2 teams are overloaded: A peaks at 167% of its capacity and B at 133%.": each named with its
     * peak, most loaded first, as many as the teams page names one by one. When every team is, that
     * is the news ("All 100 teams are overloaded"), not ten names of a hundred. {@code advice}, if
     * any, follows as a sentence of its own (" Their plans will slip …").
     */
    static Finding finding(List<TeamLoad> overloaded, int teams, String advice) {
        List<Figure> figures = new ArrayList<>();
        int count = overloaded.size();
        if (count == teams && count > SectionStories.NAMED) {
            TeamLoad worst = overloaded.get(0);
            return Finding.of(Severity.WARNING, "teams", "All {0} teams are overloaded, {1} most: it peaks at {2} of its capacity." + advice,
                    Figure.count(count), Figure.text(worst.team().name()), Figure.shareOfCapacity(worst.peakUtilisation()));
        }
        figures.add(Figure.text(count == 1 ? (teams == 1 ? "The one team is" : "One team is")
                : count < teams ? count + " teams are"
                : count == 2 ? "Both teams are"
                : "All " + count + " teams are"));
        List<String> peaks = new ArrayList<>();
        for (TeamLoad team : overloaded.subList(0, Math.min(SectionStories.NAMED, overloaded.size()))) {
            peaks.add("{" + figures.size() + "}" + (peaks.isEmpty() ? " peaks at " : " at ")
                    + "{" + (figures.size() + 1) + "}" + (peaks.isEmpty() ? " of its capacity" : ""));
            figures.add(Figure.text(team.team().name()));
            figures.add(Figure.shareOfCapacity(team.peakUtilisation()));
        }
        return Finding.of(Severity.WARNING, "teams",
                "{0} overloaded: " + Prose.join(peaks, overloaded.size() - peaks.size()) + "." + advice,
                figures.toArray(Figure[]::new));
    }
}
