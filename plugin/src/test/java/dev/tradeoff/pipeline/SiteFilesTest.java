package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.BuildResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build of {@link StrategyFolder#complete()}: what it writes and that its pages hold together. */
class SiteFilesTest {

    private static final List<String> INITIATIVES = List.of("checkout-v2", "old-ledger", "payments-platform");

    @TempDir
    static Path folder;

    static Path site;
    static Path briefs;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), StrategyFolder.complete());
        Path output = folder.resolve("out");
        result = StrategyFolder.build(strategy, output, 2);
        site = output.resolve("site");
        briefs = output.resolve("briefs");
    }

    @Test
    void writesEveryPageOfTheSite() {
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("initiatives/index.html")).isRegularFile();
        for (String page : List.of("matrix", "allocation", "sequencing", "roadmap", "signals", "scale", "teams")) {
            assertThat(site.resolve(page + ".html")).isRegularFile();
        }
        for (String id : INITIATIVES) {
            assertThat(site.resolve("initiatives/" + id + ".html")).isRegularFile();
        }
        assertThat(site.resolve("okrs/index.html")).isRegularFile();
        assertThat(site.resolve("okrs/expand-regions.html")).isRegularFile();
        assertThat(site.resolve("okrs/reliability.html")).isRegularFile();
        assertThat(site.resolve("pages/notes.html")).isRegularFile();
        assertThat(site.resolve("assets/tradeoff.css")).isRegularFile();
        assertThat(site.resolve("assets/tradeoff.js")).isRegularFile();
    }

    @Test
    void writesTheChartsAsSvg() throws IOException {
        for (String chart : List.of("matrix", "allocation", "delay-cost", "roadmap", "okrs", "team-load", "scale",
                "cashflow-payments-platform", "cashflow-checkout-v2")) {
            Path svg = site.resolve("charts/" + chart + ".svg");
            assertThat(svg).isRegularFile();
            assertThat(Files.readString(svg, StandardCharsets.UTF_8)).contains("<svg");
        }
        // A dropped initiative has no figures, so no cash-flow chart.
        assertThat(site.resolve("charts/cashflow-old-ledger.svg")).doesNotExist();
    }

    @Test
    void writesPortfolioJson() throws IOException {
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());

        assertThat(json.get("organization").textValue()).isEqualTo("Acme Pay");
        assertThat(json.get("initiatives").findValuesAsText("id")).containsExactlyElementsOf(INITIATIVES);
        assertThat(json.get("scale").isObject()).isTrue();
    }

    @Test
    void writesTheBriefs() throws IOException {
        assertThat(briefs.resolve("brief.md")).isRegularFile();
        assertThat(Files.readString(briefs.resolve("brief.md"))).startsWith("# Acme Pay").contains("## The verdict");
        for (String id : INITIATIVES) {
            assertThat(briefs.resolve("initiatives/" + id + ".md")).isRegularFile();
        }
        assertThat(Files.readString(briefs.resolve("initiatives/payments-platform.md")))
                .startsWith("# Payment processing platform");
    }

    @Test
    void writesNothingElseNextToSiteAndBriefs() throws IOException {
        try (Stream<Path> entries = Files.list(folder.resolve("out"))) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("site", "briefs");
        }
    }

    @Test
    void reportsWhatItWrote() throws IOException {
        long pages = SiteChecks.htmlPages(site).size();
        assertThat(result.stats().pages()).isEqualTo(pages);
        assertThat(result.stats().briefs()).isEqualTo(1 + INITIATIVES.size());
        assertThat(result.portfolio().initiatives()).hasSize(INITIATIVES.size());
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheSite() throws IOException {
        assertThat(SiteChecks.htmlPages(site)).hasSizeGreaterThan(10);
        assertThat(SiteChecks.relativeLinks(site)).isGreaterThan(200);

        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }

    @Test
    void everySameSiteFragmentLeadsToAnElement() throws IOException {
        assertThat(SiteChecks.brokenFragments(site)).isEmpty();
    }

    @Test
    void linksFollowTheRightDepth() throws IOException {
        Document initiative = SiteChecks.parse(site.resolve("initiatives/payments-platform.html"));
        Document objective = SiteChecks.parse(site.resolve("okrs/expand-regions.html"));
        Document page = SiteChecks.parse(site.resolve("pages/notes.html"));

        assertThat(initiative.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/tradeoff.css");
        assertThat(objective.select("link[rel=stylesheet]").attr("href")).isEqualTo("../assets/tradeoff.css");
        assertThat(page.select(".prose a").eachAttr("href")).containsExactly("../index.html", "../matrix.html");
        assertThat(initiative.select("a[href=https://wiki.example.com/payments]").text()).isEqualTo("design");
    }

    @Test
    void theSiteLoadsNothingFromElsewhere() throws IOException {
        for (Path page : SiteChecks.htmlPages(site)) {
            for (Element element : SiteChecks.parse(page).select("img[src], link[href], script[src]")) {
                assertThat(SiteChecks.isExternal(SiteChecks.url(element)))
                        .as("%s loads %s", site.relativize(page), element.outerHtml()).isFalse();
            }
        }
    }

    @Test
    void everyInitiativeIsLinkedFromTheInitiativesIndex() throws IOException {
        Document index = SiteChecks.parse(site.resolve("initiatives/index.html"));

        assertThat(index.select("a[href]").eachAttr("href"))
                .contains("payments-platform.html", "checkout-v2.html", "old-ledger.html");
    }

    @Test
    void theUsersPageIsRenderedAndInTheNavigation() throws IOException {
        Document page = SiteChecks.parse(site.resolve("pages/notes.html"));
        Document index = SiteChecks.parse(site.resolve("index.html"));

        assertThat(page.select("h1").first().text()).isEqualTo("Planning notes");
        assertThat(page.select(".prose table td").eachText()).containsExactly("Discount rate", "10%");
        assertThat(index.select("nav a[href=pages/notes.html]").text()).isEqualTo("Planning notes");
    }
}
