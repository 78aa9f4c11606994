package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.series;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.PlatformMetricKind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PortfolioAnalysisTest {

    @Test
    void runsEveryAnalysis() {
        var strategy = strategy(plan("2027-Q1", 4, 0, "10k", 10),
                List.of(
                        initiative("prod").effort(4).benefit("3k", 0).owner("t").keyResults("o/k").build(),
                        initiative("plat").platform().effort(1).enables("prod", 0.5).addresses("scalability").build(),
                        initiative("gone").status(Status.DROPPED).effort(50).build()),
                List.of(OkrProgressTest.objective("o", new KeyResult("k", "K", null, 0, 10, 5))),
                List.of(new Team("t", "T", TeamType.PLATFORM, 2)),
                List.of(new Signal(Indicator.OUTAGES, "m", null, Better.LOWER, null, series("2026-Q1", 10, 20))),
                new Scale("rps", null, 100, 0.8, series("2026-Q3", 50, 90), null),
                List.of(new PlatformMetric("nps", PlatformMetricKind.DEVELOPER_NPS, null, Better.HIGHER, 30.0,
                        series("2026-Q4", 20, 35))));
        Portfolio p = PortfolioAnalysis.analyse(strategy);

        assertThat(p.strategy()).isSameAs(strategy);
        assertThat(p.initiatives()).extracting(InitiativeFigures::id).containsExactly("gone", "plat", "prod");
        // Discount 0. prod: cost 40,000 in k1, benefit 3,000 in k2..k4 → npv −31,000.
        // plat: cost 10,000 in k1 → npv −10,000; enablement 0.5 × (4 × 10,000 + 1 × 3,000) = 21,500.
        assertThat(p.totals().npv()).isCloseTo(-41000, offset(0.005));
        assertThat(p.totals().productNpv()).isCloseTo(-31000, offset(0.005));
        assertThat(p.totals().platformNpv()).isCloseTo(-10000, offset(0.005));
        assertThat(p.initiatives().get(1).enablementValue()).isCloseTo(21500, offset(0.005));
        // k1: platform 1, product 4 → share 0.2 within; then idle.
        assertThat(p.allocation()).extracting(AllocationQuarter::status)
                .containsExactly(BandStatus.WITHIN, BandStatus.IDLE, BandStatus.IDLE, BandStatus.IDLE);
        assertThat(p.sequencing().planOrder()).containsExactly("plat", "prod");
        assertThat(p.okrs()).singleElement().satisfies(o -> {
            assertThat(o.score()).isEqualTo(0.5);
            assertThat(o.keyResults().get(0).initiatives()).containsExactly("prod");
        });
        assertThat(p.alignment().unalignedInitiatives()).containsExactly("plat");
        // outages 10 → 20: worsening 1.0 → act; one indicator acts → medium.
        assertThat(p.indicators().get(1).status()).isEqualTo(SignalStatus.ACT);
        assertThat(p.platformPriority()).isEqualTo(PlatformPriority.MEDIUM);
        // 90 ≥ 100 × 0.8 in 2026-Q4 → plat (1 quarter) must start by 2026-Q3; starts 2027-Q1 → 2 late.
        assertThat(p.scale().breachQuarter()).isEqualTo(Quarter.parse("2026-Q4"));
        assertThat(p.scale().latestStarts()).containsExactly(new LatestStart("plat", Quarter.parse("2026-Q3"), 2));
        // team t: 2 × 3 × 0.8 = 4.8 against 4 in k1.
        assertThat(p.teams()).singleElement().satisfies(t -> assertThat(t.overloaded()).isFalse());
        assertThat(p.platformProduct()).singleElement().satisfies(m -> assertThat(m.onTarget()).isTrue());
    }

    @Test
    void optionalPartsAreEmptyOrNull() {
        Portfolio p = PortfolioAnalysis.analyse(strategy(plan("2027-Q1", 2), List.of()));
        assertThat(p.initiatives()).isEmpty();
        assertThat(p.totals()).isEqualTo(new Totals(0, 0, 0, 0, 0));
        assertThat(p.allocation()).hasSize(2).allSatisfy(q -> assertThat(q.status()).isEqualTo(BandStatus.IDLE));
        assertThat(p.okrs()).isEmpty();
        assertThat(p.alignment().linkedEffortShare()).isNull();
        assertThat(p.indicators()).hasSize(5);
        assertThat(p.platformPriority()).isEqualTo(PlatformPriority.LOW);
        assertThat(p.scale()).isNull();
        assertThat(p.teams()).isEmpty();
        assertThat(p.platformProduct()).isEmpty();
    }

    @Test
    void theSameStrategyGivesEqualResults() {
        var strategy = strategy(plan("2027-Q1", 8), List.of(
                initiative("a").effort(3).duration(2).benefit("1.2M", 3).runCost("10k").build(),
                initiative("b").platform().effort(7).enables("a", 0.2).build()));
        assertThat(PortfolioAnalysis.analyse(strategy)).isEqualTo(PortfolioAnalysis.analyse(strategy));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fiftyThousandInitiativesOverEightyQuarters() {
        // Big enough that any initiatives × initiatives or initiatives × horizon × initiatives scan
        // would not finish; the linear analyses take well under the timeout.
        int n = 50_000;
        List<Initiative> initiatives = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = String.format(java.util.Locale.ROOT, "i%05d", i);
            var b = initiative(id).start(Quarter.parse("2027-Q1").plus(i % 80).toString())
                    .duration(1 + i % 12).effort(1 + i % 7).benefit("10k", i % 4)
                    .owner("t" + (i % 10)).keyResults("o/k").addresses("scalability")
                    .status(Status.values()[i % Status.values().length]);
            if (i % 2 == 0) {
                b.platform().enables(String.format(java.util.Locale.ROOT, "i%05d", i + 1), 0.1);
            }
            initiatives.add(b.build());
        }
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            teams.add(new Team("t" + t, "T", TeamType.STREAM_ALIGNED, 10));
        }
        Strategy s = strategy(plan("2027-Q1", 80), initiatives,
                List.of(OkrProgressTest.objective("o", new KeyResult("k", "K", null, 0, 1, 1))), teams, List.of(),
                new Scale("rps", null, 100, 0.8, series("2026-Q3", 50, 60), null), List.of());

        Portfolio p = PortfolioAnalysis.analyse(s);
        assertThat(p.initiatives()).hasSize(n);
        assertThat(p.initiatives().get(0).cashFlows()).hasSize(80);
        assertThat(p.allocation()).hasSize(80);
        assertThat(p.okrs().get(0).keyResults().get(0).initiatives()).hasSize(n - n / 5);
        assertThat(p.scale().latestStarts()).hasSize(n - n / 5);
    }
}
