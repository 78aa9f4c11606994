package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.BenefitType;
import dev.tradeoff.model.Better;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetricKind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.TeamType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A valid strategy loads into the model with SPEC.md's defaults applied. */
class StrategyLoaderTest {

    @Test
    void appliesThePlanDefaults() {
        Plan plan = Loading.load(ValidStrategy.files()).plan();

        assertThat(plan.organization()).isEqualTo("Acme Pay");
        assertThat(plan.currency()).isEqualTo("USD");
        assertThat(plan.start()).isEqualTo(new Quarter(2027, 1));
        assertThat(plan.horizon()).isEqualTo(12);
        assertThat(plan.discountRate()).isEqualTo(0.10);
        assertThat(plan.costPerPersonMonth().value()).isEqualByComparingTo("15000");
        assertThat(plan.capacity()).isEqualTo(120);
        assertThat(plan.platformBandLow()).isEqualTo(0.20);
        assertThat(plan.platformBandHigh()).isEqualTo(0.30);
        assertThat(plan.matrixThreshold()).isEqualTo(5);
        assertThat(plan.focus()).isEqualTo(0.8);
        assertThat(plan.signalWindow()).isEqualTo(4);
        assertThat(plan.extensions()).isEmpty();
    }

    @Test
    void theCurrencyDefaultsToUsDollars() {
        Plan plan = Loading.load(ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY.replace("currency: USD\n", "")))
                .plan();

        assertThat(plan.currency()).isEqualTo("USD");
    }

    @Test
    void readsEverySettingOfThePlan() {
        Plan plan = Loading.load(ValidStrategy.with("strategy.yaml", """
                organization: Acme Pay
                currency: EUR
                start: 2026-Q3
                horizon: 8
                discountRate: 0.07
                costPerPersonMonth: "€12,500"
                capacity: 95.5
                platformBand: [0.25, 0.35]
                matrixThreshold: 6
                focus: 0.75
                signalWindow: 6
                """)).plan();

        assertThat(plan.currency()).isEqualTo("EUR");
        assertThat(plan.start()).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(plan.horizon()).isEqualTo(8);
        assertThat(plan.discountRate()).isEqualTo(0.07);
        assertThat(plan.costPerPersonMonth().value()).isEqualByComparingTo("12500");
        assertThat(plan.capacity()).isEqualTo(95.5);
        assertThat(plan.platformBandLow()).isEqualTo(0.25);
        assertThat(plan.platformBandHigh()).isEqualTo(0.35);
        assertThat(plan.matrixThreshold()).isEqualTo(6);
        assertThat(plan.focus()).isEqualTo(0.75);
        assertThat(plan.signalWindow()).isEqualTo(6);
    }

    @Test
    void readsAnInitiativeWithEveryKey() {
        Initiative platform = Loading.load(ValidStrategy.files()).initiatives().get(1);

        assertThat(platform.id()).isEqualTo("payments-platform");
        assertThat(platform.title()).isEqualTo("Payment processing platform");
        assertThat(platform.kind()).isEqualTo(Kind.PLATFORM);
        assertThat(platform.owner()).isEqualTo("payments-core");
        assertThat(platform.status()).isEqualTo(Status.COMMITTED);
        assertThat(platform.start()).isEqualTo(Quarter.parse("2027-Q1"));
        assertThat(platform.duration()).isEqualTo(3);
        assertThat(platform.effort()).isEqualTo(36);
        assertThat(platform.oneOffCost().value()).isEqualByComparingTo("200000");
        assertThat(platform.runCost().value()).isEqualByComparingTo("20000");
        assertThat(platform.benefits()).hasSize(2);
        Benefit second = platform.benefits().get(1);
        assertThat(second.type()).isEqualTo(BenefitType.RISK_AVOIDANCE);
        assertThat(second.amount().value()).isEqualByComparingTo("90000");
        assertThat(second.ramp()).isEqualTo(2);
        assertThat(platform.benefits().get(0).ramp()).isZero();
        assertThat(platform.value()).isEqualTo(6);
        assertThat(platform.riskReduction()).isEqualTo(9);
        assertThat(platform.enables()).containsExactly(new Enablement("checkout-v2", 0.3));
        assertThat(platform.keyResults()).containsExactly("expand-regions/onboarding-days");
        assertThat(platform.addresses()).containsExactly("outages", "compliance", "scalability");
        assertThat(platform.summary()).isEqualTo("One PCI-scoped core instead of three forks.\n");
        assertThat(platform.sourcePath()).isEqualTo("initiatives/payments-platform.yaml");
    }

    @Test
    void costOfDelayDefaultsToTheSumOfTheBenefitAmounts() {
        Strategy strategy = Loading.load(ValidStrategy.files());

        assertThat(strategy.initiatives().get(1).costOfDelay().value()).isEqualByComparingTo("150000");
        assertThat(strategy.initiatives().get(0).costOfDelay().value()).isEqualByComparingTo("0");
    }

    @Test
    void aGivenCostOfDelayIsKept() {
        Strategy strategy = Loading.load(ValidStrategy.with("initiatives/checkout-v2.yaml",
                ValidStrategy.CHECKOUT_V2 + "costOfDelay: $1.2M\n"));

        assertThat(strategy.initiatives().get(0).costOfDelay().value()).isEqualByComparingTo("1200000");
    }

    @Test
    void appliesTheInitiativeDefaults() {
        Initiative checkout = Loading.load(ValidStrategy.files()).initiatives().get(0);

        assertThat(checkout.id()).isEqualTo("checkout-v2");
        assertThat(checkout.status()).isEqualTo(Status.PROPOSED);
        assertThat(checkout.start()).as("the plan start").isEqualTo(Quarter.parse("2027-Q1"));
        assertThat(checkout.oneOffCost().isZero()).isTrue();
        assertThat(checkout.runCost().isZero()).isTrue();
        assertThat(checkout.benefits()).isEmpty();
        assertThat(checkout.enables()).isEmpty();
        assertThat(checkout.keyResults()).isEmpty();
        assertThat(checkout.addresses()).isEmpty();
        assertThat(checkout.summary()).isEmpty();
        assertThat(checkout.tags()).isEmpty();
        assertThat(checkout.links()).isEmpty();
        assertThat(checkout.extensions()).isEmpty();
    }

    @Test
    void readsTagsAndLinksInTheOrderWritten() {
        Initiative checkout = Loading.load(ValidStrategy.with("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2 + """
                tags: [payments, "2027"]
                links:
                  Design doc: https://example.com/design
                  Board: http://jira.example.com/browse/CHK
                """)).initiatives().get(0);

        assertThat(checkout.tags()).containsExactly("payments", "2027");
        assertThat(checkout.links()).containsExactly(
                entry("Design doc", "https://example.com/design"),
                entry("Board", "http://jira.example.com/browse/CHK"));
    }

    @Test
    void readsObjectivesAndTeams() {
        Strategy strategy = Loading.load(ValidStrategy.files());

        assertThat(strategy.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.id()).isEqualTo("expand-regions");
            assertThat(objective.objective()).isEqualTo("Launch in three new regions");
            assertThat(objective.quarter()).isEqualTo(Quarter.parse("2027-Q4"));
            assertThat(objective.owner()).isNull();
            assertThat(objective.keyResults()).singleElement().satisfies(kr -> {
                assertThat(kr.id()).isEqualTo("onboarding-days");
                assertThat(kr.unit()).isEqualTo("days");
                assertThat(kr.baseline()).isEqualTo(30);
                assertThat(kr.target()).isEqualTo(15);
                assertThat(kr.current()).isEqualTo(24);
            });
        });
        assertThat(strategy.teams()).extracting(t -> t.id() + ":" + t.type() + ":" + t.people())
                .containsExactly("payments-core:PLATFORM:8.0", "checkout:STREAM_ALIGNED:6.0");
        assertThat(strategy.teams().get(1).type()).isEqualTo(TeamType.STREAM_ALIGNED);
    }

    @Test
    void sortsInitiativesAndObjectivesById() {
        Map<String, String> files = ValidStrategy.files();
        files.put("initiatives/a-first.yaml", ValidStrategy.CHECKOUT_V2.replace("owner: checkout\n", ""));
        files.put("okrs/a-goal.yaml", ValidStrategy.EXPAND_REGIONS);

        Strategy strategy = Loading.load(files);

        assertThat(strategy.initiatives()).extracting(Initiative::id)
                .containsExactly("a-first", "checkout-v2", "payments-platform");
        assertThat(strategy.objectives()).extracting(o -> o.id()).containsExactly("a-goal", "expand-regions");
    }

    @Test
    void readsTheOptionalFiles() {
        Map<String, String> files = ValidStrategy.files();
        files.put("signals.yaml", """
                signals:
                  - indicator: outages
                    metric: Sev-1 incidents
                    unit: incidents
                    better: lower
                    threshold: 5
                    values: {2026-Q3: 2, 2026-Q1: 1, 2026-Q2: 3}
                  - indicator: release-velocity
                    metric: Deploys per week
                    better: higher
                    values:
                      2026-Q1: 12
                      2026-Q2: 9
                """);
        files.put("scale.yaml", """
                metric: Peak transactions per second
                unit: tps
                capacity: 1200
                values:
                  2026-Q1: 600
                  2026-Q2: 700
                """);
        files.put("platform.yaml", """
                metrics:
                  - metric: Developer NPS
                    kind: developer-nps
                    better: higher
                    target: 30
                    values: {2026-Q2: 12}
                """);

        Strategy strategy = Loading.load(files);

        assertThat(strategy.signals()).hasSize(2);
        assertThat(strategy.signals().get(0).indicator()).isEqualTo(Indicator.OUTAGES);
        assertThat(strategy.signals().get(0).better()).isEqualTo(Better.LOWER);
        assertThat(strategy.signals().get(0).threshold()).isEqualTo(5.0);
        assertThat(strategy.signals().get(0).values().keySet()).extracting(Quarter::toString)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3");
        assertThat(strategy.signals().get(1).unit()).isNull();
        assertThat(strategy.signals().get(1).threshold()).isNull();
        assertThat(strategy.scale().capacity()).isEqualTo(1200);
        assertThat(strategy.scale().headroom()).as("default").isEqualTo(0.8);
        assertThat(strategy.scale().growth()).isNull();
        assertThat(strategy.platformMetrics()).singleElement().satisfies(metric -> {
            assertThat(metric.kind()).isEqualTo(PlatformMetricKind.DEVELOPER_NPS);
            assertThat(metric.target()).isEqualTo(30.0);
            assertThat(metric.unit()).isNull();
        });
    }

    @Test
    void withoutOptionalFilesTheirPartsAreEmpty() {
        Map<String, String> files = ValidStrategy.files();
        files.remove("teams.yaml");
        files.put("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2.replace("owner: checkout\n", ""));
        files.put("initiatives/payments-platform.yaml",
                ValidStrategy.PAYMENTS_PLATFORM.replace("owner: payments-core\n", ""));

        Strategy strategy = Loading.load(files);

        assertThat(strategy.teams()).isEmpty();
        assertThat(strategy.signals()).isEmpty();
        assertThat(strategy.scale()).isNull();
        assertThat(strategy.platformMetrics()).isEmpty();
        assertThat(strategy.pages()).isEmpty();
    }

    @Test
    void aStrategyWithNoInitiativesIsValid() {
        Strategy strategy = Loading.load(Map.of("strategy.yaml", ValidStrategy.STRATEGY));

        assertThat(strategy.initiatives()).isEmpty();
        assertThat(strategy.objectives()).isEmpty();
    }

    @Test
    void readsPagesSortedByOrderThenSlug() {
        Map<String, String> files = ValidStrategy.files();
        files.put("pages/zeta.md", "---\ntitle: Zeta\n---\nLast but one.\n");
        files.put("pages/alpha.md", "---\r\ntitle: Alpha\r\norder: 2\r\n---\r\n# Alpha\r\n\r\nText.\r\n");
        files.put("pages/beta.md", "---\ntitle: Beta\n---\n");
        files.put("pages/notes.txt", "not a page");

        List<String> pages = Loading.load(files).pages().stream()
                .map(p -> p.slug() + "|" + p.title() + "|" + p.order() + "|" + p.markdown())
                .toList();

        assertThat(pages).containsExactly(
                "beta|Beta|0|",
                "zeta|Zeta|0|Last but one.\n",
                "alpha|Alpha|2|# Alpha\n\nText.\n");
    }

    @Test
    void keepsTheUsersOwnKeysAsPlainJavaValues() {
        Map<String, String> files = ValidStrategy.with("strategy.yaml", ValidStrategy.STRATEGY + "x-logo: acme.svg\n");
        files.put("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2 + """
                x-jira: CHK-12
                x-budget: {approved: true, amount: 12, ratio: 0.5, notes: ~}
                x-squads: [red, blue]
                """);
        files.put("okrs/expand-regions.yaml", ValidStrategy.EXPAND_REGIONS + "x-sponsor: CFO\n");
        files.put("teams.yaml", ValidStrategy.TEAMS + "    x-slack: '#checkout'\n");

        Strategy strategy = Loading.load(files);

        assertThat(strategy.plan().extensions()).containsExactly(entry("x-logo", "acme.svg"));
        Map<String, Object> extensions = strategy.initiatives().get(0).extensions();
        assertThat(extensions).containsOnlyKeys("x-jira", "x-budget", "x-squads");
        assertThat(List.copyOf(extensions.keySet())).containsExactly("x-jira", "x-budget", "x-squads");
        assertThat(extensions.get("x-jira")).isEqualTo("CHK-12");
        @SuppressWarnings("unchecked")
        Map<String, Object> budget = (Map<String, Object>) extensions.get("x-budget");
        assertThat(budget).containsExactly(entry("approved", true), entry("amount", 12L), entry("ratio", 0.5),
                entry("notes", null));
        assertThat(extensions.get("x-squads")).isEqualTo(List.of("red", "blue"));
        assertThat(strategy.objectives().get(0).extensions()).containsExactly(entry("x-sponsor", "CFO"));
    }

    @Test
    void aValueMayBeWrittenOnceWithAnAnchorAndRepeatedWithAnAlias() {
        // Jackson tells the anchors of lists and mappings only; single values have them too.
        Strategy strategy = Loading.load(ValidStrategy.with("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2
                .replace("value: 8", "value: &score 8").replace("riskReduction: 3", "riskReduction: *score")));

        Initiative checkout = strategy.initiatives().stream().filter(i -> i.id().equals("checkout-v2")).findFirst()
                .orElseThrow();
        assertThat(checkout.value()).isEqualTo(8);
        assertThat(checkout.riskReduction()).isEqualTo(8);
    }

    @Test
    void moneyAsAYamlNumberIsKeptExactly() {
        Strategy strategy = Loading.load(ValidStrategy.with("strategy.yaml",
                ValidStrategy.STRATEGY.replace("costPerPersonMonth: 15k", "costPerPersonMonth: 15250.75")));

        assertThat(strategy.plan().costPerPersonMonth()).isEqualTo(new Money(new BigDecimal("15250.75")));
    }
}
