package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildResult;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.narrative.SectionStories;
import dev.tradeoff.view.ListPage;
import dev.tradeoff.view.Shortlist;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated portfolio of 2,000 initiatives (hundreds late for the scalability breach, over a
 * hundred teams overloaded): the brief stays a one-pager and the section pages name a few of each
 * list and count the rest, while the reference tables (initiatives index, teams) list everything.
 */
class LargePortfolioTest {

    private static final int INITIATIVES = 2_000;
    /** A one-pager: the 3,000-initiative brief was 561 KB before its lists were shortlisted. */
    private static final int BRIEF_BYTES = 20_000;
    /** At most a headline, the ones named and the sentence that counts the rest. */
    private static final int FINDINGS = SectionStories.NAMED + 2;
    private static final Pattern MORE = Pattern.compile("… and (\\d+) more");

    @TempDir
    static Path folder;

    static Path site;
    static Path briefs;
    static Portfolio portfolio;

    @BeforeAll
    static void build() throws Exception {
        Path strategy = folder.resolve("strategy");
        StrategyGenerator.write(INITIATIVES, 1, strategy);
        Path output = folder.resolve("out");
        BuildResult result = StrategyFolder.build(strategy, output, 2);
        site = output.resolve("site");
        briefs = output.resolve("briefs");
        portfolio = result.portfolio();
    }

    @Test
    void thePortfolioHasMoreOfEachThanAPageNames() {
        // Otherwise the bounds below would hold for want of anything to bound.
        assertThat(portfolio.scale().latestStarts()).filteredOn(start -> start.lateBy() > 0)
                .hasSizeGreaterThan(SectionStories.NAMED);
        assertThat(portfolio.teams()).filteredOn(TeamLoad::overloaded).hasSizeGreaterThan(SectionStories.NAMED);
        assertThat(portfolio.alignment().unalignedInitiatives()).hasSizeGreaterThan(Shortlist.SIZE);
    }

    @Test
    void theBriefStaysAOnePager() throws IOException {
        Path brief = briefs.resolve("brief.md");

        assertThat(Files.size(brief)).isLessThan(BRIEF_BYTES);
        for (List<String> table : tables(Files.readAllLines(brief, StandardCharsets.UTF_8))) {
            // The allocation table has a row per plan quarter, however many initiatives there are.
            int limit = table.get(0).startsWith("| Quarter |") ? portfolio.strategy().plan().horizon() : Shortlist.SIZE;
            // Rows that count what is left out ("| … | 4 more |") or total a column ("| | **$1M** |") add no entry.
            long entries = table.stream().skip(2).filter(row -> !row.startsWith("| … |") && !row.startsWith("| | ")).count();
            assertThat(entries).as("rows of the table under %s", table.get(0)).isLessThanOrEqualTo(limit);
        }
    }

    @Test
    void theBriefsMoreLinksLeadToTheSite() throws IOException {
        String brief = Files.readString(briefs.resolve("brief.md"), StandardCharsets.UTF_8);
        Matcher link = Pattern.compile("\\]\\((\\.\\./site/[^)]+)\\)").matcher(brief);
        List<String> targets = new ArrayList<>();
        while (link.find()) {
            targets.add(link.group(1));
        }

        assertThat(targets).contains("../site/initiatives/index.html", "../site/scale.html", "../site/teams.html");
        for (String target : targets) {
            assertThat(briefs.resolve(target).normalize()).as(target).isRegularFile();
        }
    }

    @Test
    void sectionPagesOpenWithAFewFindings() throws IOException {
        for (String page : List.of("matrix.html", "allocation.html", "sequencing.html", "signals.html", "scale.html",
                "teams.html", "okrs/index.html", "index.html")) {
            assertThat(SiteChecks.parse(site.resolve(page)).select("ul.findings > li"))
                    .as("findings on %s", page).hasSizeLessThanOrEqualTo(FINDINGS);
        }
        assertThat(SiteChecks.parse(site.resolve("teams.html")).select("ul.findings > li").last().text())
                .matches("Warning: (All )?[\\d,]+ teams are overloaded.* Their plans will slip unless work moves or people join\\.");
    }

    @Test
    void eachQuadrantNamesTenAndCountsTheRest() throws IOException {
        Document matrix = SiteChecks.parse(site.resolve("matrix.html"));

        for (Element quadrant : matrix.select("section.quadrant")) {
            int members = Integer.parseInt(quadrant.selectFirst("h2 .muted").text().replaceAll("\\D", ""));
            List<Element> named = quadrant.select("ul > li:not(.more)");
            assertThat(named).hasSize(Math.min(members, Shortlist.SIZE));
            assertThat(more(quadrant.select("ul > li.more").text())).isEqualTo(members - named.size());
        }
    }

    @Test
    void eachIndicatorNamesTenOfTheInitiativesAddressingIt() throws IOException {
        Document signals = SiteChecks.parse(site.resolve("signals.html"));

        for (Element addressedBy : signals.select("section.indicator > p:contains(Addressed by)")) {
            // Ten initiatives and, when there are more, the link to the initiatives index.
            assertThat(addressedBy.select("a")).hasSizeLessThanOrEqualTo(Shortlist.SIZE + 1);
        }
    }

    @Test
    void unalignedWorkIsShortlisted() throws IOException {
        Document okrs = SiteChecks.parse(site.resolve("okrs/index.html"));

        for (String section : List.of("unaligned-platform", "unaligned-product")) {
            assertThat(okrs.select("section[aria-labelledby=" + section + "] li:not(.more)"))
                    .as(section).hasSizeLessThanOrEqualTo(Shortlist.SIZE);
        }
    }

    @Test
    void theHomePageRanksTheWeightiestAndPointsToTheIndex() throws IOException {
        Document home = SiteChecks.parse(site.resolve("index.html"));
        long planned = portfolio.initiatives().stream().filter(f -> !f.isDropped()).count();

        assertThat(home.select("section[aria-labelledby=ranked] tbody > tr")).hasSize(Shortlist.SIZE);
        assertThat(home.select("section[aria-labelledby=ranked] p").text())
                .contains("The " + Shortlist.SIZE + " of the " + String.format(Locale.ROOT, "%,d", planned)
                        + " planned initiatives whose NPV weighs most")
                .contains("All " + String.format(Locale.ROOT, "%,d", planned) + " initiatives");
        assertThat(home.select("section[aria-labelledby=ranked] p a").attr("href")).isEqualTo("initiatives/index.html");
    }

    @Test
    void theReferenceTablesListEverything() throws IOException {
        List<String> indexed = new ArrayList<>();
        for (String page : List.of("index.html", "index_2.html", "index_3.html", "index_4.html")) {
            Elements rows = SiteChecks.parse(site.resolve("initiatives/" + page)).select("tbody > tr");
            assertThat(rows).as(page).hasSize(ListPage.ROWS);
            indexed.addAll(rows.select("td:eq(0) a").eachAttr("href"));
        }
        assertThat(site.resolve("initiatives/index_5.html")).doesNotExist();
        assertThat(indexed).doesNotHaveDuplicates().hasSize(INITIATIVES)
                .allSatisfy(href -> assertThat(site.resolve("initiatives").resolve(href)).isRegularFile());
        assertThat(SiteChecks.parse(site.resolve("teams.html")).selectFirst("table").select("tbody > tr"))
                .hasSize(portfolio.teams().size());
        assertThat(SiteChecks.parse(site.resolve("scale.html")).selectFirst("table").select("tbody > tr"))
                .hasSize(portfolio.scale().latestStarts().size());
    }

    /**
     * The roadmap's and the cost-of-delay page's tables go on over pages of {@link ListPage#ROWS}
     * rows, in their order (the Plan # column counts on from page to page); the chart, the cards
     * and the findings are on the first page only, and every page links every other.
     */
    @Test
    void theLongSectionTablesGoOnOverPages() throws IOException {
        List<String> roadmap = new ArrayList<>();
        for (String page : List.of("roadmap.html", "roadmap_2.html", "roadmap_3.html", "roadmap_4.html")) {
            Document document = SiteChecks.parse(site.resolve(page));
            roadmap.addAll(document.select("tbody > tr > td:eq(0) a").eachAttr("href"));
            assertThat(document.select("img[src=charts/roadmap.svg]")).as(page).hasSize(page.equals("roadmap.html") ? 1 : 0);
            assertThat(document.select("nav.pager").first().select("li a, li span").eachText())
                    .as(page).containsExactly(pagerLabels(page.equals("roadmap.html") ? 1 : page.charAt(8) - '0', 4));
        }
        assertThat(roadmap).doesNotHaveDuplicates().hasSize(INITIATIVES);

        int candidates = portfolio.sequencing().planOrder().size();
        List<ListPage> pages = ListPage.split("sequencing.html", candidates);
        assertThat(pages).hasSizeGreaterThan(1);
        List<Integer> planPositions = new ArrayList<>();
        for (ListPage page : pages) {
            Document document = SiteChecks.parse(site.resolve(page.path()));
            planPositions.addAll(document.select("tbody > tr > td[data-label=\"Plan #\"]").eachText().stream()
                    .map(text -> Integer.valueOf(text.replace(",", ""))).toList());
            boolean first = page.number() == 1;
            assertThat(document.select("section.cards")).as(page.path()).hasSize(first ? 1 : 0);
            assertThat(document.select("ul.findings")).as(page.path()).hasSize(first ? 1 : 0);
            assertThat(document.select("p.lede a[href=sequencing.html]")).as(page.path()).hasSize(first ? 0 : 1);
        }
        assertThat(planPositions).isEqualTo(java.util.stream.IntStream.rangeClosed(1, candidates).boxed().toList());
    }

    /** What a pager of {@code count} pages shows on page {@code current}. */
    private static String[] pagerLabels(int current, int count) {
        List<String> labels = new ArrayList<>();
        if (current > 1) {
            labels.add("Previous");
        }
        for (int number = 1; number <= count; number++) {
            labels.add(Integer.toString(number));
        }
        if (current < count) {
            labels.add("Next");
        }
        return labels.toArray(String[]::new);
    }

    /**
     * The scale and teams pages list everything in the order the brief shortlists it: the latest
     * start first, the most loaded team first. The brief's line under its latest starts counts the
     * rows it left out and, of those, the late ones: the number its findings give as "… and M more
     * scalability initiatives start too late", since the table shows the latest first.
     */
    @Test
    void theScaleAndTeamsTablesAreInTheBriefsOrder() throws IOException {
        List<Integer> lateBy = SiteChecks.parse(site.resolve("scale.html")).selectFirst("table")
                .select("tbody > tr > td:eq(3)").eachText().stream().map(Integer::valueOf).toList();
        assertThat(lateBy).hasSize(portfolio.scale().latestStarts().size())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Double> peaks = SiteChecks.parse(site.resolve("teams.html")).selectFirst("table")
                .select("tbody > tr > td:eq(4)").eachText().stream()
                .map(text -> text.equals("—") ? -1 : Double.parseDouble(text.replace("%", "").replace(",", "")))
                .toList();
        assertThat(peaks).hasSize(portfolio.teams().size()).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        long late = portfolio.scale().latestStarts().stream().filter(start -> start.lateBy() > 0).count();
        int total = portfolio.scale().latestStarts().size();
        assertThat(late).isGreaterThan(Shortlist.SIZE).isLessThan(total);
        String brief = Files.readString(briefs.resolve("brief.md"), StandardCharsets.UTF_8);
        assertThat(brief)
                .contains("- " + late + " of the " + total + " initiatives that address scalability land after the breach,")
                .contains("… and " + (total - Shortlist.SIZE) + " more scalability initiatives, "
                        + (late - Shortlist.SIZE) + " of them late: see [the scalability page](../site/scale.html).");
    }

    /** N in "… and N more", or 0 when there is no such text. */
    private static int more(String text) {
        Matcher matcher = MORE.matcher(text);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }

    /** The Markdown tables of {@code lines}: each its header, separator and rows. */
    private static List<List<String>> tables(List<String> lines) {
        List<List<String>> tables = new ArrayList<>();
        List<String> table = null;
        for (String line : lines) {
            if (line.startsWith("|")) {
                if (table == null) {
                    table = new ArrayList<>();
                    tables.add(table);
                }
                table.add(line);
            } else {
                table = null;
            }
        }
        return tables;
    }
}
