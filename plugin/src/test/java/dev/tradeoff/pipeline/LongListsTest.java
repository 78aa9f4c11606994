package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.view.ListPage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OKR overview, the scalability page and the teams page of a strategy with 503 objectives,
 * 1,001 teams and 502 initiatives that address scalability, 501 of them platform work no team owns
 * that speeds up a stream-aligned team's product: each list goes on over further pages, which show
 * only the rest of the list, and the first page keeps the findings, the chart and what else it shows.
 */
class LongListsTest {

    private static final int ADDED = ListPage.ROWS + 1;
    /** Teams added to the two of teams.yaml: 1,001 in all, over three pages. */
    private static final int MORE_TEAMS = 2 * ListPage.ROWS - 1;

    @TempDir
    static Path folder;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Map<String, String> files = StrategyFolder.complete();
        for (int i = 1; i <= ADDED; i++) {
            String number = String.format(Locale.ROOT, "%03d", i);
            files.put("okrs/objective-" + number + ".yaml", """
                    objective: Objective %s
                    quarter: 2028-Q2
                    keyResults:
                      - id: kr-%s
                        title: Key result %s
                        baseline: 0
                        target: 10
                        current: 4
                    """.formatted(number, number, number));
            files.put("initiatives/scale-" + number + ".yaml", """
                    title: Scale out %s
                    kind: platform
                    status: proposed
                    start: 2028-Q4
                    duration: 1
                    effort: 1
                    value: 2
                    riskReduction: 3
                    addresses: [scalability]
                    enables:
                      - id: checkout-v2
                        speedup: 0.01
                    """.formatted(number));
        }
        StringBuilder teams = new StringBuilder(files.get("teams.yaml"));
        for (int i = 1; i <= MORE_TEAMS; i++) {
            teams.append("""
                      - id: team-%04d
                        name: Team %04d
                        type: stream-aligned
                        people: 5
                    """.formatted(i, i));
        }
        files.put("teams.yaml", teams.toString());
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), files);
        StrategyFolder.build(strategy, folder.resolve("out"), 2);
        site = folder.resolve("out/site");
    }

    @Test
    void theObjectivesGoOnOverASecondPage() throws IOException {
        Document first = SiteChecks.parse(site.resolve("okrs/index.html"));
        Document second = SiteChecks.parse(site.resolve("okrs/index_2.html"));
        List<String> objectives = new ArrayList<>(first.select("section.objective h2 a").eachAttr("href"));
        objectives.addAll(second.select("section.objective h2 a").eachAttr("href"));

        assertThat(first.select("section.objective")).hasSize(ListPage.ROWS);
        assertThat(objectives).doesNotHaveDuplicates().hasSize(ADDED + 2)
                .allSatisfy(href -> assertThat(site.resolve("okrs").resolve(href)).isRegularFile());
        assertThat(site.resolve("okrs/index_3.html")).doesNotExist();
        assertThat(first.select("img[src=../charts/okrs.svg]")).hasSize(1);
        assertThat(first.select("ul.findings")).hasSize(1);
        assertThat(first.select("section[aria-labelledby=unaligned-platform]")).hasSize(1);
        assertThat(second.select("img, ul.findings, section[aria-labelledby=unaligned-platform]")).isEmpty();
        assertThat(second.select("p.lede a").attr("href")).isEqualTo("index.html");
        assertThat(second.title()).startsWith("OKRs, page 2 ·");
        // Sorting is in the page: the pager above says so, the one below does not repeat it.
        assertThat(second.select("nav.pager p").first().text()).isEqualTo("Objectives 501 to 503 of 503, page 2 of 2. Sorting by a column sorts this page only.");
        assertThat(second.select("nav.pager p").last().text()).isEqualTo("Objectives 501 to 503 of 503, page 2 of 2.");
    }

    @Test
    void theLatestStartsGoOnOverASecondPage() throws IOException {
        Document first = SiteChecks.parse(site.resolve("scale.html"));
        Document second = SiteChecks.parse(site.resolve("scale_2.html"));

        assertThat(first.select("tbody > tr")).hasSize(ListPage.ROWS);
        assertThat(second.select("tbody > tr")).hasSize(ADDED + 1 - ListPage.ROWS);
        assertThat(first.select("img[src=charts/scale.svg]")).hasSize(1);
        assertThat(second.select("img, ul.findings")).isEmpty();
        assertThat(second.select("p.lede a").attr("href")).isEqualTo("scale.html");
        assertThat(second.select("nav.pager a[rel=prev]").attr("href")).isEqualTo("scale.html");
        assertThat(first.select("nav.pager a[rel=next]").attr("href")).isEqualTo("scale_2.html");
        // A pager above the list and one after it: two landmarks, named apart for screen readers.
        assertThat(first.select("nav.pager").eachAttr("aria-label"))
                .containsExactly("Pages of this list", "Pages of this list, after it");
    }

    @Test
    void theTeamsAndTheProductsSpedUpByUnownedPlatformWorkGoOnSideBySide() throws IOException {
        Document first = SiteChecks.parse(site.resolve("teams.html"));
        Document second = SiteChecks.parse(site.resolve("teams_2.html"));
        Document third = SiteChecks.parse(site.resolve("teams_3.html"));

        // Page k shows the k-th 500 of each list, as far as it goes: 1,001 teams and 501 products.
        assertThat(first.select("table")).hasSize(2);
        assertThat(first.select("table").get(0).select("tbody > tr")).hasSize(ListPage.ROWS);
        assertThat(first.select("table").get(1).select("tbody > tr")).hasSize(ListPage.ROWS);
        assertThat(first.select("img[src=charts/team-load.svg]")).hasSize(1);
        assertThat(first.select("nav.pager p").first().text()).isEqualTo(
                "Teams 1 to 500 of 1,001 and products 1 to 500 of 501, page 1 of 3. Sorting by a column sorts this page only.");

        assertThat(second.select("table")).hasSize(2);
        assertThat(second.select("table").get(0).select("tbody > tr")).hasSize(ListPage.ROWS);
        assertThat(second.select("table").get(1).select("tbody > tr")).hasSize(ADDED - ListPage.ROWS);
        assertThat(second.select("table").get(1).select("tbody > tr > td:eq(1) a").attr("href"))
                .isEqualTo("initiatives/checkout-v2.html");
        assertThat(second.select("h2").eachText()).containsExactly("Teams",
                "Products sped up by platform work that no platform team owns");
        assertThat(second.select("img, ul.findings")).isEmpty();
        assertThat(second.select("p.lede").text()).startsWith(
                "The teams and the products sped up by platform work that no platform team owns go on.");
        assertThat(second.select("p.lede a").attr("href")).isEqualTo("teams.html");
        assertThat(second.select("nav.pager p").first().text()).isEqualTo(
                "Teams 501 to 1,000 of 1,001 and products 501 to 501 of 501, page 2 of 3. Sorting by a column sorts this page only.");

        assertThat(third.select("table")).hasSize(1);
        assertThat(third.select("tbody > tr > td:eq(0)").eachText()).containsExactly("Team 0999");
        assertThat(third.select("h2").eachText()).containsExactly("Teams");
        assertThat(third.select("p.lede").text()).startsWith("The teams go on.");
        assertThat(third.select("nav.pager p").last().text()).isEqualTo("Teams 1,001 to 1,001 of 1,001, page 3 of 3.");
        assertThat(site.resolve("teams_4.html")).doesNotExist();

        // Every team is on exactly one page, in the order of the teams page's table.
        List<String> teams = new ArrayList<>();
        for (Document page : List.of(first, second, third)) {
            teams.addAll(page.select("table").get(0).select("tbody > tr > td:eq(0)").eachText());
        }
        assertThat(teams).doesNotHaveDuplicates().hasSize(MORE_TEAMS + 2).contains("Payments Core", "Checkout");
    }

    @Test
    void everyLinkOfTheLongPagesLeadsToAFile() throws IOException {
        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }
}
