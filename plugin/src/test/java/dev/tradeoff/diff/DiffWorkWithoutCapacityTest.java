package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Work moved onto or off a team with no people. SPEC.md gives such a team no peak utilisation and
 * never calls it overloaded, so the diff compared only peaks and said nothing. Core platform in
 * {@link StrategyFiles} is 20 person-months over 2027-Q1 and Q2, 10 a quarter; Core has 5 people,
 * 5 × 3 × 0.8 = 12 person-months a quarter, so its peak is 10 / 12 = 83%.
 */
class DiffWorkWithoutCapacityTest {

    private static final String CORE = "  - id: core\n    name: Core\n    type: platform\n    people: 5\n";
    private static final String GHOST = "  - id: ghost\n    name: Ghost\n    type: platform\n    people: 0\n";

    private static StrategyFiles ownedBy(String owner, String teams) {
        return StrategyFiles.base()
                .put("teams.yaml", "teams:\n" + teams)
                .edit("initiatives/core-platform.yaml", "status: committed\n", "owner: " + owner + "\nstatus: committed\n");
    }

    @Test
    void workMovedOntoATeamWithNoPeopleIsSaidWithHowMuchNoOneCanDeliver() throws Exception {
        DiffResult result = Diffs.compare(ownedBy("core", CORE + GHOST), ownedBy("ghost", CORE + GHOST));

        String md = Diffs.markdown(result);

        assertThat(md).contains("**This change leaves portfolio NPV unchanged and puts 20 person-months of work on Ghost,"
                        + " a team with no people, which can deliver none of it.**")
                .contains("| Team Ghost | no people, no work | no people, 20 person-months of work |"
                        + " 20 person-months more that it cannot deliver |\n")
                .contains("| Team Core at its busiest | 83% | 0% | work 20 → 0 person-months |\n");
        JsonNode ghost = new ObjectMapper().readTree(DiffJson.write(result)).get("teams").get(1);
        assertThat(ghost.get("id").asText()).isEqualTo("ghost");
        assertThat(ghost.get("peakUtilisationAfter").isNull()).isTrue();
        assertThat(ghost.get("peopleAfter").asDouble()).isZero();
        assertThat(ghost.get("capacityAfter").asDouble()).isZero();
        assertThat(ghost.get("workBefore").asDouble()).isZero();
        assertThat(ghost.get("workAfter").asDouble()).isEqualTo(20);
        assertThat(ghost.get("undeliverableBefore").asDouble()).isZero();
        assertThat(ghost.get("undeliverableAfter").asDouble()).isEqualTo(20);
    }

    @Test
    void workMovedOffATeamWithNoPeopleIsSaidToo() throws Exception {
        String md = Diffs.markdown(Diffs.compare(ownedBy("ghost", CORE + GHOST), ownedBy("core", CORE + GHOST)));

        assertThat(md).contains("**This change leaves portfolio NPV unchanged and takes 20 person-months of work off"
                        + " Ghost, a team with no people.**")
                .contains("| Team Ghost | no people, 20 person-months of work | no people, no work |"
                        + " 20 person-months fewer that it cannot deliver |\n");
    }

    @Test
    void aTeamWhosePeopleLeaveIsNotNoLongerOverloaded() throws Exception {
        // Core owned 20 person-months (at 6 people, 10 / 14.4 = 69%); with 0 people it delivers none.
        StrategyFiles base = ownedBy("core", CORE.replace("people: 5", "people: 6"));
        StrategyFiles head = ownedBy("core", CORE.replace("people: 5", "people: 0"));

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(md).contains(" and strands 20 person-months of work with Core, which now has no people and can deliver"
                        + " none of it.**")
                .contains("| Team Core | 69% | no people, 20 person-months of work | 20 person-months more that it"
                        + " cannot deliver |\n");
    }

    @Test
    void aNewTeamWithNoPeopleThatTakesWorkIsListed() throws Exception {
        DiffResult result = Diffs.compare(ownedBy("core", CORE), ownedBy("ghost", CORE + GHOST));

        String md = Diffs.markdown(result);

        assertThat(md).contains("puts 20 person-months of work on Ghost, a team with no people, which can deliver none of it")
                .contains("| Team Ghost | — (no such team) | no people, 20 person-months of work |");
        JsonNode ghost = new ObjectMapper().readTree(DiffJson.write(result)).get("teams").get(1);
        assertThat(ghost.get("capacityBefore").isNull()).isTrue();
        assertThat(ghost.get("undeliverableAfter").asDouble()).isEqualTo(20);
    }

    private static final String VOID = "  - id: void\n    name: Void\n    type: stream-aligned\n    people: 0\n";

    /** Legacy cleanup (10 person-months in 2027-Q2) owned by Ghost, and core platform and reporting as given. */
    private static StrategyFiles withLegacyOnGhost(String coreOwner, String reportingOwner, String teams) {
        StrategyFiles files = ownedBy(coreOwner, teams)
                .edit("initiatives/legacy-cleanup.yaml", "status: proposed\n", "owner: ghost\nstatus: proposed\n");
        return reportingOwner == null ? files
                : files.edit("initiatives/reporting.yaml", "status: proposed\n", "owner: " + reportingOwner + "\nstatus: proposed\n");
    }

    @Test
    void workMovedOntoSeveralTeamsWithNoPeopleIsSaidOnceWithWhatEachGains() throws Exception {
        // Ghost already strands legacy cleanup's 10 person-months and takes core platform's 20 (30 in
        // all, 20 more); Void takes reporting's 20: 20 + 20 = 40 more that no one can deliver.
        StrategyFiles base = withLegacyOnGhost("core", null, CORE + GHOST + VOID);
        StrategyFiles head = withLegacyOnGhost("ghost", "void", CORE + GHOST + VOID);

        assertThat(Diffs.markdown(Diffs.compare(base, head)))
                .contains(" puts 40 person-months of work on 2 teams with no people, which can deliver none of it")
                .contains("| Team Ghost | no people, 10 person-months of work | no people, 30 person-months of work |"
                        + " 20 person-months more that it cannot deliver |\n");
        assertThat(Diffs.markdown(Diffs.compare(head, base)))
                .contains(" no longer strands 40 person-months of work on 2 teams with no people");
    }

    @Test
    void peopleWhoJoinATeamWithNoneGiveItTheCapacityForItsWork() throws Exception {
        // Ghost, 5 people: 12 person-months a quarter for core platform's 10.
        StrategyFiles head = ownedBy("ghost", CORE + GHOST.replace("people: 0", "people: 5"));

        assertThat(Diffs.markdown(Diffs.compare(ownedBy("ghost", CORE + GHOST), head)))
                .contains(" gives Ghost the capacity for 20 person-months of work it could not deliver")
                .contains("| Team Ghost | no people, 20 person-months of work | 83% | 20 person-months fewer that it"
                        + " cannot deliver |\n");
    }

    @Test
    void aTeamRemovedWithTheWorkItCouldNotDoIsSaidToFreeIt() throws Exception {
        // Ghost had core platform's 20 person-months and no people; the change gives them to Core and removes Ghost.
        DiffResult result = Diffs.compare(ownedBy("ghost", CORE + GHOST), ownedBy("core", CORE));

        assertThat(result.teams()).extracting(TeamChange::id).containsExactly("core", "ghost");
        assertThat(Diffs.markdown(result)).contains(" takes 20 person-months of work off Ghost, a team with no people")
                .contains("| Team Ghost | no people, 20 person-months of work | — (no such team) | 20 person-months fewer"
                        + " that it cannot deliver |\n");
        // A team removed that had no such work is not listed.
        assertThat(Diffs.compare(ownedBy("core", CORE + GHOST), ownedBy("core", CORE)).teams()).isEmpty();
    }

    @Test
    void aTeamWithPeopleButNoTimeForPlannedWorkHasNoCapacityRatherThanNoPeople() {
        // A focus of 0 leaves 5 people no time for planned work: "no capacity", not "no people".
        TeamChange busy = new TeamChange("ops", "Ops", null, null, false, false, null,
                new TeamChange.Staffing(5, 0, 6));
        TeamChange ghost = new TeamChange("ghost", "Ghost", null, null, false, false,
                new TeamChange.Staffing(0, 0, 0), new TeamChange.Staffing(0, 0, 4));

        assertThat(WorkWithoutCapacity.clauses(List.of(busy)))
                .containsExactly("puts 6 person-months of work on Ops, a team with no capacity, which can deliver none of it");
        assertThat(WorkWithoutCapacity.clauses(List.of(busy, ghost)))
                .containsExactly("puts 10 person-months of work on 2 teams with no capacity, which can deliver none of it");
        assertThat(WorkWithoutCapacity.clauses(List.of(ghost)))
                .containsExactly("puts 4 person-months of work on Ghost, a team with no people, which can deliver none of it");
    }

    @Test
    void workAddedToATeamThatAlreadyCouldNotDeliverSomeIsSaidAsMore() {
        TeamChange more = new TeamChange("ghost", "Ghost", null, null, false, false,
                new TeamChange.Staffing(0, 0, 10), new TeamChange.Staffing(0, 0, 30));
        // The sums' noise is no work it could not deliver before.
        TeamChange first = new TeamChange("ghost", "Ghost", null, null, false, false,
                new TeamChange.Staffing(0, 0, TeamChange.PERSON_MONTH_NOISE), new TeamChange.Staffing(0, 0, 6));

        assertThat(WorkWithoutCapacity.clauses(List.of(more)))
                .containsExactly("puts 20 more person-months of work on Ghost, a team with no people, which can deliver none of it");
        assertThat(WorkWithoutCapacity.clauses(List.of(first)))
                .containsExactly("puts 6 person-months of work on Ghost, a team with no people, which can deliver none of it");
    }
}
