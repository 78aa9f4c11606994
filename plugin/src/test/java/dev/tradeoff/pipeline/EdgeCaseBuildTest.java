package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strategies at the edges of the format still build a complete site whose links hold. */
class EdgeCaseBuildTest {

    @TempDir
    Path folder;

    @Test
    void aStrategyWithNothingButStrategyYamlBuilds() throws Exception {
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), Map.of("strategy.yaml", """
                organization: Tiny
                start: 2027-Q1
                costPerPersonMonth: 10k
                capacity: 10
                """));

        StrategyFolder.build(strategy, folder.resolve("out"), 2);

        Path site = folder.resolve("out/site");
        for (String page : List.of("index.html", "initiatives/index.html", "matrix.html", "allocation.html",
                "sequencing.html", "roadmap.html", "signals.html", "teams.html", "okrs/index.html")) {
            assertThat(site.resolve(page)).isRegularFile();
        }
        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());
        assertThat(json.get("initiatives")).isEmpty();
        assertThat(json.get("okrs")).isEmpty();
        assertThat(json.get("teams")).isEmpty();
        assertThat(json.get("platformProduct")).isEmpty();
        assertThat(json.get("scale").isNull()).isTrue();
        assertThat(json.get("allocation")).hasSize(12);
        assertThat(json.get("allocation").get(0).get("status").textValue()).isEqualTo("idle");
        assertThat(json.get("allocation").get(0).get("platformShare").isNull()).isTrue();
        assertThat(Files.readString(folder.resolve("out/briefs/brief.md"), StandardCharsets.UTF_8))
                .startsWith("# Tiny");
    }

    @Test
    void theLongestHorizonBuilds() throws Exception {
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), Map.of(
                "strategy.yaml", """
                        organization: Long
                        start: 2027-Q1
                        horizon: 80
                        costPerPersonMonth: 10k
                        capacity: 10
                        """,
                "initiatives/late.yaml", """
                        title: Late
                        kind: platform
                        start: 2046-Q1
                        duration: 4
                        effort: 8
                        benefits:
                          - type: cost-saving
                            amount: 5k
                            ramp: 4
                        value: 6
                        riskReduction: 6
                        """));

        StrategyFolder.build(strategy, folder.resolve("out"), 2);

        Path site = folder.resolve("out/site");
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());
        assertThat(json.get("allocation")).hasSize(80);
        assertThat(json.get("allocation").get(79).get("quarter").textValue()).isEqualTo("2046-Q4");
        assertThat(json.get("allocation").get(76).get("platformShare").doubleValue()).isEqualTo(1.0);
        assertThat(site.resolve("charts/cashflow-late.svg")).isRegularFile();
        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }
}
