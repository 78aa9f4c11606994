package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    /**
     * apple-google-pay was built before the plan and only earns within it: its cumulative net is
     * never negative. eu-expansion loses $1.57M and never recovers. portfolio.json has a null
     * paybackQuarter for both; the pages tell them apart.
     */
    @Test
    void paybackSaysWhyThereIsNoQuarter() throws IOException {
        Document index = SiteChecks.parse(site.resolve("initiatives/index.html"));

        assertThat(payback(index, "apple-google-pay")).isEqualTo("not needed");
        assertThat(payback(index, "eu-expansion")).isEqualTo("beyond the plan");
        assertThat(payback(index, "checkout-v2")).isEqualTo("2028-Q3");
        assertThat(SiteChecks.parse(site.resolve("initiatives/eu-expansion.html"))
                .select(".card:has(.label:containsOwn(Payback)) .figure").text()).isEqualTo("beyond the plan");
    }

    private static String payback(Document index, String id) {
        int column = index.select("thead th").eachText().indexOf("Payback");
        return index.selectFirst("tbody tr:has(a[href=" + id + ".html])").child(column).text();
    }

    @Test
    void theIndexListsByTitleAndTheRoadmapTableFollowsTheChartsStartOrder() throws IOException {
        List<String> titles = SiteChecks.parse(site.resolve("initiatives/index.html")).select("tbody tr td:eq(0)")
                .eachText();
        assertThat(titles).hasSize(19).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        Document roadmap = SiteChecks.parse(site.resolve("roadmap.html"));
        int start = roadmap.select("thead th").eachText().indexOf("Start");
        List<String> starts = roadmap.select("tbody tr").stream().map(row -> row.child(start).text()).toList();
        assertThat(starts).hasSize(19).isSorted();
        // Ties by id, as the chart draws them: three initiatives start in 2027-Q2.
        assertThat(roadmap.select("tbody tr:has(td:eq(" + start + "):containsOwn(2027-Q2)) td:eq(0) a").eachAttr("href"))
                .containsExactly("initiatives/auth-path-scaling-bridge.html", "initiatives/checkout-v2.html",
                        "initiatives/multi-region-active-active.html");
    }

    /** payment-processing-platform began in 2026-Q3, before the plan's 2027-Q1: the roadmap says why its timeline does too. */
    @Test
    void theRoadmapSaysItsTimelineBeginsWithWorkBegunBeforeThePlan() throws IOException {
        Document roadmap = SiteChecks.parse(site.resolve("roadmap.html"));

        assertThat(roadmap.select("p.lede").text()).contains("2027-Q1 to 2029-Q4")
                .endsWith("Work begun before the plan is drawn from its start, left of the plan-start line:"
                        + " the earliest began in 2026-Q3.");
        assertThat(Files.readString(site.resolve("charts/roadmap.svg"), StandardCharsets.UTF_8))
                .contains(">Plan start<", ">2026-Q3<");
    }

    /**
     * On a phone the wide tables show each row as a card, each cell under its column's heading, which
     * the stylesheet takes from the cell's data-label: every cell has its column's, and the table
     * keeps explicit roles, so it stays a table to a screen reader once its display is a card's.
     */
    @Test
    void everyCellOfAWideTableCarriesItsColumnsHeadingAndItsRole() throws IOException {
        for (String page : List.of("teams.html", "initiatives/index.html", "roadmap.html", "sequencing.html",
                "allocation.html", "index.html", "signals.html", "scale.html", "initiatives/checkout-v2.html",
                "okrs/expand-globally.html", "okrs/pass-pci-v4.html")) {
            var tables = SiteChecks.parse(site.resolve(page)).select("main table");
            assertThat(tables).as(page).isNotEmpty().allSatisfy(table -> {
                assertThat(table.classNames()).as(page).contains("card-rows");
                assertThat(table.attr("role")).isEqualTo("table");
                List<String> headings = table.select("thead th").eachText();
                assertThat(table.select("thead th").eachAttr("role")).as(page).hasSize(headings.size())
                        .containsOnly("columnheader");
                assertThat(table.select("thead, tbody").eachAttr("role")).as(page).containsExactly("rowgroup", "rowgroup");
                for (var row : table.select("tbody tr")) {
                    assertThat(row.attr("role")).as(page).isEqualTo("row");
                    assertThat(row.children().eachAttr("data-label")).as("%s: %s", page, row.text())
                            .containsExactlyElementsOf(headings);
                    assertThat(row.children().eachAttr("role")).as(page).hasSize(headings.size()).containsOnly("cell");
                }
            });
        }
    }

    /**
     * A finding's dot says its severity only in colour: its first child says it in words, hidden
     * from view, for a screen reader and a reader without the stylesheet. Context (info) has none.
     */
    @Test
    void everyFindingSaysItsSeverityInWords() throws IOException {
        Map<String, String> words = Map.of("good", "Good: ", "warning", "Warning: ", "critical", "Critical: ");
        Set<String> seen = new TreeSet<>();
        for (String page : pages()) {
            for (var finding : SiteChecks.parse(site.resolve(page)).select("ul.findings > li.finding")) {
                String severity = finding.classNames().stream().filter(words::containsKey).findFirst().orElse("info");
                seen.add(severity);
                var hidden = finding.select("> .visually-hidden");
                if (severity.equals("info")) {
                    assertThat(hidden).as("%s: %s", page, finding.text()).isEmpty();
                } else {
                    assertThat(hidden).as("%s: %s", page, finding.text()).hasSize(1);
                    assertThat(finding.child(0)).isSameAs(hidden.first());
                    assertThat(hidden.first().wholeText()).isEqualTo(words.get(severity));
                }
            }
        }
        assertThat(seen).as("the sample has findings of every severity").contains("good", "warning", "critical", "info");
    }

    /** The brief has no coloured dots: each finding of the verdict that is not context starts with its word in bold. */
    @Test
    void theBriefsVerdictSaysEachFindingsSeverityInBold() throws IOException {
        String brief = Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8);
        String verdict = brief.substring(brief.indexOf("## The verdict"), brief.indexOf("## What to do"));

        assertThat(verdict).contains("- **Good:** The portfolio adds $12M of value in today's money: $3.62M from"
                        + " platform work and $8.35M from product work; $1.27M of it comes from work already done, whose"
                        + " cost is already spent.")
                .contains("- **Critical:** Planned work exceeds capacity in 2027-Q3")
                .contains("- **Warning:** One team is overloaded: Payments Platform peaks at 138% of its capacity.")
                // Context has no word: it is neither good nor bad news.
                .contains("- 4 initiatives lose money only because the plan ends in 2029-Q4: each would pay back its"
                        + " loss within another ten quarters at its full benefits, so their NPVs understate them");
        assertThat(brief).contains("1. **Critical:** Cut Double-entry ledger v2 down to what can land by 2027-Q3");
    }

    /** The brief's scalability section says what is measured and where it stands, as the page's lede does. */
    @Test
    void theBriefsScalabilitySectionOpensWithTheLoadAndTheCapacity() throws IOException {
        String brief = Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8);

        assertThat(brief).contains("## Scalability\n\nPeak transactions per second (tps): 6,000 now, growing 47% a"
                + " quarter, against a capacity of 20,000 and a limit of 16,000 (80% of capacity).\n");
    }

    /** Every page of the site, relative to it with '/' separators, sorted. */
    private static List<String> pages() throws IOException {
        try (var walk = Files.walk(site)) {
            return walk.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /** The chart and table of cash flows are not discounted while the NPV beside them is: they say so. */
    @Test
    void theCashFlowChartAndTableSayTheyAreNotDiscounted() throws IOException {
        Document page = SiteChecks.parse(site.resolve("initiatives/checkout-v2.html"));

        assertThat(page.select("figure.chart figcaption").text())
                .isEqualTo("Cash flow per quarter, not discounted (NPV discounts it at 10% a year).");
        assertThat(page.select("figure.chart img").attr("alt")).endsWith(", not discounted");
        assertThat(page.select("details > summary").text()).isEqualTo("Quarter by quarter, not discounted");
    }

    /**
     * platform.yaml over the last 4 quarters: NPS 12 → −4 (higher is better; SPEC's worsening 16/12
     * is a percentage of a score that crossed zero, so the difference), CI build 14 → 22 minutes
     * (lower is better, 8/14 = 57% worse), onboarding 18 → 15 days (3/18 = 17% better), adoption
     * 22 → 31% (9/22 = 41% better). portfolio.json keeps SPEC's figures.
     */
    @Test
    void thePlatformTableSaysWhichWayEachMetricMoved() throws IOException {
        Document signals = SiteChecks.parse(site.resolve("signals.html"));
        var table = signals.selectFirst("section[aria-labelledby=platform-product] table");
        int column = table.select("thead th").eachText().indexOf("Change");

        assertThat(table.select("tbody > tr").stream().map(row -> row.child(column).text()).toList())
                .containsExactly("16 worse (12 → −4)", "57% worse", "17% better", "41% better");
        JsonNode json = new ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());
        assertThat(json.get("platformProduct").get(0).get("worsening").doubleValue()).isEqualTo(16.0 / 12);
        assertThat(json.get("platformProduct").get(3).get("worsening").doubleValue()).isEqualTo(-9.0 / 22);
    }

    /** A series with a threshold names it; one without says nothing of it (it said "threshold —"). */
    @Test
    void aSignalsSeriesNamesItsThresholdOnlyWhenItHasOne() throws IOException {
        List<String> series = SiteChecks.parse(site.resolve("signals.html")).select(".series > div").eachText();

        assertThat(series).hasSizeGreaterThan(2).noneMatch(text -> text.contains("threshold —"))
                .anyMatch(text -> text.matches(".* · threshold [\\d.,]+ · (ok|watch|act)"))
                .anyMatch(text -> !text.contains("threshold"));
    }

    /** An objective's grade is said in words, as the OKR chart's legend says it; the slug stays its class. */
    @Test
    void anObjectivesGradeIsSaidInWords() throws IOException {
        var grades = SiteChecks.parse(site.resolve("okrs/index.html")).select("h2 .grade");

        assertThat(grades.eachText()).contains("On track", "At risk", "Off track")
                .doesNotContain("on-track", "at-risk", "off-track");
        assertThat(grades.eachAttr("class")).contains("grade on-track", "grade at-risk", "grade off-track");
        assertThat(SiteChecks.parse(site.resolve("okrs/expand-globally.html")).select(".lede .grade").outerHtml())
                .isEqualTo("<span class=\"grade off-track\">Off track</span>");
    }

    /** The breadcrumbs name the initiative and the objective, not eu-expansion or expand-globally. */
    @Test
    void theBreadcrumbsNameThePageByTitle() throws IOException {
        assertThat(SiteChecks.parse(site.resolve("initiatives/eu-expansion.html")).select(".crumbs").text())
                .isEqualTo("Initiatives › EU expansion (Netherlands, Germany, Poland)");
        assertThat(SiteChecks.parse(site.resolve("okrs/expand-globally.html")).select(".crumbs").text())
                .isEqualTo("OKRs › Launch in three new markets with local currencies and payment methods");
    }

    /**
     * What an initiative addresses is named as the signals page heads each indicator, and
     * scalability as the navigation names its page: "Maintenance burden", not maintenance.
     */
    @Test
    void whatAnInitiativeAddressesIsNamedAsTheSignalsPageNamesIt() throws IOException {
        Document platform = SiteChecks.parse(site.resolve("initiatives/payment-processing-platform.html"));
        assertThat(platform.select("dt:containsOwn(Addresses) + dd").text())
                .isEqualTo("Outages, Maintenance burden, Scalability");
        Document signals = SiteChecks.parse(site.resolve("signals.html"));
        // Each heading ends with its status, said as such to a screen reader: "Outages, status: act".
        assertThat(signals.select("section.indicator h2").eachText().stream().map(h -> h.replaceAll(", status: \\S+$", "")))
                .contains("Outages", "Maintenance burden", "Release velocity");
        assertThat(signals.select("nav a[href=scale.html]").text()).isEqualTo("Scalability");

        Document index = SiteChecks.parse(site.resolve("initiatives/index.html"));
        int addresses = index.select("thead th").eachText().indexOf("Addresses");
        assertThat(index.selectFirst("tbody tr:has(a[href=golden-paths.html])").child(addresses).text())
                .isEqualTo("Release velocity, Maintenance burden");
    }

    /**
     * A key result goes by its title with its objective's, linked to the objective's page, not by
     * reliable-at-scale/availability; an objective's owner that is a team's id by the team's name.
     */
    @Test
    void thePagesNameKeyResultsByTitleWithTheirObjective() throws IOException {
        Document platform = SiteChecks.parse(site.resolve("initiatives/payment-processing-platform.html"));
        // The progress is the key result's, so it goes with the key result, not inside the objective's brackets.
        assertThat(platform.select("#okrs + ul > li").first().text()).isEqualTo("Payment API availability (monthly,"
                + " worst month in quarter): 13% of the way to its target (objective: Process every payment reliably at"
                + " 10x today's peak)");
        assertThat(platform.select("#okrs + ul > li a").eachAttr("href"))
                .containsOnly("../okrs/reliable-at-scale.html");

        Document okrs = SiteChecks.parse(site.resolve("okrs/index.html"));
        assertThat(okrs.select("#unfunded + ul > li").eachText()).containsExactly("Local payment methods live (iDEAL,"
                + " Bancontact, BLIK, Pix...) \u2014 Launch in three new markets with local currencies and payment methods");
        assertThat(okrs.select("#unfunded + ul > li a").attr("href")).isEqualTo("../okrs/expand-globally.html");
        assertThat(okrs.select("#o-expand-globally + p").text()).contains("· Partners & New Markets ·");
        // A percentage is one on every figure; another unit is said once, after the target.
        assertThat(okrs.select("ul.krs .muted").eachText())
                .anyMatch(line -> line.endsWith(" of the way from 71% to 76%, now 75%"))
                .anyMatch(line -> line.endsWith(" of the way from 1 to 4 markets, now 1"));
    }

    /** A numbered list has no severity dot: each recommendation says its severity in words, as brief.md does. */
    @Test
    void theRecommendationsSayTheirSeverityInWords() throws IOException {
        Document index = SiteChecks.parse(site.resolve("index.html"));

        assertThat(index.select("ol.recommendations > li").eachText())
                .hasSize(3).allMatch(text -> text.startsWith("Critical: ") || text.startsWith("Warning: "));
        assertThat(index.select("ol.recommendations > li.critical .severity").first().text()).isEqualTo("Critical:");
        assertThat(Files.readString(output.resolve("briefs/brief.md")))
                .contains("**Critical:** Cut Double-entry ledger v2");
    }

    /** "watch" beside "21% worse" explains itself: the page and the brief give the rule and its cut-offs. */
    @Test
    void theSignalsSayWhatSetsEachStatus() throws IOException {
        String rule = "A series acts when it is 25% or more worse over its last 4 quarters, or past its threshold,"
                + " and is on watch from 10% worse; an indicator takes its worst series' status and shows its largest change.";
        Document signals = SiteChecks.parse(site.resolve("signals.html"));

        assertThat(signals.select("p.muted").eachText()).contains(rule, "Largest change: 58% worse");
        assertThat(Files.readString(output.resolve("briefs/brief.md"))).contains("\n" + rule + "\n");
        // A metric that ends in its own parenthesis takes its unit after a dash, not in a second pair.
        assertThat(signals.select(".series strong:containsOwn(Production deploys) + .muted").text())
                .isEqualTo(", in deploys/week, higher is better");
    }

    /** The story names the first three late key results; the page flags all seven where they are listed. */
    @Test
    void everyKeyResultWhoseWorkGoesLiveAfterItsObjectiveIsDueIsFlaggedLate() throws IOException {
        Document okrs = SiteChecks.parse(site.resolve("okrs/index.html"));
        assertThat(okrs.select("ul.krs .flag:containsOwn(late:)")).hasSize(7);
        assertThat(okrs.select("ul.krs li:has(.flag:containsOwn(late:)):containsOwn(Open PCI DSS findings) .flag").text())
                .isEqualTo("late: PCI tokenisation vault goes live 2027-Q4, after 2027-Q2");
        assertThat(SiteChecks.parse(site.resolve("okrs/pass-pci-v4.html")).select("td .flag").eachText())
                .contains("late: PCI tokenisation vault goes live 2027-Q4, after 2027-Q2");
    }

    /**
     * 7 of 12 quarters off the band, 6 of them above it while platform priority is high, which the
     * signals call for: a warning, not critical, on the summary and on the allocation page alike.
     */
    @Test
    void theBandIsGradedAlikeOnTheSummaryAndTheAllocationPage() throws IOException {
        assertThat(SiteChecks.parse(site.resolve("index.html")).select("li.finding:containsOwn(Platform share falls)")
                .hasClass("warning")).isTrue();
        assertThat(SiteChecks.parse(site.resolve("allocation.html")).select("li.finding:containsOwn(Platform share is)")
                .hasClass("warning")).isTrue();
        assertThat(SiteChecks.parse(site.resolve("index.html")).select("li.finding:containsOwn(Platform share falls)")
                .text()).endsWith("and above it in 6; with platform priority high, the quarters above it can be right for now.");
    }

    /** Products that begin before their platform goes live, each named once with every platform it is ahead of. */
    @Test
    void theVerdictNamesProductsPlannedAheadOfThePlatformThatSpeedsThemUp() throws IOException {
        String verdict = SiteChecks.parse(site.resolve("index.html")).select("li:containsOwn(yet to start)").text();
        assertThat(verdict).startsWith("Warning: 6 products yet to start are planned to begin before the platform work"
                        + " that speeds them up goes live")
                .contains("Checkout v2 (from 2027-Q2; PCI tokenisation vault goes live in 2027-Q4 and Payment processing"
                        + " platform (single authorisation and capture core) in 2028-Q1)")
                .contains(" and 4 more. Start them after the platform work goes live, or land it sooner.");
    }

    @Test
    void theLedeCountsDoneWorkAmongThePlanned() throws IOException {
        assertThat(SiteChecks.parse(site.resolve("index.html")).select("p.lede").text())
                .isEqualTo("Plan 2027-Q1 to 2029-Q4 (12 quarters): 18 initiatives planned (1 already done), 1 dropped.");
    }

    /**
     * The sample's CD3 order starts products before the platform work that enables them: the page
     * leads with the order it advises, places each initiative in it, and the brief lists it third.
     */
    @Test
    void theSequencingPageAndBriefLeadWithTheOrderTheyAdvise() throws IOException {
        Document sequencing = SiteChecks.parse(site.resolve("sequencing.html"));
        assertThat(sequencing.select(".cards .label").eachText())
                .containsExactly("Planned order", "CD3, platform work first", "CD3 on its own");
        assertThat(sequencing.select("th").eachText()).endsWith("CD3 #", "Platform first #");
        // PCI tokenisation vault, eighth in CD3 order, comes first once platform work leads.
        assertThat(sequencing.select("tr:has(a:containsOwn(PCI tokenisation vault)) td").eachText())
                .endsWith("3", "8", "1");
        assertThat(Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8))
                .contains("| # | Planned order | CD3 order | CD3, platform work first |")
                .contains("| 1 | Chargeback dispute automation | Multi-currency merchant wallets | PCI tokenisation vault |")
                .contains("All three orders in full");
    }

    /** A quadrant's advice ("ship them") is for work still to do: done work in it is marked done. */
    @Test
    void theMatrixMarksDoneWork() throws IOException {
        Document matrix = SiteChecks.parse(site.resolve("matrix.html"));
        assertThat(matrix.select("li:has(a:containsOwn(Apple Pay and Google Pay in hosted checkout))").text())
                .contains("product done NPV");
        assertThat(matrix.select("li:has(a:containsOwn(Checkout v2))").text()).doesNotContain("done");
        assertThat(Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8))
                .containsPattern("Apple Pay and Google Pay in hosted checkout \\(done, \\$[0-9.]+[kM]\\)");
    }

    /** The briefs name key results by title with their objective's, not expand-globally/local-methods. */
    @Test
    void theBriefsNameKeyResultsByTitleWithTheirObjective() throws IOException {
        String brief = Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8);
        assertThat(brief).contains("""
                | Key result not yet met, with no initiative | Objective |
                |---|---|
                | Local payment methods live (iDEAL, Bancontact, BLIK, Pix...) | Launch in three new markets with local\
                 currencies and payment methods |
                """).doesNotContain("expand-globally/");
        assertThat(Files.readString(output.resolve("briefs/initiatives/payment-processing-platform.md"),
                StandardCharsets.UTF_8)).contains("- Sev1 incidents per quarter: 0% of the way to its target (objective:"
                        + " Process every payment reliably at 10x today's peak)\n").doesNotContain("reliable-at-scale/");
    }

    /** dispute-automation names no key result: the brief's OKR section says so, as the OKR page does. */
    @Test
    void theBriefNamesProductWorkWithNoOkr() throws IOException {
        assertThat(Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8))
                .contains("\nProduct work with no OKR: Chargeback dispute automation.\n");
    }

    @Test
    void theBriefsSignalTableNamesTheInitiativesByTitle() throws IOException {
        String brief = Files.readString(output.resolve("briefs/brief.md"), StandardCharsets.UTF_8);
        assertThat(brief).contains("| Outages | act | Sev1 incidents per quarter (incidents): 4 → 7; Payment API downtime"
                + " (minutes/quarter): 74 → 188 | 154% worse | Payment processing platform (single authorisation"
                + " and capture core), Observability and SLOs for the payment path, Authorisation path scaling bridge |");
    }

    @Test
    void everyRelativeLinkLeadsToAFileOfTheSite() throws IOException {
        assertThat(SiteChecks.relativeLinks(site)).isGreaterThan(500);

        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }
}
