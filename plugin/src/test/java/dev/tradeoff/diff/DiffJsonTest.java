package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.analysis.Portfolio;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * diff.json: every object with its contract fields first, then the rest, and each value as the
 * comparison has it. The pipeline test reads a few of them through git; here every section is filled.
 */
class DiffJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static StrategyFiles incidents(StrategyFiles files, int last) {
        return files.put("signals.yaml", "signals:\n  - indicator: outages\n    metric: incidents\n"
                + "    better: lower\n    values:\n      \"2026-Q3\": 4\n      \"2026-Q4\": " + last + "\n");
    }

    /** The base with Core owning core platform and outages 25% worse. */
    private static StrategyFiles base() {
        return incidents(StrategyFiles.base().withCoreTeamOwningCorePlatform(), 5)
                .put("initiatives/ops.yaml", OPS);
    }

    private static final String OPS = """
            title: Ops tooling
            kind: platform
            status: proposed
            start: 2027-Q3
            duration: 2
            effort: 8
            value: 3
            riskReduction: 3
            """;

    /**
     * The main head (new-api added, reporting removed, checkout bigger, core platform 3 quarters
     * later, legacy cleanup dropped) with core platform's effort 30 (Core overloaded), new-api from
     * 2026-Q4 (before the plan), outages 25% better, revenue at 180, ops renamed and the organization
     * renamed.
     */
    private static StrategyFiles head() {
        StrategyFiles head = incidents(StrategyFiles.head(), 3)
                .put("teams.yaml", base().files().get("teams.yaml"))
                .put("initiatives/core-platform.yaml", base().files().get("initiatives/core-platform.yaml")
                        .replace("start: 2027-Q1\n", "start: 2027-Q4\n").replace("effort: 20\n", "effort: 30\n"))
                .edit("initiatives/new-api.yaml", "start: 2027-Q3\n", "start: 2026-Q4\n")
                .edit("okrs/grow.yaml", "current: 120\n", "current: 180\n")
                .edit("strategy.yaml", "organization: Acme Pay\n", "organization: Acme\n")
                .put("initiatives/operations.yaml", OPS);
        return head;
    }

    private static JsonNode json(StrategyFiles base, StrategyFiles head) throws Exception {
        return JSON.readTree(DiffJson.write(Diffs.compare(base, head)));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void everyObjectHasItsFieldsInTheirOrder() throws Exception {
        JsonNode json = json(base(), head());

        assertThat(names(json)).containsExactly("base", "head", "added", "removed", "changed", "totals", "sequencing", "allocation",
                "baseCommit", "renamed", "organization", "currency", "platformBand", "addedInitiatives",
                "removedInitiatives", "plan", "unfundedKeyResults", "keyResults", "indicators", "platformPriority", "scale",
                "objectives", "teams", "unstartedWorkBeforePlan", "otherFiles", "hasEffect");
        assertThat(names(json.get("changed").get(0))).containsExactly("id", "fields", "npvDelta", "startShift", "title",
                "kind", "statusBefore", "statusAfter", "npvBefore", "npvAfter", "startBefore", "startAfter", "costOfDelay",
                "delayCost");
        assertThat(names(json.get("changed").get(0).get("fields").get(0))).containsExactly("field", "before", "after");
        assertThat(names(json.get("totals"))).containsExactly("npvBefore", "npvAfter", "npvDelta", "platformNpvBefore",
                "platformNpvAfter", "productNpvBefore", "productNpvAfter", "pvBenefitsBefore", "pvBenefitsAfter",
                "pvCostsBefore", "pvCostsAfter", "enablementValueBefore", "enablementValueAfter", "enablementValueDelta");
        assertThat(names(json.get("allocation").get(0))).containsExactly("quarter", "platformShareBefore",
                "platformShareAfter", "utilisationBefore", "utilisationAfter", "statusBefore", "statusAfter");
        assertThat(names(json.get("addedInitiatives").get(0))).containsExactly("id", "title", "kind", "status", "start",
                "duration", "npv");
        assertThat(names(json.get("removedInitiatives").get(0))).isEqualTo(names(json.get("addedInitiatives").get(0)));
        assertThat(names(json.get("unfundedKeyResults"))).containsExactly("before", "after");
        assertThat(names(json.get("keyResults").get(0))).containsExactly("keyResult", "title", "change",
                "initiativesBefore", "initiativesAfter");
        assertThat(names(json.get("indicators").get(0))).containsExactly("indicator", "statusBefore", "statusAfter",
                "worseningBefore", "worseningAfter");
        assertThat(names(json.get("platformPriority"))).containsExactly("before", "after");
        assertThat(names(json.get("scale"))).containsExactly("breachQuarterBefore", "breachQuarterAfter", "breachShift",
                "latestStarts");
        assertThat(names(json.get("scale").get("latestStarts").get(0))).containsExactly("id", "latestStartBefore",
                "latestStartAfter", "lateByBefore", "lateByAfter");
        assertThat(names(json.get("objectives").get(0))).containsExactly("id", "scoreBefore", "scoreAfter", "gradeBefore",
                "gradeAfter");
        assertThat(names(json.get("teams").get(0))).containsExactly("id", "peakUtilisationBefore", "peakUtilisationAfter",
                "overloadedBefore", "overloadedAfter", "peopleBefore", "capacityBefore", "workBefore", "peopleAfter",
                "capacityAfter", "workAfter", "undeliverableBefore", "undeliverableAfter");
        assertThat(names(json.get("unstartedWorkBeforePlan").get(0))).containsExactly("id", "title", "status", "start",
                "planStart", "sunkQuartersBefore", "sunkQuartersAfter", "sunkCostBefore", "sunkCostAfter");
        assertThat(names(json.get("otherFiles").get(0))).containsExactly("path", "changes");
        assertThat(names(json.get("sequencing"))).containsExactly("planDelayCostBefore", "planDelayCostAfter",
                "planDelayCostDelta", "cd3DelayCostBefore", "cd3DelayCostAfter", "savingBefore", "savingAfter");
        assertThat(names(json.get("renamed").get(0))).containsExactly("from", "to");
    }

    @Test
    void theValuesAreTheComparisons() throws Exception {
        JsonNode json = json(base(), head());
        Portfolio before = Diffs.analyse(base());
        Portfolio after = Diffs.analyse(head());

        assertThat(json.get("organization").asText()).isEqualTo("Acme");
        assertThat(json.get("currency").asText()).isEqualTo("USD");
        assertThat(json.get("platformBand").get(0).asDouble()).isEqualTo(0.2);
        assertThat(json.get("platformBand").get(1).asDouble()).isEqualTo(0.3);
        assertThat(json.get("renamed").get(0).get("from").asText()).isEqualTo("ops");
        assertThat(json.get("renamed").get(0).get("to").asText()).isEqualTo("operations");

        JsonNode checkout = json.get("changed").get(0);
        assertThat(checkout.get("title").asText()).isEqualTo("Checkout v2");
        assertThat(checkout.get("kind").asText()).isEqualTo("product");
        assertThat(checkout.get("statusBefore").asText()).isEqualTo("committed");
        assertThat(checkout.get("statusAfter").asText()).isEqualTo("committed");

        JsonNode added = json.get("addedInitiatives");
        assertThat(added).extracting(a -> a.get("id").asText()).containsExactly("new-api", "operations");
        assertThat(added.get(0).get("title").asText()).isEqualTo("Partner API");
        assertThat(added.get(0).get("kind").asText()).isEqualTo("product");
        assertThat(added.get(0).get("status").asText()).isEqualTo("proposed");
        assertThat(added.get(0).get("start").asText()).isEqualTo("2026-Q4");
        assertThat(added.get(0).get("duration").asInt()).isEqualTo(1);
        assertThat(added.get(0).get("npv").asDouble()).isEqualTo(npv(after, "new-api"));
        JsonNode removed = json.get("removedInitiatives");
        assertThat(removed).extracting(r -> r.get("id").asText()).containsExactly("ops", "reporting");
        assertThat(removed.get(1).get("title").asText()).isEqualTo("Reporting");
        assertThat(removed.get(1).get("npv").asDouble()).isEqualTo(npv(before, "reporting"));

        JsonNode totals = json.get("totals");
        assertThat(totals.get("platformNpvBefore").asDouble()).isEqualTo(before.totals().platformNpv());
        assertThat(totals.get("platformNpvAfter").asDouble()).isEqualTo(after.totals().platformNpv());
        assertThat(totals.get("productNpvBefore").asDouble()).isEqualTo(before.totals().productNpv());
        assertThat(totals.get("productNpvAfter").asDouble()).isEqualTo(after.totals().productNpv());
        assertThat(totals.get("pvBenefitsBefore").asDouble()).isEqualTo(before.totals().pvBenefits());
        assertThat(totals.get("pvBenefitsAfter").asDouble()).isEqualTo(after.totals().pvBenefits());
        assertThat(totals.get("pvCostsBefore").asDouble()).isEqualTo(before.totals().pvCosts());
        assertThat(totals.get("pvCostsAfter").asDouble()).isEqualTo(after.totals().pvCosts());

        // 2027-Q1: core platform's 10 and checkout's 30 person-months against a capacity of 100.
        JsonNode q1 = json.get("allocation").get(0);
        assertThat(q1.get("utilisationBefore").asDouble()).isCloseTo(0.4, within(1e-12));
        assertThat(q1.get("utilisationAfter").asDouble()).isCloseTo(0.4, within(1e-12));

        assertThat(json.get("unfundedKeyResults").get("before").asInt()).isZero();
        assertThat(json.get("unfundedKeyResults").get("after").asInt()).isEqualTo(1);
        assertThat(json.get("keyResults").get(0).get("title").asText()).isEqualTo("Uptime of the payment path");
        assertThat(json.get("plan").get(0).get("field").asText()).isEqualTo("organization");

        JsonNode outages = json.get("indicators").get(0);
        assertThat(outages.get("indicator").asText()).isEqualTo("outages");
        assertThat(outages.get("statusBefore").asText()).isEqualTo("act");
        assertThat(outages.get("statusAfter").asText()).isEqualTo("ok");
        assertThat(outages.get("worseningBefore").asDouble()).isEqualTo(0.25);
        assertThat(outages.get("worseningAfter").asDouble()).isEqualTo(-0.25);
        assertThat(json.get("platformPriority").get("before").asText()).isEqualTo("medium");
        assertThat(json.get("platformPriority").get("after").asText()).isEqualTo("low");

        JsonNode scale = json.get("scale");
        assertThat(scale.get("breachQuarterAfter").asText()).isEqualTo("2028-Q1");
        assertThat(scale.get("latestStarts").get(0).get("latestStartBefore").asText()).isEqualTo("2027-Q3");
        assertThat(scale.get("latestStarts").get(0).get("latestStartAfter").asText()).isEqualTo("2027-Q3");

        // grow: revenue (120 − 100) / 100 = 0.2, uptime 0.5 / 0.9; with revenue at 180, 0.8.
        JsonNode grow = json.get("objectives").get(0);
        assertThat(grow.get("id").asText()).isEqualTo("grow");
        assertThat(grow.get("scoreBefore").asDouble()).isCloseTo((0.2 + 0.5 / 0.9) / 2, within(1e-9));
        assertThat(grow.get("scoreAfter").asDouble()).isCloseTo((0.8 + 0.5 / 0.9) / 2, within(1e-9));
        assertThat(grow.get("gradeBefore").asText()).isEqualTo("off-track");
        assertThat(grow.get("gradeAfter").asText()).isEqualTo("at-risk");

        // Core: 12 person-months a quarter; core platform 20 (10 a quarter), then 30 (15 a quarter).
        JsonNode core = json.get("teams").get(0);
        assertThat(core.get("peakUtilisationBefore").asDouble()).isCloseTo(10 / 12.0, within(1e-12));
        assertThat(core.get("peakUtilisationAfter").asDouble()).isCloseTo(15 / 12.0, within(1e-12));
        assertThat(core.get("overloadedBefore").asBoolean()).isFalse();
        assertThat(core.get("overloadedAfter").asBoolean()).isTrue();
        assertThat(core.get("peopleBefore").asDouble()).isEqualTo(5);
        assertThat(core.get("capacityBefore").asDouble()).isCloseTo(12, within(1e-12));
        assertThat(core.get("workBefore").asDouble()).isCloseTo(20, within(1e-12));
        assertThat(core.get("workAfter").asDouble()).isCloseTo(30, within(1e-12));

        // new-api: 30 person-months at 10k in its one quarter, 2026-Q4, before the 2027-Q1 plan.
        JsonNode newApi = json.get("unstartedWorkBeforePlan").get(0);
        assertThat(newApi.get("id").asText()).isEqualTo("new-api");
        assertThat(newApi.get("title").asText()).isEqualTo("Partner API");
        assertThat(newApi.get("status").asText()).isEqualTo("proposed");
        assertThat(newApi.get("start").asText()).isEqualTo("2026-Q4");
        assertThat(newApi.get("planStart").asText()).isEqualTo("2027-Q1");
        assertThat(newApi.get("sunkQuartersBefore").asInt()).isZero();
        assertThat(newApi.get("sunkQuartersAfter").asInt()).isEqualTo(1);
        assertThat(newApi.get("sunkCostBefore").asDouble()).isZero();
        assertThat(newApi.get("sunkCostAfter").asDouble()).isEqualTo(300_000);

        assertThat(json.get("otherFiles")).extracting(f -> f.get("path").asText())
                .containsExactly("okrs/grow.yaml", "signals.yaml");
    }

    private static double npv(Portfolio portfolio, String id) {
        return portfolio.initiatives().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow().npv();
    }

    @Test
    void theSequencingSaysWhatTheChangeDoesToTheCostOfDelayOfEachOrder() throws Exception {
        // Without cost of delay for core platform, checkout and reporting, the base's orders cost nothing.
        StrategyFiles none = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "value: 8\n", "costOfDelay: 0\nvalue: 8\n")
                .edit("initiatives/core-platform.yaml", "value: 6\n", "costOfDelay: 0\nvalue: 6\n")
                .edit("initiatives/reporting.yaml", "value: 4\n", "costOfDelay: 0\nvalue: 4\n");
        Portfolio after = Diffs.analyse(StrategyFiles.base());

        JsonNode sequencing = json(none, StrategyFiles.base()).get("sequencing");

        assertThat(sequencing.get("planDelayCostBefore").asDouble()).isZero();
        assertThat(sequencing.get("cd3DelayCostBefore").asDouble()).isZero();
        assertThat(sequencing.get("planDelayCostDelta").asDouble()).isEqualTo(after.sequencing().planDelayCost()).isPositive();
        assertThat(json(StrategyFiles.base(), none).get("sequencing").get("planDelayCostDelta").asDouble())
                .isEqualTo(-after.sequencing().planDelayCost());
        // Enablement value, $200k (see DiffHeadlineTest), from nothing.
        StrategyFiles enabling = StrategyFiles.base().edit("initiatives/core-platform.yaml", "value: 6\n",
                "enables:\n  - id: checkout\n    speedup: 0.25\nvalue: 6\n");
        JsonNode totals = json(StrategyFiles.base(), enabling).get("totals");
        assertThat(totals.get("enablementValueDelta").asDouble()).isCloseTo(200_000, within(1e-6));
        assertThat(json(enabling, StrategyFiles.base()).get("totals").get("enablementValueDelta").asDouble())
                .isCloseTo(-200_000, within(1e-6));
    }

    @Test
    void absentSidesAreNull() throws Exception {
        // Neither side has scale.yaml: no scale at all.
        JsonNode none = json(StrategyFiles.base().remove("scale.yaml"),
                StrategyFiles.base().remove("scale.yaml").edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 30\n"));
        assertThat(none.get("scale").isNull()).isTrue();
        // A breach out of sight has no shift; core platform dropped while late has no lateness.
        StrategyFiles late = StrategyFiles.base().edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q4\n");
        StrategyFiles droppedWithoutBreach = late.copy()
                .edit("initiatives/core-platform.yaml", "status: committed\n", "status: dropped\n")
                .edit("scale.yaml", "capacity: 1000\n", "capacity: 1000000\n");
        JsonNode scale = json(late, droppedWithoutBreach).get("scale");
        assertThat(scale.get("breachQuarterAfter").isNull()).isTrue();
        assertThat(scale.get("breachShift").isNull()).isTrue();
        JsonNode core = scale.get("latestStarts").get(0);
        assertThat(core.get("lateByBefore").asInt()).isEqualTo(1);
        assertThat(core.get("lateByAfter").isNull()).isTrue();
        assertThat(core.get("latestStartAfter").isNull()).isTrue();
    }

    @Test
    void theUsersOwnKeysAreComparedAsJsonScalars() throws Exception {
        StrategyFiles base = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n", """
                value: 8
                x-count: 3
                x-big: 10000000000
                x-rate: 1.50
                x-flag: true
                x-list: [a, ~]
                x-map: {a: 1}
                x-gone: kept
                """);
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "value: 8\n", """
                value: 8
                x-count: 4
                x-big: 10000000001
                x-rate: 2.25
                x-flag: false
                x-list: [a, b]
                x-map: {a: 2}
                """);

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.changed().get(0).fields()).containsExactly(
                new FieldChange("x-count", new BigDecimal("3"), new BigDecimal("4")),
                new FieldChange("x-big", new BigDecimal("10000000000"), new BigDecimal("10000000001")),
                new FieldChange("x-rate", new BigDecimal("1.5"), new BigDecimal("2.25")),
                new FieldChange("x-flag", true, false),
                new FieldChange("x-list", "[a, null]", "[a, b]"),
                new FieldChange("x-map", "{a: 1}", "{a: 2}"),
                new FieldChange("x-gone", "kept", null));
        JsonNode fields = JSON.readTree(DiffJson.write(result)).get("changed").get(0).get("fields");
        assertThat(fields.get(0).get("before").isIntegralNumber()).isTrue();
        assertThat(fields.get(2).get("after").decimalValue()).isEqualByComparingTo("2.25");
        assertThat(fields.get(3).get("before").isBoolean()).isTrue();
        assertThat(fields.get(3).get("after").asBoolean()).isFalse();
        assertThat(fields.get(4).get("before").asText()).isEqualTo("[a, null]");
        assertThat(fields.get(6).get("after").isNull()).isTrue();
        // The same values, re-spelt, are no change.
        assertThat(Diffs.compare(base, base.copy().edit("initiatives/checkout.yaml", "x-rate: 1.50\n", "x-rate: 1.5\n"))
                .changed().get(0).fields()).isEmpty();
    }

    @Test
    void aDurationIsAnIntegerAndAnEffortADecimal() throws Exception {
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "duration: 2\n", "duration: 3\n")
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 60.5\n");

        JsonNode fields = json(StrategyFiles.base(), head).get("changed").get(0).get("fields");

        assertThat(fields.get(0).get("field").asText()).isEqualTo("duration");
        assertThat(fields.get(0).get("after").isInt()).isTrue();
        assertThat(fields.get(0).get("after").asInt()).isEqualTo(3);
        assertThat(fields.get(1).get("after").decimalValue()).isEqualByComparingTo("60.5");
    }
}
