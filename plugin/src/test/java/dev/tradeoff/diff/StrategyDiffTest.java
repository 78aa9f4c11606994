package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrategyDiffTest {

    /** The discount factor of quarter k at the default 10% a year: 1.1^(−k/4). */
    private static double discount(int k) {
        return Math.pow(1.10, -k / 4.0);
    }

    @Test
    void aRevivedInitiativeStartingEarlierThanItsOldStartHasNoDelayCost() throws Exception {
        // Reporting (20k of revenue a quarter, so a cost of delay of 20k) was dropped, written to
        // start in 2027-Q3; the change revives it from 2027-Q2. Nothing was planned before, so
        // nothing starts sooner: no −$20k of delay, only its NPV joining the total.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "status: proposed\n", "status: dropped\n");
        StrategyFiles head = StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q2\n");

        DiffResult result = Diffs.compare(base, head);

        ChangedInitiative reporting = result.changed().get(0);
        assertThat(result.changed()).hasSize(1);
        assertThat(reporting.isRevivedByChange()).isTrue();
        assertThat(reporting.startShift()).isEqualTo(-1);   // diff.json's startShift as SPEC.md defines it
        assertThat(reporting.costOfDelay()).isEqualTo(20_000);
        assertThat(reporting.isRescheduled()).isFalse();
        assertThat(reporting.delayCost()).isNull();
        assertThat(result.shifted()).isEmpty();
        // Its NPV counted as 0 before. After: 20 person-months at 10k over 2027-Q2 and Q3 (k = 2, 3),
        // then 20k a quarter from 2027-Q4 (k = 4 … 8): about −$101.7k.
        double npv = 20_000 * (discount(4) + discount(5) + discount(6) + discount(7) + discount(8))
                - 100_000 * (discount(2) + discount(3));
        assertThat(reporting.npvDelta()).isCloseTo(npv, within(1e-6)).isCloseTo(-101_719.87, within(0.01));

        JsonNode json = new ObjectMapper().readTree(DiffJson.write(result)).get("changed").get(0);
        assertThat(json.get("startShift").asInt()).isEqualTo(-1);
        assertThat(json.get("delayCost").isNull()).isTrue();
    }

    /** Quarter k's discount factor at an annual rate. */
    private static double discount(double annualRate, int k) {
        return Math.pow(1 + annualRate, -k / 4.0);
    }

    @Test
    void whatTheNewDiscountRateDoesIsThePlansNotTheInitiativesWhoseFilesChanged() throws Exception {
        // The head raises the discount rate from the default 10% to 12%, adds a comment to checkout
        // and 10 person-months to reporting.
        StrategyFiles base = StrategyFiles.base();
        StrategyFiles head = StrategyFiles.base()
                .edit("strategy.yaml", "horizon: 8\n", "horizon: 8\ndiscountRate: 0.12\n")
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60  # agreed with finance\n")
                .edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n");

        DiffResult result = Diffs.compare(base, head);

        // Checkout: 300k a quarter in k = 1, 2, then 100k a quarter in k = 3 … 8. Its file changed by
        // a comment only: its whole NPV change is the plan's.
        ChangedInitiative checkout = result.changed().get(0);
        double checkoutAt12 = 100_000 * sumOfDiscounts(0.12, 3, 8) - 300_000 * sumOfDiscounts(0.12, 1, 2);
        double checkoutAt10 = 100_000 * sumOfDiscounts(0.10, 3, 8) - 300_000 * sumOfDiscounts(0.10, 1, 2);
        assertThat(checkout.id()).isEqualTo("checkout");
        assertThat(checkout.hasFieldChanges()).isFalse();
        assertThat(checkout.npvDelta()).isCloseTo(checkoutAt12 - checkoutAt10, within(1e-6));
        assertThat(checkout.planEffect()).isCloseTo(checkoutAt12 - checkoutAt10, within(1e-6));
        assertThat(checkout.ownNpvDelta()).isCloseTo(0, within(1e-6));
        // Reporting's 10 more person-months cost 50k more in k = 3 and 4: at the base's 10%, that
        // is its own change; the rest of its NPV change is the plan's.
        ChangedInitiative reporting = result.changed().get(1);
        double reportingOwn = -50_000 * sumOfDiscounts(0.10, 3, 4);
        assertThat(reporting.id()).isEqualTo("reporting");
        assertThat(reporting.ownNpvDelta()).isCloseTo(reportingOwn, within(1e-6));
        assertThat(reporting.planEffect() + reporting.ownNpvDelta()).isCloseTo(reporting.npvDelta(), within(1e-9));
        // The plan's effect covers the two unchanged files too: with reporting's own change it makes
        // up the whole change of the total.
        assertThat(result.planNpvEffect() + reportingOwn).isCloseTo(result.totals().npvDelta(), within(1e-6));

        String markdown = Diffs.markdown(result);
        assertThat(markdown)
                .contains("Largest effects: Reporting changed its effort (NPV −$92k by its own changes); the plan's discount rate of 12%, up from 10% (NPV −$10.7k).")
                .contains("all of its NPV change comes from the plan's new settings")
                .doesNotContain("Checkout changed (NPV");
    }

    @Test
    void aProposedInitiativeWithoutAStartMovesWithThePlanAndThatIsThePlansDoing() throws Exception {
        // Reporting gives no start, so it starts with the plan: 2027-Q1, then 2027-Q2 when the plan
        // moves. Same place in each plan, same NPV: nothing of its own, nothing of the plan's.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "");
        StrategyFiles head = base.copy()
                .edit("strategy.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n")
                .edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 20  # unchanged\n");

        ChangedInitiative reporting = Diffs.compare(base, head).changed().stream()
                .filter(c -> c.id().equals("reporting")).findFirst().orElseThrow();

        assertThat(reporting.npvDelta()).isCloseTo(0, within(1e-6));
        assertThat(reporting.planEffect()).isCloseTo(0, within(1e-6));
        assertThat(reporting.ownNpvDelta()).isCloseTo(0, within(1e-6));
    }

    @Test
    void withThePlanAsItWasEveryNpvChangeIsTheInitiativesOwn() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n");

        DiffResult result = Diffs.compare(StrategyFiles.base(), head);

        assertThat(result.planNpvEffect()).isZero();
        assertThat(result.changed().get(0).planEffect()).isZero();
        assertThat(Diffs.markdown(result)).contains("Reporting changed its effort (NPV −$92k)").doesNotContain("plan's new");
    }

    private static double sumOfDiscounts(double annualRate, int from, int to) {
        double sum = 0;
        for (int k = from; k <= to; k++) {
            sum += discount(annualRate, k);
        }
        return sum;
    }

    @Test
    void onlyAnInitiativePlannedOnBothSidesHasAScheduleShift() throws Exception {
        // core-platform (cost of delay 50k) three quarters later: 3 × 50k. checkout dropped and a
        // quarter later, reporting dropped on both sides and a quarter sooner: neither moves any work.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "status: proposed\n", "status: dropped\n");
        StrategyFiles head = base.copy()
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q4\n")
                .edit("initiatives/checkout.yaml", "status: committed\nstart: 2027-Q1\n", "status: dropped\nstart: 2027-Q2\n")
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q2\n");

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.changed()).extracting(ChangedInitiative::id, ChangedInitiative::startShift,
                        ChangedInitiative::delayCost)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("checkout", 1, null),
                        org.assertj.core.groups.Tuple.tuple("core-platform", 3, 150_000.0),
                        org.assertj.core.groups.Tuple.tuple("reporting", -1, null));
        assertThat(result.shifted()).extracting(ChangedInitiative::id).containsExactly("core-platform");
    }

    @Test
    void otherFilesAreComparedByWhatTheySayNotByTheirBytes() throws Exception {
        StrategyFiles base = withEveryFile();
        StrategyFiles head = base.copy()
                .edit("okrs/grow.yaml", "objective: Grow revenue reliably\n", "objective: Grow revenue, reliably\nx-note: mine\n")
                .edit("okrs/grow.yaml", "title: Uptime of the payment path\n", "title: Uptime of payments\n")
                .put("pages/new.md", "---\ntitle: New\n---\nHello\n")
                .edit("pages/notes.md", "title: Notes\n", "title: Release notes\n")
                .edit("platform.yaml", "unit: minutes\n", "unit: min\n")
                .edit("scale.yaml", "metric: peak tps\n", "metric: peak TPS\n")
                .edit("signals.yaml", "unit: incidents\n", "unit: incidents a quarter\n")
                .edit("teams.yaml", "name: Core\n", "name: Core platform\n");

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.otherFiles()).containsExactly(
                new FileChange("okrs/grow.yaml", List.of("objective text 'Grow revenue reliably' → 'Grow revenue, reliably'",
                        "key result uptime: title 'Uptime of the payment path' → 'Uptime of payments'", "x-note")),
                new FileChange("pages/new.md", List.of("added")),
                new FileChange("pages/notes.md", List.of("title 'Notes' → 'Release notes'")),
                new FileChange("platform.yaml", List.of("metric build time: unit 'minutes' → 'min'")),
                new FileChange("scale.yaml", List.of("metric 'peak tps' → 'peak TPS'")),
                new FileChange("signals.yaml", List.of("signal incidents (outages): unit 'incidents' → 'incidents a quarter'")),
                new FileChange("teams.yaml", List.of("team core: name 'Core' → 'Core platform'")));
        // None of it moves a figure, but it is a change of the strategy.
        assertThat(result.changesInitiativesPlanOrFigures()).isFalse();
        assertThat(result.hasEffect()).isTrue();
        JsonNode json = new ObjectMapper().readTree(DiffJson.write(result));
        assertThat(json.get("otherFiles").get(0).toString())
                .isEqualTo("{\"path\":\"okrs/grow.yaml\",\"changes\":[\"objective text 'Grow revenue reliably' → 'Grow revenue,"
                        + " reliably'\",\"key result uptime: title 'Uptime of the payment path' → 'Uptime of payments'\",\"x-note\"]}");
        assertThat(json.get("hasEffect").asBoolean()).isTrue();
    }

    @Test
    void imagesBesideThePagesAreComparedByTheirBytes() throws Exception {
        String before = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n";
        String after = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"/>\n";
        StrategyFiles base = StrategyFiles.base().put("pages/flow.svg", before).put("pages/images/old.svg", before);
        StrategyFiles head = StrategyFiles.base().put("pages/flow.svg", after).put("pages/images/new.svg", before);

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.otherFiles()).containsExactly(
                new FileChange("pages/flow.svg", List.of("image changed, " + before.length() + " → " + after.length() + " bytes")),
                new FileChange("pages/images/new.svg", List.of("added")),
                new FileChange("pages/images/old.svg", List.of("removed")));
    }

    @Test
    void aCommentAReorderingOrARespeltNumberInAnotherFileIsNoChange() throws Exception {
        StrategyFiles base = withEveryFile();
        StrategyFiles head = base.copy()
                .edit("okrs/grow.yaml", "quarter: 2027-Q4\n", "quarter: 2027-Q4   # the review\n")
                .edit("okrs/grow.yaml", "target: 200\n", "target: 200.0\n")
                .edit("teams.yaml", "    type: platform\n    people: 5\n", "    people: 5\n    type: platform\n")
                .edit("scale.yaml", "capacity: 1000\n", "capacity: 1000.0\n");

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.otherFiles()).isEmpty();
        assertThat(result.hasEffect()).isFalse();
    }

    @Test
    void listsSayWhatWasAddedRemovedOrReordered() throws Exception {
        StrategyFiles base = withEveryFile();
        StrategyFiles head = base.copy()
                .put("teams.yaml", "teams:\n"
                        + "  - id: qa\n    name: QA\n    type: enabling\n    people: 2\n"
                        + "  - id: core\n    name: Core\n    type: platform\n    people: 5\n"
                        + "  - id: data\n    name: Data\n    type: stream-aligned\n    people: 4\n")
                .remove("okrs/grow.yaml")
                .edit("initiatives/core-platform.yaml", "keyResults: [grow/revenue]\n", "")
                .edit("initiatives/checkout.yaml", "keyResults: [grow/revenue]\n", "")
                .edit("initiatives/legacy-cleanup.yaml", "keyResults: [grow/uptime]\n", "");

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.otherFiles()).containsExactly(
                new FileChange("okrs/grow.yaml", List.of("removed")),
                new FileChange("teams.yaml", List.of("team data added", "team ops removed", "team order")));
    }

    @Test
    void aScaleFileAddedOrRemovedIsListedAndComparedAgainstNone() throws Exception {
        StrategyFiles without = StrategyFiles.base().remove("scale.yaml");

        DiffResult removed = Diffs.compare(StrategyFiles.base(), without);
        DiffResult added = Diffs.compare(without, StrategyFiles.base());

        assertThat(removed.otherFiles()).containsExactly(new FileChange("scale.yaml", List.of("removed")));
        assertThat(added.otherFiles()).containsExactly(new FileChange("scale.yaml", List.of("added")));
        assertThat(removed.scale()).satisfies(scale -> {
            assertThat(scale.scaleBefore()).isTrue();
            assertThat(scale.scaleAfter()).isFalse();
            assertThat(scale.breachBefore()).hasToString("2028-Q1");
            assertThat(scale.breachAfter()).isNull();
        });
        assertThat(added.scale().scaleBefore()).isFalse();
        assertThat(added.scale().breachAfter()).hasToString("2028-Q1");
    }

    @Test
    void pagesAndTheirImagesAreListedInPathOrder() throws Exception {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>\n";
        StrategyFiles base = StrategyFiles.base()
                .put("pages/a.md", "---\ntitle: A\n---\nHello\n")
                .put("pages/c.md", "---\ntitle: C\n---\nHello\n");
        StrategyFiles head = base.copy()
                .edit("pages/a.md", "title: A\n", "title: Aa\n")
                .edit("pages/c.md", "title: C\n", "title: Cc\n")
                .put("pages/b.svg", svg);

        assertThat(Diffs.compare(base, head).otherFiles()).extracting(FileChange::path)
                .containsExactly("pages/a.md", "pages/b.svg", "pages/c.md");
    }

    @Test
    void shortValuesAreQuotedAndLongOnesOnlyNamed() throws Exception {
        String forty = "x".repeat(40);
        StrategyFiles base = withEveryFile().edit("okrs/grow.yaml", "    baseline: 100\n", "    baseline: 100\n    unit: '%'\n");
        StrategyFiles head = base.copy()
                .edit("okrs/grow.yaml", "    baseline: 100\n    unit: '%'\n", "    baseline: 100\n")
                .edit("okrs/grow.yaml", "title: Uptime of the payment path\n", "title: " + forty + "\n")
                .edit("okrs/grow.yaml", "objective: Grow revenue reliably\n", "objective: " + forty + "x\n")
                .edit("teams.yaml", "name: QA\n    type: enabling\n", "name: QA\n    type: platform\n");

        assertThat(Diffs.compare(base, head).otherFiles()).containsExactly(
                new FileChange("okrs/grow.yaml", List.of("objective text", "key result revenue: unit '%' → none",
                        "key result uptime: title 'Uptime of the payment path' → '" + forty + "'")),
                new FileChange("teams.yaml", List.of("team qa: type enabling → platform")));
    }

    @Test
    void twoSeriesOfOneSignalAreToldApart() throws Exception {
        String series = "  - indicator: outages\n    metric: incidents\n    better: lower\n    values:\n"
                + "      \"2026-Q3\": 4\n      \"2026-Q4\": 5\n";
        StrategyFiles base = StrategyFiles.base().put("signals.yaml", "signals:\n" + series + series);
        StrategyFiles head = StrategyFiles.base().put("signals.yaml", "signals:\n" + series
                + series.replace("better: lower\n", "better: lower\n    unit: incidents\n"));

        assertThat(Diffs.compare(base, head).otherFiles()).containsExactly(new FileChange("signals.yaml",
                List.of("signal incidents (outages) #2: unit none → 'incidents'")));
        // A third is #3.
        StrategyFiles three = StrategyFiles.base().put("signals.yaml", "signals:\n" + series + series + series);
        StrategyFiles thirdChanged = StrategyFiles.base().put("signals.yaml", "signals:\n" + series + series
                + series.replace("better: lower\n", "better: lower\n    unit: incidents\n"));
        assertThat(Diffs.compare(three, thirdChanged).otherFiles()).containsExactly(new FileChange("signals.yaml",
                List.of("signal incidents (outages) #3: unit none → 'incidents'")));
    }

    @Test
    void onlyTheStrategysOwnFilesCountAsReformatted() throws Exception {
        // A comment in okrs/grow.yaml is one file changed in form; a hidden file beside it is no file of the strategy.
        StrategyFiles base = StrategyFiles.base().put("okrs/.draft.yaml", "a: 1\n");
        StrategyFiles head = base.copy()
                .edit("okrs/grow.yaml", "quarter: 2027-Q4\n", "quarter: 2027-Q4  # the review\n")
                .put("okrs/.draft.yaml", "a: 2\n");

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.otherFilesReformatted()).isEqualTo(1);
    }

    @Test
    void eachPlanSettingThatValuesCashFlowsIsThePlansDoing() throws Exception {
        // Checkout's file changes by a comment only: its whole NPV change is the plan's, whichever
        // setting moved. It costs 300k a quarter for 2 quarters from 2027-Q1, then earns 100k a quarter.
        StrategyFiles comment = StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60  # agreed\n");
        // A plan from 2026-Q4: its cost falls in k = 2, 3 and its revenue in k = 4 … 8.
        double earlierPlan = 100_000 * sumOfDiscounts(0.10, 4, 8) - 300_000 * sumOfDiscounts(0.10, 2, 3);
        // A horizon of 10: its revenue runs to k = 10.
        double longer = 100_000 * sumOfDiscounts(0.10, 3, 10) - 300_000 * sumOfDiscounts(0.10, 1, 2);
        // 12k a person-month: 360k a quarter.
        double dearer = 100_000 * sumOfDiscounts(0.10, 3, 8) - 360_000 * sumOfDiscounts(0.10, 1, 2);
        double asItWas = 100_000 * sumOfDiscounts(0.10, 3, 8) - 300_000 * sumOfDiscounts(0.10, 1, 2);

        assertPlansDoing(comment.copy().edit("strategy.yaml", "start: 2027-Q1\n", "start: 2026-Q4\n"), earlierPlan - asItWas);
        assertPlansDoing(comment.copy().edit("strategy.yaml", "horizon: 8\n", "horizon: 10\n"), longer - asItWas);
        assertPlansDoing(comment.copy().edit("strategy.yaml", "costPerPersonMonth: 10k\n", "costPerPersonMonth: 12k\n"),
                dearer - asItWas);
    }

    private static void assertPlansDoing(StrategyFiles head, double npvDelta) throws Exception {
        ChangedInitiative checkout = Diffs.compare(StrategyFiles.base(), head).changed().get(0);
        assertThat(checkout.id()).isEqualTo("checkout");
        assertThat(checkout.npvDelta()).isCloseTo(npvDelta, within(1e-6));
        assertThat(checkout.planEffect()).isCloseTo(npvDelta, within(1e-6));
        assertThat(checkout.ownNpvDelta()).isCloseTo(0, within(1e-6));
    }

    /**
     * The base strategy with every other kind of file: teams core (platform, 5 people), ops and
     * qa, that own nothing; one outages signal; one platform metric; a page.
     */
    private static StrategyFiles withEveryFile() {
        return StrategyFiles.base()
                .put("teams.yaml", "teams:\n"
                        + "  - id: core\n    name: Core\n    type: platform\n    people: 5\n"
                        + "  - id: ops\n    name: Ops\n    type: platform\n    people: 3\n"
                        + "  - id: qa\n    name: QA\n    type: enabling\n    people: 2\n")
                .put("signals.yaml", "signals:\n  - indicator: outages\n    metric: incidents\n    unit: incidents\n"
                        + "    better: lower\n    values:\n      \"2026-Q3\": 4\n      \"2026-Q4\": 5\n")
                .put("platform.yaml", "metrics:\n  - metric: build time\n    kind: build-duration\n    unit: minutes\n"
                        + "    better: lower\n    values:\n      \"2026-Q4\": 12\n")
                .put("pages/notes.md", "---\ntitle: Notes\n---\nHello\n");
    }

    @Test
    void sameLinesReadsCrLfAsLf() {
        assertThat(StrategyDiff.sameLines(bytes("a\r\nb\r\n"), bytes("a\nb\n"))).isTrue();
        assertThat(StrategyDiff.sameLines(bytes("a\r\nb"), bytes("a\nb\n"))).isFalse();
        assertThat(StrategyDiff.sameLines(bytes("a\rb"), bytes("a\nb"))).isFalse();
        // Only the CR right before an LF goes: "a\r\r\n" reads as "a\r\n", not as "a\n".
        assertThat(StrategyDiff.sameLines(bytes("a\r\r\n"), bytes("a\r\n"))).isFalse();
        assertThat(StrategyDiff.sameLines(bytes("\r"), bytes(""))).isFalse();
        assertThat(StrategyDiff.sameLines(bytes(""), bytes(""))).isTrue();
    }

    @Test
    void sameLinesAgreesWithTurningEveryCrLfIntoLf() {
        Random random = new Random(42);
        byte[] alphabet = bytes("\r\na");
        for (int n = 0; n < 20_000; n++) {
            byte[] a = randomBytes(random, alphabet);
            byte[] b = randomBytes(random, alphabet);
            assertThat(StrategyDiff.sameLines(a, b)).as("%s vs %s", Arrays.toString(a), Arrays.toString(b))
                    .isEqualTo(Arrays.equals(lf(a), lf(b)));
        }
    }

    private static byte[] randomBytes(Random random, byte[] alphabet) {
        byte[] bytes = new byte[random.nextInt(7)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return bytes;
    }

    /** The reference: a copy with every CR LF turned into LF. */
    private static byte[] lf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** A file renamed and nothing else is said to be renamed; diff.json still lists it as removed and added. */
    @Test
    void aFileRenamedAndNothingElseIsARenameAndMovesNoFigure() throws Exception {
        StrategyFiles head = StrategyFiles.base().rename("initiatives/reporting.yaml", "initiatives/reports.yaml");

        DiffResult result = Diffs.compare(StrategyFiles.base(), head);

        assertThat(result.renamed()).containsExactly(new RenamedInitiative("reporting", "reports", "Reporting"));
        assertThat(result.added()).extracting(InitiativeEntry::id).containsExactly("reports");
        assertThat(result.removed()).extracting(InitiativeEntry::id).containsExactly("reporting");
        assertThat(result.addedAnew()).isEmpty();
        assertThat(result.removedForGood()).isEmpty();
        assertThat(result.totals().npvDelta()).isZero();

        JsonNode json = new ObjectMapper().readTree(DiffJson.write(result));
        assertThat(json.get("added").toString()).isEqualTo("[\"reports\"]");
        assertThat(json.get("removed").toString()).isEqualTo("[\"reporting\"]");
        assertThat(json.get("renamed").toString()).isEqualTo("[{\"from\":\"reporting\",\"to\":\"reports\"}]");

        String markdown = Diffs.markdown(result);
        assertThat(markdown)
                .contains("**This change renames Reporting from reporting to reports and leaves portfolio NPV and the"
                        + " platform band as they were.**")
                .contains("| Planned initiatives | 4 | 4 | 1 renamed |")
                .contains("### Renamed initiatives (1)\n\n- **Reporting**: `reporting` → `reports`, its file otherwise as it was")
                .doesNotContain("Added initiatives").doesNotContain("Removed initiatives").doesNotContain("Largest effects");
    }

    @Test
    void aRenamedFileWithOtherLineEndingsIsARenameAndAnEditedOneIsAnAdditionAndARemoval() throws Exception {
        StrategyFiles base = StrategyFiles.base();
        String reporting = base.files().get("initiatives/reporting.yaml");
        StrategyFiles crlf = StrategyFiles.base().remove("initiatives/reporting.yaml")
                .put("initiatives/reports.yaml", reporting.replace("\n", "\r\n"));
        StrategyFiles edited = StrategyFiles.base().rename("initiatives/reporting.yaml", "initiatives/reports.yaml")
                .edit("initiatives/reports.yaml", "duration: 2\n", "duration: 3\n");

        assertThat(Diffs.compare(base, crlf).renamed()).extracting(RenamedInitiative::to).containsExactly("reports");
        DiffResult result = Diffs.compare(base, edited);
        assertThat(result.renamed()).isEmpty();
        assertThat(result.addedAnew()).extracting(InitiativeEntry::id).containsExactly("reports");
        assertThat(result.removedForGood()).extracting(InitiativeEntry::id).containsExactly("reporting");
        assertThat(Diffs.markdown(result)).contains("1 added, 1 removed").doesNotContain("renamed");
    }

    /** Two files alike renamed at once pair off in id order; an addition beside them stays an addition. */
    @Test
    void renamesAmongAdditionsPairEachRemovedFileWithOneAddedFile() throws Exception {
        String reporting = StrategyFiles.base().files().get("initiatives/reporting.yaml");
        StrategyFiles base = StrategyFiles.base().put("initiatives/reporting-copy.yaml", reporting);
        StrategyFiles head = StrategyFiles.base().remove("initiatives/reporting.yaml")
                .put("initiatives/a-reports.yaml", reporting).put("initiatives/b-reports.yaml", reporting)
                .put("initiatives/c-reports.yaml", reporting);

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.renamed()).containsExactly(new RenamedInitiative("reporting", "a-reports", "Reporting"),
                new RenamedInitiative("reporting-copy", "b-reports", "Reporting"));
        assertThat(result.addedAnew()).extracting(InitiativeEntry::id).containsExactly("c-reports");
        assertThat(Diffs.markdown(result)).contains("renames 2 initiatives");
    }
}
