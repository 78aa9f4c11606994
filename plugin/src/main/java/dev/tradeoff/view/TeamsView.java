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
     * A stream-aligned team whose work is enabled by a platform initiative no platform team owns, with
     * the product's cost of delay: what a quarter's slip of the platform costs.
     */
    public record Dependency(String team, InitiativeRef product, InitiativeRef platform, String platformOwner,
            String costOfDelay) {
    }
}
