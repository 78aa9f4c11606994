package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
