package dev.tradeoff.load;

import static dev.tradeoff.load.Loading.assertOnlyProblem;
import static dev.tradeoff.load.Loading.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One test per kind of problem a strategy folder can have, each with its exact message. */
class LoaderProblemsTest {

    private static final String CHECKOUT = "initiatives/checkout-v2.yaml";
    private static final String PLATFORM = "initiatives/payments-platform.yaml";
    private static final String RULE = "lower-case letters, digits and '-', starting with a letter or digit";

    @Test
    void collectsEveryProblemOfEveryFileAtOnce() {
        Map<String, String> files = ValidStrategy.files();
        files.put(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("title:", "titel:"));
        files.put("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS.replace("2027-Q4", "2027-5"));
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core", "owner: payments-cor"));
        files.put("teams.yaml", ValidStrategy.TEAMS.replace("people: 6", "people: twelve"));

        assertThat(problems(files)).containsExactly(
                "initiatives/checkout-v2.yaml:1:1: unknown key 'titel' (did you mean 'title'?)",
                "initiatives/payments-platform.yaml:3:8: unknown team 'payments-cor' (did you mean 'payments-core'?)",
                "okrs/expand-regions.yaml:2:10: quarter: expected a quarter like 2027-Q1, found '2027-5'",
                "teams.yaml:9:13: people: expected a number, found 'twelve'");
    }

    @Test
    void aStrategyWithoutInitiativesLoadsWithAWarning() {
        Map<String, String> files = ValidStrategy.files();
        files.remove("initiatives/payments-platform.yaml");
        files.remove("initiatives/checkout-v2.yaml");

        assertThat(Loading.warnings(files)).contains(
                "initiatives/: no initiative files, so the report has no work to weigh; add one .yaml file per initiative");
        assertThat(Loading.warnings(ValidStrategy.files())).noneMatch(warning -> warning.startsWith("initiatives/:"));
    }

    @Test
    void anInlineListLeftOpenBeforeABlockListIsSaidWhereItOpens() {
        assertThat(Loading.problems(ValidStrategy.with("teams.yaml", "teams: [\n  - id: core\n    name: Core\n"))).containsExactly(
                "teams.yaml:1:8: an inline list or mapping ('[' or '{') is open here when a '- ' list item follows;"
                        + " close it on its own line, or remove it and keep the '- ' items");
    }

    @Test
    void unknownKeyWithTheKeyThatWasMeant() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("riskReduction", "riskReducton"),
                CHECKOUT + ":7:1: unknown key 'riskReducton' (did you mean 'riskReduction'?)");
    }

    @Test
    void unknownKeyWithAHiddenCharacterBeforeXDashNamesIt() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "\u200bx-jira: PAY-1\n",
                CHECKOUT + ":8:1: unknown key '\u200bx-jira' (it holds U+200B ZERO WIDTH SPACE, which does not show)"
                        + " (expected id, title, kind, owner, status, start, duration, effort, oneOffCost, runCost,"
                        + " benefits, costOfDelay, value, riskReduction, enables, keyResults, addresses, summary, tags"
                        + " or links, or a key of your own starting with x-)");
    }

    @Test
    void unknownKeyDifferingOnlyInCaseOrSeparators() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "cost_of_delay: 5k\n",
                CHECKOUT + ":8:1: unknown key 'cost_of_delay' (did you mean 'costOfDelay'?)");
    }

    @Test
    void unknownKeyWithNothingClose() {
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "colour: blue\n",
                "strategy.yaml:6:1: unknown key 'colour' (expected organization, currency, start, horizon,"
                        + " discountRate, costPerPersonMonth, capacity, platformBand, matrixThreshold, focus or"
                        + " signalWindow, or a key of your own starting with x-)");
    }

    @Test
    void unknownKeyInAListEntry() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("    ramp: 2", "    rampUp: 2"),
                PLATFORM + ":15:5: unknown key 'rampUp' (did you mean 'ramp'?)");
    }

    @Test
    void missingRequiredKey() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20\n", ""),
                CHECKOUT + ":1:1: missing required key 'effort'");
    }

    @Test
    void missingRequiredKeyInAListEntry() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("    amount: 60k\n", ""),
                PLATFORM + ":11:5: missing required key 'amount' in this benefit");
    }

    @Test
    void requiredKeyWithoutValue() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title:"),
                CHECKOUT + ":1:7: title: expected a string, found nothing");
    }

    @Test
    void aValueOfOnlyWhiteSpaceIsSaidToBeThat() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: \"\\t \""),
                CHECKOUT + ":5:9: effort: expected a number, found only white space");
    }

    @Test
    void startWrittenWithNoValueIsSaidAtTheKeyNotAsMissing() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("start: 2027-Q1\n", "start:\n"),
                PLATFORM + ":5:7: start: expected a quarter like 2027-Q1, found nothing (only a proposed initiative"
                        + " may leave it out, and this one is committed)");
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("start: 2027-Q1\n", "start: ~\n"),
                PLATFORM + ":5:8: start: expected a quarter like 2027-Q1, found nothing (only a proposed initiative"
                        + " may leave it out, and this one is committed)");
    }

    @Test
    void startIsRequiredUnlessProposed() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("start: 2027-Q1\n", ""),
                PLATFORM + ":1:1: missing required key 'start' (only a proposed initiative may leave it out,"
                        + " and this one is committed)");
    }

    @Test
    void stringWhereANumberBelongs() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: twelve"),
                CHECKOUT + ":5:9: effort: expected a number, found 'twelve'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // YAML 1.1 reads these as 16, 5, 90 and 1000; YAML 1.2 (editors, the schemas) reads 0x10 and
        // 0o17 as 16 and 15 and the others as text.
        "effort: 0x10   | 5:9: effort: expected a number, found '0x10'",
        "effort: 1_000  | 5:9: effort: expected a number, found '1_000'",
        "effort: 2_5.5  | 5:9: effort: expected a number, found '2_5.5'",
        "duration: 0o17 | 4:11: duration: expected a whole number, found '0o17'",
        "effort: 0b101  | 5:9: effort: expected a number, found '0b101'",
        "effort: 1:30   | 5:9: effort: expected a number, found '1:30'",
    })
    void numbersInAnotherBaseThanTenAreRefused(String written, String problem) {
        String key = written.substring(0, written.indexOf(':'));
        String original = key.equals("effort") ? "effort: 20" : "duration: 2";
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace(original, written),
                CHECKOUT + ":" + problem + "; write numbers in plain decimal digits"
                        + " (YAML tools disagree on 1_000, 0x1F, 0o17, 0b101 and 1:30)");
    }

    @Test
    void listWhereAStringBelongs() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: [a, b]"),
                CHECKOUT + ":1:8: title: expected a string, found a list");
    }

    @Test
    void fractionWhereAWholeNumberBelongs() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("duration: 2", "duration: 2.5"),
                CHECKOUT + ":4:11: duration: expected a whole number, found '2.5'");
    }

    @Test
    void initiativeNumbersOutOfRange() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("value: 8", "value: 11"),
                CHECKOUT + ":6:8: value: must be from 1 to 10, found 11");
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("riskReduction: 3", "riskReduction: 0.5"),
                CHECKOUT + ":7:16: riskReduction: must be from 1 to 10, found 0.5");
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("duration: 2", "duration: 0"),
                CHECKOUT + ":4:11: duration: must be a whole number from 1 to 400, found 0");
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: -1"),
                CHECKOUT + ":5:9: effort: must be 0 or more, found -1");
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("speedup: 0.3", "speedup: 1"),
                PLATFORM + ":20:14: speedup: must be greater than 0 and less than 1, found 1");
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("ramp: 2", "ramp: -1"),
                PLATFORM + ":15:11: ramp: must be a whole number from 0 to 400, found -1");
    }

    @Test
    void planNumbersOutOfRange() {
        String plan = ValidStrategy.STRATEGY;
        assertOnlyProblem("strategy.yaml", plan + "horizon: 81\n",
                "strategy.yaml:6:10: horizon: must be a whole number from 1 to 80, found 81");
        assertOnlyProblem("strategy.yaml", plan + "discountRate: 1.5\n",
                "strategy.yaml:6:15: discountRate: must be from 0 to 1, found 1.5");
        assertOnlyProblem("strategy.yaml", plan.replace("capacity: 120", "capacity: 0"),
                "strategy.yaml:5:11: capacity: must be greater than 0, found 0");
        assertOnlyProblem("strategy.yaml", plan + "signalWindow: 1\n",
                "strategy.yaml:6:15: signalWindow: must be a whole number from 2 to 400, found 1");
        assertOnlyProblem("strategy.yaml", plan + "focus: 1.2\n",
                "strategy.yaml:6:8: focus: must be from 0 to 1, found 1.2");
        assertOnlyProblem("strategy.yaml", plan + "platformBand: [0.4, 0.3]\n",
                "strategy.yaml:6:15: platformBand: low (0.4) must not be above high (0.3)");
        assertOnlyProblem("strategy.yaml", plan + "platformBand: [-0.1, 0.3]\n",
                "strategy.yaml:6:16: platformBand low: must be from 0 to 1, found -0.1");
        assertOnlyProblem("strategy.yaml", plan + "platformBand: [0.2]\n",
                "strategy.yaml:6:15: platformBand: expected [low, high], two shares from 0 to 1 such as [0.2, 0.3],"
                        + " found a list of 1 value");
    }

    @Test
    void unknownCurrency() {
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY.replace("currency: USD", "currency: UDS"),
                "strategy.yaml:2:11: currency: expected an ISO 4217 currency code such as USD, EUR or GBP,"
                        + " found 'UDS' (did you mean 'USD'?)");
    }

    @Test
    void valueNotAmongTheChoices() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("kind: product", "kind: prodcut"),
                CHECKOUT + ":2:7: kind: expected platform or product, found 'prodcut' (did you mean 'product'?)");
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "status: in progress\n",
                CHECKOUT + ":8:9: status: expected proposed, committed, in-progress, done or dropped,"
                        + " found 'in progress' (did you mean 'in-progress'?)");
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[outages,", "[outage,"),
                PLATFORM + ":22:13: addresses: expected release-velocity, outages, compliance, data-silos,"
                        + " maintenance or scalability, found 'outage' (did you mean 'outages'?)");
    }

    @Test
    void malformedId() {
        assertOnlyProblem("teams.yaml", ValidStrategy.TEAMS.replace("id: checkout", "id: Checkout Team"),
                "teams.yaml:6:9: id: expected an id (" + RULE + "), found 'Checkout Team'"
                        + " (did you mean 'checkout-team'?)");
    }

    @Test
    void explicitIdThatDiffersFromTheFileName() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "id: checkout\n",
                CHECKOUT + ":8:5: id: 'checkout' does not match the file name 'checkout-v2.yaml';"
                        + " remove the id or rename the file");
    }

    @Test
    void fileNameThatIsNotAnId() {
        assertOnlyProblem("initiatives/Checkout V3.yaml", ValidStrategy.CHECKOUT_V2,
                "initiatives/Checkout V3.yaml: file name 'Checkout V3.yaml' is not a valid id (" + RULE + ");"
                        + " rename it to 'checkout-v3.yaml'");
    }

    @Test
    void fileThatIsNotYaml() {
        Map<String, String> files = ValidStrategy.with("initiatives/new.yml", ValidStrategy.CHECKOUT_V2);
        files.put("initiatives/.gitkeep", "");

        assertThat(problems(files)).containsExactly(
                "initiatives/new.yml: not read: files in initiatives/ must end in .yaml (rename it to 'new.yaml')");
    }

    @Test
    void duplicateTeamId() {
        assertOnlyProblem("teams.yaml", ValidStrategy.TEAMS + """
                  - id: payments-core
                    name: Payments again
                    type: platform
                    people: 1
                """,
                "teams.yaml:10:9: id: team 'payments-core' is already defined at line 2");
    }

    @Test
    void duplicateKeyResultIdWithinAnObjective() {
        assertOnlyProblem("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS + """
                  - id: onboarding-days
                    title: Again
                    baseline: 1
                    target: 2
                    current: 1
                """,
                "okrs/expand-regions.yaml:10:9: id: key result 'onboarding-days' is already defined at line 4");
    }

    @Test
    void objectiveWithoutKeyResults() {
        assertOnlyProblem("okrs/expand-regions.yaml", "objective: Grow\nquarter: 2027-Q4\nkeyResults: []\n",
                "okrs/expand-regions.yaml:3:13: keyResults: expected at least one key result, found an empty list");
    }

    @Test
    void keyResultReferenceOfTheWrongForm() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[expand-regions/onboarding-days]", "[expand-regions]"),
                PLATFORM + ":21:14: keyResults: expected a key result as objective-id/kr-id"
                        + " (like expand-regions/onboarding-days), found 'expand-regions'");
    }

    @Test
    void keyResultReferenceWithSlipsOfCaseAndSpaceIsSpelledRight() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[expand-regions/onboarding-days]",
                        "[Expand-Regions/Onboarding Days]"),
                PLATFORM + ":21:14: keyResults: expected a key result as objective-id/kr-id"
                        + " (like expand-regions/onboarding-days), found 'Expand-Regions/Onboarding Days'"
                        + " (did you mean 'expand-regions/onboarding-days'?)");
    }

    @Test
    void unknownObjective() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[expand-regions/", "[expand-region/"),
                PLATFORM + ":21:14: unknown objective 'expand-region' in 'expand-region/onboarding-days'"
                        + " (did you mean 'expand-regions'?)");
    }

    @Test
    void unknownKeyResult() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("/onboarding-days]", "/onboard-days]"),
                PLATFORM + ":21:14: unknown key result 'onboard-days' in objective 'expand-regions'"
                        + " (did you mean 'onboarding-days'?)");
    }

    @Test
    void unknownOwner() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core", "owner: payments-cor"),
                PLATFORM + ":3:8: unknown team 'payments-cor' (did you mean 'payments-core'?)");
    }

    @Test
    void ownerThatIsNotAnId() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("owner: checkout", "owner: Check Out"),
                CHECKOUT + ":3:8: owner: expected an id (" + RULE + "), found 'Check Out' (did you mean 'check-out'?)");
    }

    @Test
    void anyOwnerIsUnknownWithoutTeamsYaml() {
        Map<String, String> files = ValidStrategy.files();
        files.remove("teams.yaml");

        assertThat(problems(files)).containsExactly(
                CHECKOUT + ":3:8: unknown team 'checkout': there is no teams.yaml to define it",
                PLATFORM + ":3:8: unknown team 'payments-core': there is no teams.yaml to define it");
    }

    @Test
    void aMisspeltTeamsYamlIsTheOneProblemNotEveryOwner() {
        // Without this, every owner would be "unknown: there is no teams.yaml", sorted before the cause.
        Map<String, String> files = ValidStrategy.files();
        files.put("teams.yml", files.remove("teams.yaml"));

        assertThat(problems(files)).containsExactly("teams.yml: unknown file 'teams.yml' (did you mean 'teams.yaml'?)");
    }

    @Test
    void aStrayFileThatOnlyLooksLikeTeamsYamlLeavesTheOwnerChecksOn() {
        Map<String, String> files = ValidStrategy.files();
        files.remove("teams.yaml");
        files.put("tests.yaml", "suite: smoke\n");

        assertThat(problems(files)).contains(CHECKOUT + ":3:8: unknown team 'checkout': there is no teams.yaml to define it");
    }

    @Test
    void enablesAnUnknownInitiative() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("id: checkout-v2", "id: checkout-v3"),
                PLATFORM + ":19:9: unknown initiative 'checkout-v3' (did you mean 'checkout-v2'?)");
    }

    @Test
    void platformEnablingItself() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("id: checkout-v2", "id: payments-platform"),
                PLATFORM + ":19:9: enables: a platform cannot enable itself ('payments-platform')");
    }

    @Test
    void enablesAPlatformInitiative() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/data-platform.yaml", ValidStrategy.CHECKOUT_V2.replace("kind: product", "kind: platform"));
        files.put(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("id: checkout-v2", "id: data-platform"));

        assertThat(problems(files)).containsExactly(PLATFORM + ":19:9: enables: 'data-platform' is a platform"
                + " initiative; a platform can only enable product initiatives");
    }

    @Test
    void aProductThatEnablesIsReportedOnceNotAgainForWhatItNamesOrTheCycleItMakes() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2 + """
                enables:
                  - id: payments-platform
                    speedup: 0.5
                """))).containsExactly(
                CHECKOUT + ":9:3: enables: only a platform initiative can enable others, and 'checkout-v2' is a product");
    }

    @Test
    void aCycleThroughAnInitiativeOfUnknownKindIsReportedOnItsOwn() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("kind: product", "kind: prodcut")
                + """
                enables:
                  - id: payments-platform
                    speedup: 0.5
                """))).containsExactly(
                CHECKOUT + ":2:7: kind: expected platform or product, found 'prodcut' (did you mean 'product'?)",
                PLATFORM + ":19:9: enables cycle: checkout-v2 -> payments-platform -> checkout-v2");
    }

    @Test
    void enablesTheSameProductTwice() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("    speedup: 0.3\n",
                "    speedup: 0.3\n  - id: checkout-v2\n    speedup: 0.1\n"),
                PLATFORM + ":21:9: enables: 'checkout-v2' is already listed at line 19");
    }

    @Test
    void linksAreTakenAsABrowserTakesAPastedAddress() {
        var strategy = Loading.load(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2 + """
                links:
                  Wiki: https://wiki.example/Some Page
                  Jira: "https://jira.example/issues/?jql=project = PAY | status = {open}"
                  Café: https://wiki.example/Café
                """));

        assertThat(strategy.initiatives()).filteredOn(i -> i.id().equals("checkout-v2")).singleElement()
                .satisfies(i -> assertThat(i.links()).containsExactly(
                        Map.entry("Wiki", "https://wiki.example/Some%20Page"),
                        Map.entry("Jira", "https://jira.example/issues/?jql=project%20=%20PAY%20%7C%20status%20=%20%7Bopen%7D"),
                        Map.entry("Café", "https://wiki.example/Café")));
    }

    @Test
    void aBrokenWebLinkSaysWhatIsWrongAndShowsAllOfIt() {
        String longPath = "/a-rather-long-path-that-goes-on".repeat(3);
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2 + """
                links:
                  Report: https://example.com%s/100%%
                  Nowhere: https:///just/a/path
                """.formatted(longPath)))).containsExactly(
                CHECKOUT + ":9:11: links: 'Report' must be an http:// or https:// URL (malformed escape pair at position "
                        + ("https://example.com" + longPath + "/100%").length() + "), found 'https://example.com" + longPath + "/100%'",
                CHECKOUT + ":10:12: links: 'Nowhere' must be an http:// or https:// URL (it names no host),"
                        + " found 'https:///just/a/path'");
    }

    @Test
    void aLinkNeedsALabelOrItIsInvisible() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2 + """
                links:
                  "": https://example.com/design
                  " ": https://example.com/tracker
                """))).containsExactly(
                CHECKOUT + ":9:3: links: a link needs a label before its ':' (like 'Design doc: https://example.com/design')",
                CHECKOUT + ":10:3: links: a link needs a label before its ':' (like 'Design doc: https://example.com/tracker')");
    }

    @Test
    void linksMustBeWebLinks() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2 + """
                links:
                  Home: https://example.com
                  Script: javascript:alert(1)
                  Data: "data:text/html,<b>x</b>"
                  Files: ftp://example.com/x
                  Relative: /docs/x
                """))).containsExactly(
                CHECKOUT + ":10:11: links: 'Script' must be an http:// or https:// URL, found 'javascript:alert(1)'",
                CHECKOUT + ":11:9: links: 'Data' must be an http:// or https:// URL, found 'data:text/html,<b>x</b>'",
                CHECKOUT + ":12:10: links: 'Files' must be an http:// or https:// URL, found 'ftp://example.com/x'",
                CHECKOUT + ":13:13: links: 'Relative' must be an http:// or https:// URL, found '/docs/x'");
    }

    @Test
    void quarterValuesMaps() {
        assertOnlyProblem("scale.yaml", """
                metric: tps
                capacity: 100
                headroom: 0
                values: {2026-Q1: 10, 2026-Q2: 20}
                """,
                "scale.yaml:3:11: headroom: must be greater than 0 and at most 1, found 0");
        assertThat(problems(ValidStrategy.with("scale.yaml", """
                metric: tps
                capacity: 100
                values: {2026-Q1: 10, 2026-5: 0}
                """))).containsExactly(
                "scale.yaml:3:23: values: expected a quarter like 2027-Q1 as the key, found '2026-5'",
                "scale.yaml:3:31: values 2026-5: must be greater than 0, found 0");
        assertOnlyProblem("signals.yaml", """
                signals:
                  - indicator: outages
                    metric: incidents
                    better: lower
                    values: {2026-Q1: 3}
                """,
                "signals.yaml:5:13: values: expected at least 2 quarters with a value, found 1");
    }

    @Test
    void emptyFile() {
        assertOnlyProblem(CHECKOUT, "\n",
                CHECKOUT + ": file is empty; expected a mapping with title, kind, duration, effort, value and riskReduction");
        assertOnlyProblem(CHECKOUT, "# nothing yet\n", CHECKOUT
                + ": file holds only comments; expected a mapping with title, kind, duration, effort, value and riskReduction");
    }

    @Test
    void fileWhoseTopIsNotAMapping() {
        assertOnlyProblem("teams.yaml", "- id: checkout\n  name: Checkout\n",
                "teams.yaml:1:1: expected a mapping (key: value lines) at the top of the file, found a list");
    }

    @Test
    void aBrokenFileDoesNotCascadeIntoUnknownIds() {
        Map<String, String> files = ValidStrategy.files();
        files.put(CHECKOUT, "title: [unclosed\n");
        files.put("okrs/expand-regions.yaml", "objective: 'unclosed\n");
        files.put("teams.yaml", "teams: {a: 1\n");

        assertThat(problems(files)).containsExactly(
                CHECKOUT + ":1:8: unclosed '[': this list has no closing ']'",
                "okrs/expand-regions.yaml:1:12: unclosed quote: this string has no closing quote",
                "teams.yaml:1:8: unclosed '{': this mapping has no closing '}'");
    }

    @Test
    void missingStrategyYaml() {
        Map<String, String> files = ValidStrategy.files();
        files.remove("strategy.yaml");

        assertThat(problems(files)).containsExactly("strategy.yaml: strategy.yaml not found; it is required"
                + " (organization, start, costPerPersonMonth and capacity)");
    }

    @Test
    void unknownFileAtTheTop() {
        assertOnlyProblem("team.yaml", ValidStrategy.TEAMS,
                "team.yaml: unknown file 'team.yaml' (did you mean 'teams.yaml'?)");
    }

    @Test
    void topLevelFileNamesAreCheckedInAnyCase() {
        Map<String, String> files = ValidStrategy.files();
        files.put("Signals.YAML", "signals: []\n");
        files.put("scale.YML", "metric: requests\n");
        files.put("Platform.Yaml", "metrics: []\n");
        files.put("TEAM.yml", "teams: []\n");
        files.put("notes.YAML", "mine: 1\n");
        files.put("README.MD", "# mine\n");

        assertThat(problems(files)).containsExactly(
                "Platform.Yaml: unknown file 'Platform.Yaml' (did you mean 'platform.yaml'?)",
                "Signals.YAML: unknown file 'Signals.YAML' (did you mean 'signals.yaml'?)",
                "TEAM.yml: unknown file 'TEAM.yml' (did you mean 'teams.yaml'?)",
                "notes.YAML: unknown file 'notes.YAML' (expected strategy.yaml, teams.yaml, signals.yaml,"
                        + " scale.yaml or platform.yaml)",
                "scale.YML: unknown file 'scale.YML' (did you mean 'scale.yaml'?)");
    }

    @Test
    void aMisspeltStrategyYamlIsTheOneProblemNotStrategyYamlNotFound() {
        Map<String, String> files = ValidStrategy.files();
        files.put("Strategy.YML", files.remove("strategy.yaml"));

        assertThat(problems(files)).containsExactly(
                "Strategy.YML: unknown file 'Strategy.YML' (did you mean 'strategy.yaml'?)");
    }

    @Test
    void initiativeAndObjectiveFileExtensionsInAnyCase() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/ledger.Yaml", ValidStrategy.CHECKOUT_V2);
        files.put("okrs/Grow Revenue.YML", ValidStrategy.EXPAND_REGIONS);

        assertThat(problems(files)).containsExactly(
                "initiatives/ledger.Yaml: not read: files in initiatives/ must end in .yaml (rename it to 'ledger.yaml')",
                "okrs/Grow Revenue.YML: not read: files in okrs/ must end in .yaml (rename it to 'grow-revenue.yaml')");
    }

    @Test
    void pagesNamedOtherwiseThanDotMdAreNamedNotSkippedSilently() {
        Map<String, String> files = ValidStrategy.files();
        String page = "---\ntitle: Guide\n---\nText\n";
        files.put("pages/about.md", page);
        files.put("pages/guide.MD", page);
        files.put("pages/other.markdown", page);
        files.put("pages/About.mdown", page);
        files.put("pages/sub/c.md", page);
        files.put("pages/images/logo.png", "png");
        files.put("pages/notes.txt", "a page's own files are its business");
        files.put("pages/.drafts/d.md", page);
        files.put("pages/.draft.MD", page);

        assertThat(problems(files)).containsExactly(
                "pages/About.mdown: not read: files in pages/ must end in .md ('about.md' is taken by another"
                        + " file: merge the two or choose another name)",
                "pages/guide.MD: not read: files in pages/ must end in .md (rename it to 'guide.md')",
                "pages/other.markdown: not read: files in pages/ must end in .md (rename it to 'other.md')",
                "pages/sub/: not read: pages/ is read without the folders inside it;"
                        + " move the files of sub/ up into pages/");
    }

    @Test
    void pageWithoutFrontMatter() {
        assertOnlyProblem("pages/about.md", "# About\n",
                "pages/about.md:1:1: expected front matter at the top: a '---' line, 'title: ...', and a closing '---' line");
        assertOnlyProblem("pages/about.md", "---\ntitle: About\n# About\n",
                "pages/about.md:1:1: the front matter that starts here is never closed with a '---' line");
    }

    @Test
    void pageFrontMatterProblemsCarryFileLines() {
        assertThat(problems(ValidStrategy.with("pages/about.md", "---\norder: first\ntitel: About\n---\nBody\n")))
                .containsExactly(
                        "pages/about.md:2:8: order: expected a whole number, found 'first'",
                        "pages/about.md:3:1: unknown key 'titel' (did you mean 'title'?)");
    }

    @Test
    void pageSlugMustBeAnId() {
        assertOnlyProblem("pages/About Us.md", "---\ntitle: About\n---\n",
                "pages/About Us.md: file name 'About Us.md' is not a valid id (" + RULE + "); rename it to 'about-us.md'");
    }

    @Test
    void nonFiniteAndOverflowingNumbers() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2
                .replace("effort: 20", "effort: .nan")
                .replace("value: 8", "value: 1e309")
                .replace("riskReduction: 3", "riskReduction: -.inf")
                .replace("duration: 2", "duration: 99999999999999999999999")))).containsExactly(
                CHECKOUT + ":4:11: duration: must be a whole number from 1 to 400, found 99999999999999999999999",
                CHECKOUT + ":5:9: effort: must be a finite number, found '.nan'",
                CHECKOUT + ":6:8: value: must be at most 1e15 (a million billion) in size, found '1e309'",
                CHECKOUT + ":7:16: riskReduction: must be a finite number, found '-.inf'");
    }

    @Test
    void nonFiniteNumbersInTheUsersOwnKeys() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "x-score: {a: .inf}\n",
                CHECKOUT + ":8:14: x-score: must be a finite number, found '.inf'");
    }

    @Test
    void aPercentageWhereAFractionIsWantedSuggestsTheFraction() {
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "discountRate: 8\n",
                "strategy.yaml:6:15: discountRate: must be from 0 to 1, found 8"
                        + " (written as a fraction: did you mean 0.08 for 8%?)");
        // Beyond 100 it is no percentage: no guess.
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "focus: 120\n",
                "strategy.yaml:6:8: focus: must be from 0 to 1, found 120");
    }

    @Test
    void aPercentSignWhereAFractionIsWantedSuggestsTheFraction() {
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "discountRate: 10%\n",
                "strategy.yaml:6:15: discountRate: expected a number, found '10%'"
                        + " (written as a fraction: did you mean 0.1 for 10%?)");
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "focus: \"12.5 %\"\n",
                "strategy.yaml:6:8: focus: expected a number, found '12.5 %'"
                        + " (written as a fraction: did you mean 0.125 for 12.5%?)");
    }

    @Test
    void aPercentSignOnANumberOfPercentSuggestsTheNumber() {
        assertOnlyProblem("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS.replace("baseline: 30", "baseline: 30%"),
                "okrs/expand-regions.yaml:7:15: baseline: expected a number, found '30%'"
                        + " (did you mean 30, without the %?)");
    }

    @Test
    void otherTextWithAPercentSignGetsNoGuess() {
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "discountRate: about 10%\n",
                "strategy.yaml:6:15: discountRate: expected a number, found 'about 10%'");
    }

    @Test
    void anInvisibleCharacterInAValueIsNamed() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("kind: product", "kind: product\u200b"),
                CHECKOUT + ":2:7: kind: expected platform or product, found 'product\u200b'"
                        + " (it holds U+200B ZERO WIDTH SPACE, which does not show) (did you mean 'product'?)");
    }

    @Test
    void aDashThatLooksLikeAHyphenIsNamed() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "start: 2027\u20112027\u2013Q1\n",
                CHECKOUT + ":8:8: start: expected a quarter like 2027-Q1, found '2027\u20112027\u2013Q1'"
                        + " (it holds U+2011 NON-BREAKING HYPHEN, where '-' is probably meant and 1 more such character)");
    }

    @Test
    void aNonBreakingSpaceInAKeyIsNamed() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("title:", "title\u00a0:"),
                CHECKOUT + ":1:1: unknown key 'title\u00a0' (it holds U+00A0 NO-BREAK SPACE, not an ordinary space)"
                        + " (did you mean 'title'?)");
    }

    @Test
    void aDateWhereAQuarterIsWantedSuggestsItsQuarter() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "start: 2027-08-15\n",
                CHECKOUT + ":8:8: start: expected a quarter like 2027-Q1, found '2027-08-15'"
                        + " (a quarter, not a date: did you mean '2027-Q3'?)");
    }

    @Test
    void aBenefitsKeyWrittenAtTheTopSaysWhereItBelongs() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "amount: 50k\n",
                CHECKOUT + ":8:1: unknown key 'amount' here: it belongs to an item of 'benefits'"
                        + " (indent it under a '- type: …' item of benefits)");
    }

    @Test
    void aKeyResultsKeyWrittenAtTheTopOfAnObjectiveSaysWhereItBelongs() {
        assertOnlyProblem("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS + "target: 20\n",
                "okrs/expand-regions.yaml:10:1: unknown key 'target' here: it belongs to an item of 'keyResults'"
                        + " (indent it under a '- id: …' item of keyResults)");
    }

    @Test
    void aLinkWithoutItsSchemeSuggestsHttps() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "links:\n  Brief: wiki.example.com/checkout\n",
                CHECKOUT + ":9:10: links: 'Brief' must be an http:// or https:// URL, found 'wiki.example.com/checkout'"
                        + " (did you mean 'https://wiki.example.com/checkout'?)");
    }

    @Test
    void aFileNameWhoseFixIsTakenSaysSo() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/Checkout V2.yaml", ValidStrategy.CHECKOUT_V2);

        assertThat(problems(files)).containsExactly("initiatives/Checkout V2.yaml: file name 'Checkout V2.yaml'"
                + " is not a valid id (" + RULE + "); 'checkout-v2.yaml' is taken by another file: merge the two or"
                + " choose another name");
    }

    @Test
    void aKeyResultOrAnIndicatorListedTwice() {
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[expand-regions/onboarding-days]",
                        "[expand-regions/onboarding-days, expand-regions/onboarding-days]"),
                PLATFORM + ":21:46: keyResults: 'expand-regions/onboarding-days' is listed twice");
        assertOnlyProblem(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM.replace("[outages, compliance, scalability]",
                        "[outages, outages]"),
                PLATFORM + ":22:22: addresses: 'outages' is listed twice");
    }

    @Test
    void twoUnknownIndicatorsAreNotTheSameIndicatorListedTwice() {
        assertThat(problems(ValidStrategy.with(PLATFORM, ValidStrategy.PAYMENTS_PLATFORM
                .replace("[outages, compliance, scalability]", "[outage, complience]")))).containsExactly(
                PLATFORM + ":22:13: addresses: expected release-velocity, outages, compliance, data-silos,"
                        + " maintenance or scalability, found 'outage' (did you mean 'outages'?)",
                PLATFORM + ":22:21: addresses: expected release-velocity, outages, compliance, data-silos,"
                        + " maintenance or scalability, found 'complience' (did you mean 'compliance'?)");
    }

    @Test
    void twoTeamIdsThatCannotBeReadAreNotTheSameIdDefinedTwice() {
        String longId = "t".repeat(IdSyntax.MAX_LENGTH + 1);
        assertThat(problems(ValidStrategy.with("teams.yaml", ValidStrategy.TEAMS
                .replace("id: payments-core", "id: [payments-core]").replace("id: checkout", "id: [checkout]"))))
                .containsExactly(
                        "teams.yaml:2:9: id: expected a string, found a list",
                        "teams.yaml:6:9: id: expected a string, found a list");
        // Neither is close to an owner, so the owners are unknown; but no id '' is defined twice.
        assertThat(problems(ValidStrategy.with("teams.yaml", ValidStrategy.TEAMS
                .replace("id: payments-core", "id: " + longId).replace("id: checkout", "id: " + longId))))
                .containsExactly(
                        CHECKOUT + ":3:8: unknown team 'checkout'",
                        PLATFORM + ":3:8: unknown team 'payments-core'",
                        "teams.yaml:2:9: id: expected an id of at most 100 characters, found one of 101 characters: '"
                                + "t".repeat(40) + "...'",
                        "teams.yaml:6:9: id: expected an id of at most 100 characters, found one of 101 characters: '"
                                + "t".repeat(40) + "...'");
    }

    @Test
    void explicitObjectiveIdThatDiffersFromTheFileName() {
        assertOnlyProblem("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS + "id: grow\n",
                "okrs/expand-regions.yaml:10:5: id: 'grow' does not match the file name 'expand-regions.yaml';"
                        + " remove the id or rename the file");
    }

    @Test
    void textOfOnlySpaces() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("title: Checkout v2", "title: \"   \""),
                CHECKOUT + ":1:8: title: expected some text, found only spaces");
    }

    @Test
    void aLongValueIsQuotedUpToItsFortiethCharacter() {
        String forty = "x".repeat(40);
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: " + forty),
                CHECKOUT + ":5:9: effort: expected a number, found '" + forty + "'");
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("effort: 20", "effort: " + forty + "yz"),
                CHECKOUT + ":5:9: effort: expected a number, found '" + forty + "...'");
    }

    @Test
    void aPercentageOfTwoOrAHundredIsReadAsOne() {
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "discountRate: 2\n",
                "strategy.yaml:6:15: discountRate: must be from 0 to 1, found 2"
                        + " (written as a fraction: did you mean 0.02 for 2%?)");
        assertOnlyProblem("strategy.yaml", ValidStrategy.STRATEGY + "focus: 100\n",
                "strategy.yaml:6:8: focus: must be from 0 to 1, found 100"
                        + " (written as a fraction: did you mean 1 for 100%?)");
    }

    @Test
    void theFirstKeyOfAListItemWrittenAtTheTopIsNotSentIntoTheList() {
        // 'type' first names a benefit, but at the top of an initiative it more likely means 'kind'.
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "type: revenue\n",
                CHECKOUT + ":8:1: unknown key 'type' (expected id, title, kind, owner, status, start, duration, effort,"
                        + " oneOffCost, runCost, benefits, costOfDelay, value, riskReduction, enables, keyResults,"
                        + " addresses, summary, tags or links, or a key of your own starting with x-)");
    }

    @Test
    void aMergeKeyIsNotSupported() {
        assertOnlyProblem(CHECKOUT, ValidStrategy.CHECKOUT_V2 + "<<: {x-a: 1}\n",
                CHECKOUT + ":8:1: unknown key '<<': YAML merge keys are not supported; write the keys out");
    }

    @Test
    void quarterValuesThatAreNotAMappingOrGiveAQuarterTwice() {
        assertOnlyProblem("signals.yaml", """
                signals:
                  - indicator: outages
                    metric: incidents
                    better: lower
                    values: [3, 4]
                """,
                "signals.yaml:5:13: values: expected quarters with their values (like 2027-Q1: 12), found a list");
        assertOnlyProblem("scale.yaml", "metric: tps\ncapacity: 100\nvalues: {2026-Q1: 10, \"2026-Q1 \": 20, 2026-Q2: 30}\n",
                "scale.yaml:3:23: values: quarter 2026-Q1 is given twice");
    }

    @Test
    void aPlatformOfUnknownKindEnablingItselfIsNoCycle() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2.replace("kind: product", "kind: prodcut")
                + """
                enables:
                  - id: checkout-v2
                    speedup: 0.5
                """))).containsExactly(
                CHECKOUT + ":2:7: kind: expected platform or product, found 'prodcut' (did you mean 'product'?)",
                CHECKOUT + ":9:9: enables: a platform cannot enable itself ('checkout-v2')");
    }

    @Test
    void anUnreadableCurrencyWarnsOfNoCurrencySymbol() {
        for (String currency : new String[] {"currency: [USD]", "currency: UDS"}) {
            StrategyException e = catchThrowableOfType(StrategyException.class, () -> new StrategyLoader().load(
                    new MemorySource(ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY
                            .replace("currency: USD", currency).replace("costPerPersonMonth: 15k", "costPerPersonMonth: €15k")))));

            assertThat(e.problems()).singleElement().extracting(Problem::message).asString().startsWith("currency: ");
            assertThat(e.warnings()).as(currency).isEmpty();
        }
    }

    @Test
    void pageFrontMatterSyntaxErrorsAndControlCharactersCarryFileLines() {
        assertOnlyProblem("pages/about.md", "---\ntitle: 'open\n---\nBody\n",
                "pages/about.md:2:8: unclosed quote: this string has no closing quote");
        assertOnlyProblem("pages/about.md", "---\n\ntitle: About\nx: \u0007\n---\nBody\n",
                "pages/about.md:4:4: control character U+0007 is not allowed in YAML; remove it");
        assertOnlyProblem("pages/about.md", "---\n \n---\nBody\n",
                "pages/about.md:1:1: the front matter is empty; expected at least 'title: ...'");
    }

    @Test
    void aLinkWithATabOrALineBreakSaysWhere() {
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2 + """
                links:
                  Wiki: "https://wiki.example/a\\tb"
                  Jira: "https://jira.example/a\\nb"
                  Home: a b
                """))).containsExactly(
                CHECKOUT + ":9:9: links: 'Wiki' must be an http:// or https:// URL (it holds a tab at position 23),"
                        + " found 'https://wiki.example/a\tb'",
                CHECKOUT + ":10:9: links: 'Jira' must be an http:// or https:// URL (it holds a line break at position 23),"
                        + " found 'https://jira.example/a...'",
                CHECKOUT + ":11:9: links: 'Home' must be an http:// or https:// URL, found 'a b'");
    }

    @Test
    void aBrokenLinkIsShownWholeUpToTwoHundredCharacters() {
        String whole = "ftp://" + "x".repeat(194);
        assertThat(problems(ValidStrategy.with(CHECKOUT, ValidStrategy.CHECKOUT_V2
                + "links:\n  A: " + whole + "\n  B: " + whole + "y\n"))).containsExactly(
                CHECKOUT + ":9:6: links: 'A' must be an http:// or https:// URL, found '" + whole + "'",
                CHECKOUT + ":10:6: links: 'B' must be an http:// or https:// URL, found '" + whole + "...'");
    }

    @Test
    void aFolderNamedLikeOneOfTheStrategysIsTakenForIt() {
        assertThat(problems(ValidStrategy.with("okr.backup/grow.yaml", ValidStrategy.EXPAND_REGIONS))).containsExactly(
                "okr.backup/: not read: unknown folder 'okr.backup/' (did you mean 'okrs/'?); its files are left out"
                        + " until it is renamed");
    }

    @Test
    void aFileNameTooLongForAnId() {
        String id = "a".repeat(IdSyntax.MAX_LENGTH + 1);
        assertThat(problems(ValidStrategy.with("initiatives/" + id + ".yaml", ValidStrategy.CHECKOUT_V2))).containsExactly(
                "initiatives/" + id + ".yaml: file name '" + id + ".yaml' is too long: a file's name is its id, and ids"
                        + " have at most 100 characters (this one has 101); shorten it");
    }

    @Test
    void aSecondDocumentOrAListAsAKeyInFrontMatterIsOnTheLineOfThePage() {
        assertOnlyProblem("pages/about.md", "---\ntitle: About\n--- # second\nx: 1\n---\nBody\n",
                "pages/about.md:3:1: a second YAML document starts here ('---'); keep one document per file");
        assertOnlyProblem("pages/about.md", "---\ntitle: About\n[a, b]: 1\n---\nBody\n",
                "pages/about.md:3:2: a key must be a plain value, not a list, a mapping or an alias");
    }
}
