package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A definition whose id cannot be read (an invalid team id, a file not named as an id) is reported
 * where it is written, and hides no other problem: a reference that cannot mean it is still checked
 * and reported in the same build. A reference that probably does mean it (it is the id that was
 * written, the id it suggests, or close to either) is not reported a second time.
 */
class InvalidIdsHideNoReferencesTest {

    private static final String CHECKOUT = "initiatives/checkout-v2.yaml";
    private static final String PLATFORM = "initiatives/payments-platform.yaml";
    private static final String RULE = "lower-case letters, digits and '-', starting with a letter or digit";

    @Test
    void anInvalidTeamIdLeavesTheOtherOwnersChecked() {
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yaml", ValidStrategy.TEAMS.replace("id: checkout", "id: Checkout Team"));
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core", "owner: payments-cor"));

        // checkout-v2's owner 'checkout' is close to 'Checkout Team': it is that team, already reported.
        assertThat(problems(files)).containsExactly(
                PLATFORM + ":3:8: unknown team 'payments-cor' (did you mean 'payments-core'?)",
                "teams.yaml:6:9: id: expected an id (" + RULE + "), found 'Checkout Team' (did you mean 'checkout-team'?)");
    }

    @Test
    void anOwnerNamingNoTeamAtAllIsReportedBesideAnInvalidTeamId() {
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yaml", ValidStrategy.TEAMS.replace("id: checkout", "id: Checkout_Team"));
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core", "owner: billing"));

        assertThat(problems(files)).containsExactly(
                PLATFORM + ":3:8: unknown team 'billing'",
                "teams.yaml:6:9: id: expected an id (" + RULE + "), found 'Checkout_Team' (did you mean 'checkout-team'?)");
    }

    @Test
    void anOwnerNamingTheIdTheInvalidOneSuggestsIsNotReportedAgain() {
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yaml", ValidStrategy.TEAMS.replace("id: payments-core", "id: Payments_Core"));

        assertThat(problems(files)).containsExactly("teams.yaml:2:9: id: expected an id (" + RULE
                + "), found 'Payments_Core' (did you mean 'payments-core'?)");
    }

    @Test
    void aTooLongTeamIdLeavesTheOtherOwnersChecked() {
        String longId = "t".repeat(IdSyntax.MAX_LENGTH + 1);
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yaml", ValidStrategy.TEAMS.replace("id: checkout", "id: " + longId));
        files.put(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("owner: checkout", "owner: checkot"));

        assertThat(problems(files)).containsExactly(
                CHECKOUT + ":3:8: unknown team 'checkot'",
                "teams.yaml:6:9: id: expected an id of at most 100 characters, found one of 101 characters: '"
                        + "t".repeat(40) + "...'");
    }

    @Test
    void aTeamWrittenAsABareNameStandsForThatName() {
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yaml", ValidStrategy.TEAMS + "  - platform-enablement\n");
        files.put(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("owner: checkout", "owner: platform-enablement"));
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core", "owner: billing"));

        assertThat(problems(files)).containsExactly(
                PLATFORM + ":3:8: unknown team 'billing'",
                "teams.yaml:10:5: teams: expected a mapping of keys to values, found 'platform-enablement'");
    }

    @Test
    void aTeamWithoutAnIdCouldBeAnyTeamSoNoOwnerIsJudged() {
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yaml", ValidStrategy.TEAMS.replace("  - id: checkout\n    name", "  - name"));
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core", "owner: billing"));

        assertThat(problems(files)).containsExactly("teams.yaml:6:5: missing required key 'id' in this team");
    }

    @Test
    void aMisnamedInitiativeFileLeavesTheOtherEnablesChecked() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/Mobile App.yaml", ValidStrategy.CHECKOUT_V2);
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("""
                  - id: checkout-v2
                    speedup: 0.3
                """, """
                  - id: checkout-v3
                    speedup: 0.3
                  - id: mobile-app
                    speedup: 0.2
                """));

        assertThat(problems(files)).containsExactly(
                "initiatives/Mobile App.yaml: file name 'Mobile App.yaml' is not a valid id (" + RULE
                        + "); rename it to 'mobile-app.yaml'",
                PLATFORM + ":19:9: unknown initiative 'checkout-v3' (did you mean 'checkout-v2'?)");
    }

    @Test
    void aStrayFileAmongTheInitiativesLeavesEnablesChecked() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/notes.txt", "to do\n");
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("id: checkout-v2", "id: checkout-v3"));

        assertThat(problems(files)).containsExactly(
                "initiatives/notes.txt: not read: files in initiatives/ must end in .yaml",
                PLATFORM + ":19:9: unknown initiative 'checkout-v3' (did you mean 'checkout-v2'?)");
    }

    @Test
    void aMisnamedObjectiveFileLeavesTheOtherKeyResultsChecked() {
        Map<String, String> files = ValidStrategy.files();
        files.put("okrs/Grow Revenue.yaml", ValidStrategy.EXPAND_REGIONS);
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[expand-regions/onboarding-days]",
                "[expand-region/onboarding-days, grow-revenue/onboarding-days]"));

        assertThat(problems(files)).containsExactly(
                PLATFORM + ":21:14: unknown objective 'expand-region' in 'expand-region/onboarding-days'"
                        + " (did you mean 'expand-regions'?)",
                "okrs/Grow Revenue.yaml: file name 'Grow Revenue.yaml' is not a valid id (" + RULE
                        + "); rename it to 'grow-revenue.yaml'");
    }

    @Test
    void anInvalidKeyResultIdLeavesTheOtherKeyResultReferencesChecked() {
        Map<String, String> files = ValidStrategy.files();
        files.put("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS + """
                  - id: Regions Live
                    title: Regions live
                    baseline: 0
                    target: 3
                    current: 1
                """);
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[expand-regions/onboarding-days]",
                "[expand-regions/onboard-days, expand-regions/regions-live]"));

        assertThat(problems(files)).containsExactly(
                PLATFORM + ":21:14: unknown key result 'onboard-days' in objective 'expand-regions'"
                        + " (did you mean 'onboarding-days'?)",
                "okrs/expand-regions.yaml:10:9: id: expected an id (" + RULE + "), found 'Regions Live'"
                        + " (did you mean 'regions-live'?)");
    }

    @Test
    void keyResultsWrittenAsBareNamesAreReportedOnceNotAgainWhereTheyAreNamed() {
        // The platform names expand-regions/onboarding-days: the bare name on line 3.
        assertThat(problems(ValidStrategy.with("okrs/expand-regions.yaml",
                "objective: Launch in three new regions\nquarter: 2027-Q4\nkeyResults: [onboarding-days]\n")))
                .containsExactly("okrs/expand-regions.yaml:3:14: keyResults: expected a mapping of keys to values,"
                        + " found 'onboarding-days'");
    }

    @Test
    void teamsThatAreNotAListLeaveEveryOwnerUnjudged() {
        assertThat(problems(ValidStrategy.with("teams.yaml", "teams: checkout\n")))
                .containsExactly("teams.yaml:1:8: teams: expected a list, found 'checkout'");
    }
}
