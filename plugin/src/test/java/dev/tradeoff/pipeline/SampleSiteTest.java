package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample-site module's strategy (Northwind Pay, 19 initiatives) builds into a complete, linked site. */
class SampleSiteTest {

    /** Surefire runs in the plugin module; the sample site is its sibling. */
    static final Path STRATEGY = Path.of("").toAbsolutePath().getParent().resolve("sample-site/src/strategy");

    @TempDir
    static Path output;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        assertThat(STRATEGY.resolve("strategy.yaml")).isRegularFile();
        StrategyFolder.build(STRATEGY, output, 0);
        site = output.resolve("site");
    }

    @Test
    void portfolioJsonHoldsEveryInitiative() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());

        assertThat(json.get("organization").textValue()).isEqualTo("Northwind Pay");
        assertThat(json.get("initiatives")).hasSize(19);
        try (var files = Files.list(STRATEGY.resolve("initiatives"))) {
            assertThat(json.get("initiatives").findValuesAsText("id")).containsExactlyElementsOf(files
                    .map(p -> p.getFileName().toString().replace(".yaml", "")).sorted().toList());
        }
    }

    @Test
    void theSummaryGivesTheVerdictAndAtMostThreeRecommendations() throws IOException {
        String html = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        Document index = SiteChecks.parse(site.resolve("index.html"));

        assertThat(html).contains("The verdict");
        assertThat(index.select("#verdict + ul li")).isNotEmpty();
        assertThat(index.select("ol.recommendations > li")).hasSizeBetween(1, 3);
    }

    @Test
    void everyInitiativeHasAPageAndABrief() {
        for (String id : new String[] {"payment-processing-platform", "checkout-v2", "unified-data-platform"}) {
            assertThat(site.resolve("initiatives/" + id + ".html")).isRegularFile();
            assertThat(output.resolve("briefs/initiatives/" + id + ".md")).isRegularFile();
        }
        assertThat(site.resolve("pages/how-to-read-this-report.html")).isRegularFile();
        assertThat(site.resolve("pages/planning-assumptions.html")).isRegularFile();
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheSite() throws IOException {
        assertThat(SiteChecks.relativeLinks(site)).isGreaterThan(500);

        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }
}
