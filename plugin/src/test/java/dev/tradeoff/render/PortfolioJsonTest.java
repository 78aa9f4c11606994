package dev.tradeoff.render;

import static dev.tradeoff.testing.AcmePayStrategy.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.testing.AcmePayStrategy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code site/data/portfolio.json} against the contract of SPEC.md section 4. */
class PortfolioJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final List<String> TOP = List.of("organization", "currency", "start", "horizon", "totals",
            "initiatives", "allocation", "sequencing", "okrs", "alignment", "indicators", "platformPriority", "scale",
            "teams", "platformProduct");
    private static final List<String> TOTALS = List.of("npv", "pvBenefits", "pvCosts", "platformNpv", "productNpv");
    private static final List<String> INITIATIVE = List.of("id", "title", "kind", "status", "start", "duration", "npv",
            "pvBenefits", "pvCosts", "roi", "paybackQuarter", "costOfDelay", "cd3", "quadrant", "enablementValue");
    private static final List<String> DROPPED_NULLS = List.of("npv", "pvBenefits", "pvCosts", "roi", "paybackQuarter",
            "costOfDelay", "cd3", "quadrant", "enablementValue");
    private static final List<String> ALLOCATION = List.of("quarter", "platformShare", "utilisation", "status");
    private static final List<String> SEQUENCING = List.of("planOrder", "planDelayCost", "cd3Order", "cd3DelayCost",
            "saving");
    private static final List<String> OKR = List.of("id", "score", "grade", "keyResults");
    private static final List<String> KEY_RESULT = List.of("id", "progress", "initiatives");
    private static final List<String> ALIGNMENT = List.of("unfundedKeyResults", "unalignedInitiatives",
            "linkedEffortShare");
    private static final List<String> INDICATOR = List.of("indicator", "status", "worsening");
    private static final List<String> SCALE = List.of("growth", "breachQuarter", "latestStarts");
    private static final List<String> LATEST_START = List.of("id", "latestStart", "lateBy");
    private static final List<String> TEAM = List.of("id", "capacity", "peakUtilisation", "overloaded");
    private static final List<String> PLATFORM_PRODUCT = List.of("metric", "kind", "latest", "worsening", "onTarget");

    private static Map<String, String> files() {
        Map<String, String> files = new HashMap<>();
        // A name the JSON must keep as written (non-ASCII, an ampersand), and another currency.
        files.put("strategy.yaml", replaceOnce(AcmePayStrategy.STRATEGY, "organization: Acme Pay\ncurrency: USD\n",
                "organization: \"Zürich Pay & Co\"\ncurrency: EUR\n"));
        files.put("initiatives/payments-platform.yaml", AcmePayStrategy.PAYMENTS_PLATFORM_PLAN + """
                addresses: [outages, scalability]
                """);
        files.put("initiatives/checkout-v2.yaml", AcmePayStrategy.CHECKOUT_V2);
        files.put("initiatives/checkout10.yaml", """
                title: Checkout ten
                kind: product
                duration: 1
                effort: 5
                value: 2
                riskReduction: 2
                """);
        files.put("initiatives/legacy-ledger.yaml", """
                title: Legacy ledger
                kind: product
                status: dropped
                start: 2027-Q2
                duration: 2
                effort: 10
                benefits:
                  - type: revenue
                    amount: 10k
                value: 3
                riskReduction: 2
                """);
        // Onboarding days without a unit, and a second key result.
        files.put("okrs/expand-regions.yaml", replaceOnce(AcmePayStrategy.EXPAND_REGIONS, "    unit: days\n", "") + """
                  - id: regions
                    title: Regions live
                    baseline: 0
                    target: 3
                    current: 1
                """);
        files.put("teams.yaml", replaceOnce(AcmePayStrategy.TEAMS, "    people: 8\n", "    people: 2\n"));
        files.put("signals.yaml", """
                signals:
                  - indicator: outages
                    metric: Sev1 incidents
                    better: lower
                    values:
                      "2026-Q3": 3
                      "2026-Q4": 7
                """);
        files.put("platform.yaml", replaceOnce(AcmePayStrategy.PLATFORM, "\"2026-Q4\": 8\n", "\"2026-Q4\": 9\n"));
        return files;
    }

    private static final String SCALE_YAML = """
            metric: peak tps
            capacity: 20000
            values:
              "2026-Q1": 2500
              "2026-Q2": 3500
              "2026-Q3": 4700
              "2026-Q4": 6000
            """;

    private static Portfolio analyse(Map<String, String> files) throws Exception {
        return PortfolioAnalysis.analyse(new StrategyLoader().load(new MemorySource(files)));
    }

    private static JsonNode json(Portfolio portfolio) throws IOException {
        return MAPPER.readTree(PortfolioJson.write(portfolio));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static void assertFields(JsonNode object, List<String> expected) {
        assertThat(object.isObject()).as("an object: %s", object).isTrue();
        assertThat(names(object)).as("fields of %s", object).containsSubsequence(expected);
    }

    @Test
    void everyFieldOfTheContractIsThereInOrder() throws Exception {
        Map<String, String> files = files();
        files.put("scale.yaml", SCALE_YAML);
        JsonNode json = json(analyse(files));

        assertFields(json, TOP);
        assertFields(json.get("totals"), TOTALS);
        assertThat(json.get("initiatives")).hasSize(4).allSatisfy(node -> assertFields(node, INITIATIVE));
        assertThat(json.get("allocation")).hasSize(12).allSatisfy(node -> assertFields(node, ALLOCATION));
        assertFields(json.get("sequencing"), SEQUENCING);
        assertThat(json.get("okrs")).hasSize(1).allSatisfy(node -> assertFields(node, OKR));
        assertThat(json.get("okrs").get(0).get("keyResults")).hasSize(2)
                .allSatisfy(node -> assertFields(node, KEY_RESULT));
        assertFields(json.get("alignment"), ALIGNMENT);
        assertThat(json.get("indicators")).hasSize(5).allSatisfy(node -> assertFields(node, INDICATOR));
        assertFields(json.get("scale"), SCALE);
        assertThat(json.get("scale").get("latestStarts")).hasSize(1)
                .allSatisfy(node -> assertFields(node, LATEST_START));
        assertThat(json.get("teams")).hasSize(2).allSatisfy(node -> assertFields(node, TEAM));
        assertThat(json.get("platformProduct")).hasSize(1).allSatisfy(node -> assertFields(node, PLATFORM_PRODUCT));
    }

    @Test
    void plainValuesAndQuartersAreStrings() throws Exception {
        JsonNode json = json(analyse(files()));

        assertThat(json.get("organization").textValue()).isEqualTo("Zürich Pay & Co");
        assertThat(json.get("currency").textValue()).isEqualTo("EUR");
        assertThat(json.get("start").textValue()).isEqualTo("2027-Q1");
        assertThat(json.get("horizon").isIntegralNumber()).isTrue();
        assertThat(json.get("horizon").intValue()).isEqualTo(12);
        assertThat(json.get("platformPriority").textValue()).isEqualTo("medium");
        JsonNode platform = initiative(json, "payments-platform");
        assertThat(platform.get("kind").textValue()).isEqualTo("platform");
        assertThat(platform.get("status").textValue()).isEqualTo("committed");
        assertThat(platform.get("quadrant").textValue()).isEqualTo("invest-both");
        assertThat(platform.get("paybackQuarter").isTextual()).isTrue();
        assertThat(platform.get("paybackQuarter").textValue()).matches("\\d{4}-Q[1-4]");
        assertThat(json.get("allocation").get(0).get("quarter").textValue()).isEqualTo("2027-Q1");
        assertThat(json.get("allocation").get(11).get("quarter").textValue()).isEqualTo("2029-Q4");
    }

    private static JsonNode initiative(JsonNode json, String id) {
        for (JsonNode node : json.get("initiatives")) {
            if (node.get("id").textValue().equals(id)) {
                return node;
            }
        }
        throw new AssertionError("no initiative " + id);
    }

    @Test
    void aDroppedInitiativeKeepsItsPlanButHasNullFigures() throws Exception {
        JsonNode dropped = initiative(json(analyse(files())), "legacy-ledger");

        assertThat(dropped.get("title").textValue()).isEqualTo("Legacy ledger");
        assertThat(dropped.get("kind").textValue()).isEqualTo("product");
        assertThat(dropped.get("status").textValue()).isEqualTo("dropped");
        assertThat(dropped.get("start").textValue()).isEqualTo("2027-Q2");
        assertThat(dropped.get("duration").intValue()).isEqualTo(2);
        for (String field : DROPPED_NULLS) {
            assertThat(dropped.has(field)).as(field + " is present").isTrue();
            assertThat(dropped.get(field).isNull()).as(field + " is null").isTrue();
        }
    }

    @Test
    void enablementValueIsNullForProductsAndANumberForPlatforms() throws Exception {
        JsonNode json = json(analyse(files()));

        assertThat(initiative(json, "checkout-v2").get("enablementValue").isNull()).isTrue();
        assertThat(initiative(json, "checkout10").get("enablementValue").isNull()).isTrue();
        // 0.3 × (24 × 15,000 + 2 × 150,000)
        assertThat(initiative(json, "payments-platform").get("enablementValue").doubleValue())
                .isCloseTo(198_000, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void scaleIsNullWithoutScaleYaml() throws Exception {
        JsonNode json = json(analyse(files()));

        assertThat(json.has("scale")).isTrue();
        assertThat(json.get("scale").isNull()).isTrue();
    }

    @Test
    void numbersAreTheAnalysisDoublesUnrounded() throws Exception {
        Portfolio portfolio = analyse(files());
        JsonNode json = json(portfolio);

        for (InitiativeFigures figures : portfolio.initiatives()) {
            JsonNode node = initiative(json, figures.id());
            assertSame(node.get("npv"), figures.npv());
            assertSame(node.get("pvBenefits"), figures.pvBenefits());
            assertSame(node.get("pvCosts"), figures.pvCosts());
            assertSame(node.get("roi"), figures.roi());
            assertSame(node.get("costOfDelay"), figures.costOfDelay());
            assertSame(node.get("cd3"), figures.cd3());
            assertSame(node.get("enablementValue"), figures.enablementValue());
        }
        assertSame(json.get("totals").get("npv"), portfolio.totals().npv());
        assertSame(json.get("totals").get("pvBenefits"), portfolio.totals().pvBenefits());
        assertSame(json.get("totals").get("platformNpv"), portfolio.totals().platformNpv());
        for (int i = 0; i < portfolio.allocation().size(); i++) {
            assertSame(json.get("allocation").get(i).get("platformShare"), portfolio.allocation().get(i).platformShare());
            assertSame(json.get("allocation").get(i).get("utilisation"), portfolio.allocation().get(i).utilisation());
        }
        assertSame(json.get("okrs").get(0).get("score"), portfolio.okrs().get(0).score());
        assertSame(json.get("alignment").get("linkedEffortShare"), portfolio.alignment().linkedEffortShare());
        assertSame(json.get("teams").get(1).get("peakUtilisation"), portfolio.teams().get(1).peakUtilisation());

        // Discounting gives figures with many decimals: the test would catch rounding to cents.
        double npv = portfolio.initiatives().get(0).npv();
        assertThat(npv * 100).isNotEqualTo(Math.rint(npv * 100));
    }

    private static void assertSame(JsonNode node, Double expected) {
        if (expected == null) {
            assertThat(node.isNull()).as("null, not %s", node).isTrue();
        } else {
            assertThat(node.isNumber()).as("a number: %s", node).isTrue();
            assertThat(node.doubleValue()).isEqualTo(expected);
        }
    }

    @Test
    void listsAreInTheOrdersTheContractFixes() throws Exception {
        Map<String, String> files = files();
        files.put("scale.yaml", SCALE_YAML);
        Portfolio portfolio = analyse(files);
        JsonNode json = json(portfolio);

        // Id order by code point: '-' (U+002D) sorts before '1' (U+0031).
        assertThat(json.get("initiatives").findValuesAsText("id"))
                .containsExactly("checkout-v2", "checkout10", "legacy-ledger", "payments-platform");
        assertThat(json.get("indicators").findValuesAsText("indicator"))
                .containsExactly("release-velocity", "outages", "compliance", "data-silos", "maintenance");
        assertThat(json.get("teams").findValuesAsText("id")).containsExactly("payments-core", "checkout");
        assertThat(json.get("okrs").get(0).get("keyResults").findValuesAsText("id"))
                .containsExactly("onboarding-days", "regions");
        assertThat(json.get("okrs").get(0).get("keyResults").get(0).get("initiatives"))
                .extracting(JsonNode::textValue).containsExactly("checkout-v2", "payments-platform");
        assertThat(json.get("alignment").get("unfundedKeyResults")).extracting(JsonNode::textValue)
                .containsExactly("expand-regions/regions");
        assertThat(json.get("alignment").get("unalignedInitiatives")).extracting(JsonNode::textValue)
                .containsExactly("checkout10");
        assertThat(json.get("sequencing").get("planOrder")).extracting(JsonNode::textValue)
                .containsExactlyElementsOf(portfolio.sequencing().planOrder());
        assertThat(json.get("sequencing").get("cd3Order")).extracting(JsonNode::textValue)
                .containsExactlyElementsOf(portfolio.sequencing().cd3Order());
        assertThat(json.get("scale").get("latestStarts").get(0).get("id").textValue()).isEqualTo("payments-platform");
        assertThat(json.get("scale").get("latestStarts").get(0).get("lateBy").isIntegralNumber()).isTrue();
    }

    @Test
    void keyResultReferencesAreInWholeStringOrder() throws Exception {
        // By whole string, "a-b/x" comes before "a/x" ('-' is U+002D, '/' U+002F), although objective "a" comes first.
        Map<String, String> files = new HashMap<>();
        files.put("strategy.yaml", "organization: O\nstart: 2027-Q1\ncostPerPersonMonth: 1k\ncapacity: 1\n");
        for (String objective : List.of("a", "a-b")) {
            files.put("okrs/" + objective + ".yaml", """
                    objective: Objective
                    quarter: 2027-Q4
                    keyResults:
                      - id: x
                        title: X
                        baseline: 0
                        target: 1
                        current: 0
                    """);
        }
        JsonNode json = json(analyse(files));

        assertThat(json.get("okrs").findValuesAsText("id")).containsExactly("a", "x", "a-b", "x");
        assertThat(json.get("alignment").get("unfundedKeyResults")).extracting(JsonNode::textValue)
                .containsExactly("a-b/x", "a/x");
    }

    @Test
    void theSamePortfolioGivesTheSameBytes() throws Exception {
        Portfolio portfolio = analyse(files());

        byte[] first = PortfolioJson.write(portfolio);
        byte[] second = PortfolioJson.write(analyse(files()));

        assertThat(second).isEqualTo(first);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").contains("Zürich Pay & Co");
    }
}
