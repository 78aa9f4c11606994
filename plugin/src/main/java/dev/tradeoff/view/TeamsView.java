package dev.tradeoff.view;

import java.util.List;

/**
 * The teams page: load against capacity (the most loaded first, all of them and the first few for
 * the brief), topology types and dependencies on unowned platform work (the costliest delay first).
 */
public record TeamsView(List<Team> teams, String platformShareOfPeople, List<Dependency> unownedPlatformDependencies,
        List<Sentence> story, Shortlist<Team> mostLoaded) {

    /**
     * One team: capacity per quarter, peak utilisation, load per plan quarter. {@code unstaffed}: it
     * owns planned work with no capacity to do it (no people), which has no utilisation to show.
     */
    public record Team(String id, String name, String type, String people, String capacity, String peakUtilisation,
            boolean overloaded, boolean unstaffed, List<String> load) {
    }

    /**
     * A stream-aligned team's product that a platform initiative no platform team owns speeds up, with
     * the speed-up and what it is worth (its part of the platform's enablement value): what is at
     * stake if that platform work stalls. {@code enables} is a speed-up, not a dependency: the
     * product does not wait for it.
     */
    public record Dependency(String team, InitiativeRef product, InitiativeRef platform, String platformOwner,
            String speedup, String worth) {
    }
}
