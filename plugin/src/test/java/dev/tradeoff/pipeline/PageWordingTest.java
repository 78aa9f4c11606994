package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the pages and briefs say, and leave out, for a few shapes of strategy. */
class PageWordingTest {

    @TempDir
    static Path folder;

    private static Path out;

    /**
     * core enables app; lone enables nothing; orphan enables only gone, which is dropped. app is
     * built in one quarter, 2027-Q2; long in three, 2027-Q1 to 2027-Q3. Five initiatives in the plan
     * and one dropped; one objective, whose key result app moves; no platform work names a key result.
     */
    @BeforeAll
    static void build() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("strategy.yaml", """
                organization: Pages
                start: 2027-Q1
                horizon: 4
                costPerPersonMonth: 10k
                capacity: 10
                """);
        files.put("initiatives/core.yaml", platform("Core", "enables:\n  - id: app\n    speedup: 0.5\n"));
        files.put("initiatives/lone.yaml", platform("Lone", ""));
        files.put("initiatives/orphan.yaml", platform("Orphan", "enables:\n  - id: gone\n    speedup: 0.5\n"));
        files.put("initiatives/app.yaml", """
                title: App
                kind: product
                start: 2027-Q2
                duration: 1
                effort: 2
                value: 6
                riskReduction: 2
                keyResults: [grow/users]
                """);
        files.put("okrs/grow.yaml", """
                objective: Grow
                quarter: 2027-Q4
                keyResults:
                  - id: users
                    title: Users
                    baseline: 0
                    target: 100
                    current: 50
                """);
        files.put("initiatives/long.yaml", """
                title: Long
                kind: product
                duration: 3
                effort: 3
                value: 6
                riskReduction: 2
                """);
        files.put("initiatives/gone.yaml", """
                title: Gone
                kind: product
                status: dropped
                start: 2027-Q1
                duration: 1
                effort: 2
                value: 6
                riskReduction: 2
                keyResults: [grow/users]
                """);
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), files);
        out = folder.resolve("out");
        StrategyFolder.build(strategy, out, 1);
    }

    /** strategy.yaml of a four-quarter plan from 2027-Q1, as every small strategy here has it. */
    private static String plan(String organization) {
        return "organization: " + organization + "\nstart: 2027-Q1\nhorizon: 4\ncostPerPersonMonth: 10k\ncapacity: 10\n";
    }

    private static String platform(String title, String more) {
        return "title: " + title + "\nkind: platform\nduration: 1\neffort: 1\nvalue: 3\nriskReduction: 7\n" + more;
    }

    private static String read(String path) throws Exception {
        return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
    }

    @Test
    void theCostOfDelayCardSaysWhereItsFigureComesFrom(@TempDir Path other) throws Exception {
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", plan("Delay"),
                "initiatives/set.yaml", "title: Set\nkind: product\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\ncostOfDelay: 50k\n",
                "initiatives/summed.yaml", "title: Summed\nkind: product\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\n"
                        + "benefits:\n  - type: revenue\n    amount: 30k\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        String card = ".card:has(.label:containsOwn(Cost of delay)) ";
        var set = SiteChecks.parse(other.resolve("out/site/initiatives/set.html"));
        var summed = SiteChecks.parse(other.resolve("out/site/initiatives/summed.html"));
        assertThat(set.select(card + ".figure").text()).isEqualTo("$50,000");
        assertThat(set.select(card + ".note").text()).isEqualTo("as estimated in its file");
        assertThat(summed.select(card + ".figure").text()).isEqualTo("$30,000");
        assertThat(summed.select(card + ".note").text()).isEqualTo("its benefits at full rate");
    }

    @Test
    void yenAreNeverWrittenWithCentsAndTheReturnIsSaidForEachHundredYen(@TempDir Path other) throws Exception {
        // Not discounted, so by hand: ¥300 of work in 2027-Q1, then ¥50,000 a quarter for three
        // quarters: ¥150,000 back for ¥300, 500 yen for each yen, ¥50,000 for each ¥100.
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", "organization: Yen\ncurrency: JPY\nstart: 2027-Q1\nhorizon: 4\ndiscountRate: 0\n"
                        + "costPerPersonMonth: 300\ncapacity: 10\n",
                "initiatives/shop.yaml", "title: Shop\nkind: product\nstart: 2027-Q1\nduration: 1\neffort: 1\nvalue: 6\n"
                        + "riskReduction: 2\ncostOfDelay: 0.6\nbenefits:\n  - type: revenue\n    amount: 50k\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        String page = Files.readString(other.resolve("out/site/initiatives/shop.html"), StandardCharsets.UTF_8);
        String brief = Files.readString(other.resolve("out/briefs/initiatives/shop.md"), StandardCharsets.UTF_8);
        for (String text : new String[] {page, brief}) {
            assertThat(text).contains("Brings back ¥50,000 of benefits for each ¥100 it costs, in today")
                    .doesNotContain("¥500.00").doesNotContain("for each ¥1 ")
                    // A cost of delay of ¥0.6 is ¥1: a yen has no cents.
                    .contains("Each quarter of delay costs ¥1;").doesNotContain("¥0.60");
        }
        // The chart writes the delay cost of the one quarter of waiting as the pages do.
        assertThat(Files.readString(other.resolve("out/site/charts/delay-cost.svg"), StandardCharsets.UTF_8))
                .contains("Cumulative cost of delay, plan order ¥1 against CD3 order ¥1").doesNotContain("¥0.60");
    }

    @Test
    void aDiscountRateOfZeroIsSaidAsNotDiscounted(@TempDir Path other) throws Exception {
        String initiative = "title: Shop\nkind: product\nduration: 1\neffort: 1\nvalue: 6\nriskReduction: 2\n";
        for (String rate : new String[] {"0", "0.0001"}) {
            Path strategy = StrategyFolder.write(other.resolve(rate + "/strategy"), Map.of(
                    "strategy.yaml", plan("Rate") + "discountRate: " + rate + "\n",
                    "initiatives/shop.yaml", initiative));
            StrategyFolder.build(strategy, other.resolve(rate + "/out"), 1);
        }

        Path none = other.resolve("0/out");
        var page = SiteChecks.parse(none.resolve("site/initiatives/shop.html"));
        assertThat(page.select("footer p").text()).startsWith(
                "Engineering strategy of Rate, 2027-Q1 to 2027-Q4. Figures in USD, not discounted (a discount rate of 0%). ");
        assertThat(page.select("figure.chart figcaption").text())
                .isEqualTo("Cash flow per quarter, not discounted, and neither is NPV (a discount rate of 0%).");
        assertThat(Files.readString(none.resolve("briefs/brief.md"), StandardCharsets.UTF_8))
                .contains(" Money in USD, not discounted (a discount rate of 0%).\n").doesNotContain("discounted at");
        assertThat(Files.readString(none.resolve("site/index.html"), StandardCharsets.UTF_8)).doesNotContain("discounted at");

        // 0.0001 is written "0%" but discounts: said as a rate, decided from the number.
        Path tiny = other.resolve("0.0001/out");
        assertThat(SiteChecks.parse(tiny.resolve("site/initiatives/shop.html")).select("figure.chart figcaption").text())
                .isEqualTo("Cash flow per quarter, not discounted (NPV discounts it at 0% a year).");
        assertThat(Files.readString(tiny.resolve("site/index.html"), StandardCharsets.UTF_8))
                .contains("Figures in USD, discounted at 0% a year.");
        assertThat(Files.readString(tiny.resolve("briefs/brief.md"), StandardCharsets.UTF_8))
                .contains(" Money in today's USD, discounted at 0% a year.\n");
    }

    @Test
    void theEnablementValueCardIsShownOnlyOnPlatformsThatEnableWorkInThePlan() throws Exception {
        // core: 0.5 × (2 pm × $10k + 1 quarter × $0 cost of delay) = $10k.
        assertThat(read("site/initiatives/core.html"))
                .contains("<span class=\"label\">Enablement value</span><span class=\"figure\">$10,000</span>");
        assertThat(read("site/initiatives/lone.html")).doesNotContain("Enablement value");
        assertThat(read("site/initiatives/orphan.html")).doesNotContain("Enablement value")
                .contains("Enables only dropped work (Gone), so its enablement value is $0.");
    }

    @Test
    void aDroppedInitiativesPageSaysWhatWouldHaveBeenNotWhatWillBe() throws Exception {
        String page = read("site/initiatives/gone.html");
        String brief = read("briefs/initiatives/gone.md");

        assertThat(page).doesNotContain("Go-live").doesNotContain("Key results it moves")
                .contains("<h2 id=\"okrs\">Key results it would have moved</h2>")
                .contains("<a href=\"orphan.html\">Orphan</a> would have made it ship 50% sooner")
                .doesNotContain("makes it ship");
        assertThat(brief).doesNotContain("Key results it moves").contains("## Key results it would have moved")
                .contains("[Orphan](orphan.md) would have made it ship 50% sooner");
        // orphan, in the plan, enables only gone: no speed-up of it will happen.
        assertThat(read("site/initiatives/orphan.html"))
                .contains("<a href=\"gone.html\">Gone</a> (dropped) would have shipped 50% sooner");
        assertThat(read("briefs/initiatives/orphan.md")).contains("[Gone](gone.md) (dropped) would have shipped 50% sooner");
        // Work in the plan still says what will be.
        assertThat(read("site/initiatives/app.html")).contains("<dt>Go-live</dt><dd>2027-Q3</dd>")
                .contains("Key results it moves").contains("<a href=\"core.html\">Core</a> makes it ship 50% sooner");
        assertThat(read("site/initiatives/core.html")).contains("<a href=\"app.html\">App</a> ships 50% sooner");
    }

    @Test
    void relationsToDroppedWorkSayWhatWouldHaveBeen(@TempDir Path other) throws Exception {
        // base enables shop (planned) and old (dropped); legacy, dropped, enables shop.
        String product = "kind: product\nduration: 1\neffort: 1\nvalue: 6\nriskReduction: 2\n";
        String platform = "kind: platform\nduration: 1\neffort: 1\nvalue: 3\nriskReduction: 7\n";
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", plan("Rel"),
                "initiatives/shop.yaml", "title: Shop\n" + product,
                "initiatives/old.yaml", "title: Old\nstatus: dropped\nstart: 2027-Q1\n" + product,
                "initiatives/base.yaml", "title: Base\n" + platform
                        + "enables:\n  - id: shop\n    speedup: 0.5\n  - id: old\n    speedup: 0.4\n",
                "initiatives/legacy.yaml", "title: Legacy\nstatus: dropped\nstart: 2027-Q1\n" + platform
                        + "enables:\n  - id: shop\n    speedup: 0.3\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);
        Path out = other.resolve("out");

        // Shop and Base both start in 2027-Q1: Base goes live in 2027-Q2, after Shop has started, so the
        // speed-up is what would be, as the story says ("to get the speed-up, start it after that").
        assertThat(Files.readString(out.resolve("site/initiatives/base.html"), StandardCharsets.UTF_8))
                .contains("<a href=\"shop.html\">Shop</a> would ship 50% sooner, but starts before this goes live"
                                + " in 2027-Q2",
                        "<a href=\"old.html\">Old</a> (dropped) would have shipped 40% sooner",
                        "but as planned it starts before this platform work goes live in 2027-Q2")
                .doesNotContain("ships 50% sooner");
        assertThat(Files.readString(out.resolve("site/initiatives/shop.html"), StandardCharsets.UTF_8))
                .contains("<a href=\"base.html\">Base</a> would make it ship 50% sooner, but goes live only in"
                                + " 2027-Q2, after this starts",
                        "<a href=\"legacy.html\">Legacy</a> (dropped) would have made it ship 30% sooner")
                .doesNotContain("makes it ship");
        assertThat(Files.readString(out.resolve("briefs/initiatives/shop.md"), StandardCharsets.UTF_8))
                .contains("[Legacy](legacy.md) (dropped) would have made it ship 30% sooner",
                        "[Base](base.md) would make it ship 50% sooner, but goes live only in 2027-Q2, after this starts");
        assertThat(Files.readString(out.resolve("briefs/initiatives/base.md"), StandardCharsets.UTF_8))
                .contains("[Shop](shop.md) would ship 50% sooner, but starts before this goes live in 2027-Q2");
    }

    @Test
    void aOneQuarterInitiativeIsBuiltInItsQuarterNotFromItToItself() throws Exception {
        assertThat(read("site/initiatives/app.html")).contains("· in 2027-Q2, 1 quarter, 2 person-months</p>")
                .doesNotContain("2027-Q2 to 2027-Q2");
        assertThat(read("briefs/initiatives/app.md")).contains("· in 2027-Q2 (1 quarter, 2 person-months)");
        assertThat(read("site/initiatives/long.html")).contains("· 2027-Q1 to 2027-Q3, 3 quarters, 3 person-months</p>");
        assertThat(read("briefs/initiatives/long.md")).contains("· 2027-Q1 to 2027-Q3 (3 quarters, 3 person-months)");
    }

    @Test
    void theInitiativesInThePlanAreCalledPlannedNotLive() throws Exception {
        assertThat(read("site/index.html")).contains("Plan 2027-Q1 to 2027-Q4 (4 quarters): 5 initiatives planned, 1 dropped.")
                .doesNotContain("live initiative");
        assertThat(read("briefs/brief.md")).contains("Plan 2027-Q1 to 2027-Q4 (4 quarters): 5 initiatives planned, 1 dropped.")
                .doesNotContain("live initiative");
    }

    @Test
    void theOkrPageGivesTheLinkedShareOnceAndTheBriefNamesUnalignedPlatformWorkOnce() throws Exception {
        // app's 2 pm of the 2 + 3 + 1 + 1 + 1 = 8 pm planned move a key result: 25%.
        String okrs = read("site/okrs/index.html");
        assertThat(okrs.split("25% of the planned initiatives&#39; effort, counted over their whole build,"
                + " moves a key result", -1)).hasSize(2);
        // A key result's progress reads as progress, not as a reading of its metric.
        assertThat(okrs).contains("Users <span class=\"muted\">50% of the way from 0 to 100, now 50</span>");
        String brief = read("briefs/brief.md");
        assertThat(brief.split("name no key result", -1)).hasSize(2);
        assertThat(brief).doesNotContain("Platform work with no OKR");
    }

    @Test
    void theBriefNamesTheOrdersByTitleSideBySide() throws Exception {
        String brief = read("briefs/brief.md");
        // Ties at $0 cost of delay: the plan orders by start, CD3 by id; CD3 starts app before core,
        // which enables it, so the order with platform work first is the third column.
        assertThat(brief).contains("""
                | # | Planned order | CD3 order | CD3, platform work first |
                |---:|---|---|---|
                | 1 | Core | App | Core |
                | 2 | Lone | Core | App |
                | 3 | Long | Lone | Lone |
                | 4 | Orphan | Long | Long |
                | 5 | App | Orphan | Orphan |
                | | **$0** in delay | **$0** in delay | **$0** in delay |
                """);
        // Side by side, not "Core → App → …" (the signals table's "first → latest" is another matter).
        assertThat(brief.substring(brief.indexOf("## Cost of delay"), brief.indexOf("## OKRs"))).doesNotContain(" → ");
    }

    @Test
    void theRoadmapSaysWhyItsTimelineBeginsBeforeThePlan(@TempDir Path other) throws Exception {
        // The lede names the plan, 2027-Q1 to 2027-Q4; the chart's axis starts at 2026-Q3, with early.
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", plan("Early"),
                "initiatives/early.yaml", "title: Early\nkind: platform\nstatus: in-progress\nstart: 2026-Q3\n"
                        + "duration: 4\neffort: 4\nvalue: 3\nriskReduction: 7\n",
                "initiatives/app.yaml", "title: App\nkind: product\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);
        Path site = other.resolve("out/site");

        assertThat(SiteChecks.parse(site.resolve("roadmap.html")).select("p.lede").text()).isEqualTo(
                "Every initiative from its start to its last build quarter, 2027-Q1 to 2027-Q4, coloured by kind;"
                        + " dropped work is greyed out. Work begun before the plan is drawn from its start, left of"
                        + " the plan-start line: the earliest began in 2026-Q3.");
        assertThat(Files.readString(site.resolve("charts/roadmap.svg"), StandardCharsets.UTF_8))
                .contains(">Plan start<", ">2026-Q3<");

        // Nothing here starts before the plan: no plan-start line, and nothing to explain.
        assertThat(read("site/roadmap.html")).doesNotContain("before the plan");
        assertThat(read("site/charts/roadmap.svg")).doesNotContain(">Plan start<");
    }

    @Test
    void withNoProductBeforeItsEnablerTheBriefAndPageShowTwoOrders(@TempDir Path other) throws Exception {
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", plan("Two"),
                "initiatives/slow.yaml", "title: Slow\nkind: product\nduration: 2\neffort: 2\nvalue: 6\nriskReduction: 2\ncostOfDelay: 10k\n",
                "initiatives/fast.yaml", "title: Fast\nkind: product\nstart: 2027-Q2\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\ncostOfDelay: 50k\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        assertThat(Files.readString(other.resolve("out/briefs/brief.md"), StandardCharsets.UTF_8)).contains("""
                | # | Planned order | CD3 order |
                |---:|---|---|
                | 1 | Slow | Fast |
                | 2 | Fast | Slow |
                """).doesNotContain("platform work first");
        Document page = SiteChecks.parse(other.resolve("out/site/sequencing.html"));
        assertThat(page.select(".cards .label").eachText()).containsExactly("Planned order", "CD3 order", "Saving");
        assertThat(page.select("th").eachText()).last().isEqualTo("CD3 #");
    }

    @Test
    void theScalePageSaysLoadIsNotGrowingRatherThanGrowingZeroPercent(@TempDir Path other) throws Exception {
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", plan("Flat"),
                "scale.yaml", "metric: requests\ncapacity: 100\nheadroom: 0.8\ngrowth: 0\nvalues:\n  \"2026-Q3\": 40\n  \"2026-Q4\": 40\n",
                "initiatives/app.yaml", "title: App\nkind: product\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        assertThat(Files.readString(other.resolve("out/site/scale.html"), StandardCharsets.UTF_8))
                .contains("<p class=\"lede\">Requests: 40 now, not growing, against a capacity of 100")
                .contains("With no growth, system load stays below 80% of capacity")
                .doesNotContain("0% a quarter");
    }

    @Test
    void aOneQuarterPlanIsNamedByItsQuarterNotFromItToItself(@TempDir Path other) throws Exception {
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", "organization: One\nstart: 2027-Q1\nhorizon: 1\ncostPerPersonMonth: 10k\ncapacity: 10\n",
                "initiatives/app.yaml", "title: App\nkind: product\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        for (String page : new String[] {"site/index.html", "site/roadmap.html", "briefs/brief.md"}) {
            assertThat(Files.readString(other.resolve("out").resolve(page), StandardCharsets.UTF_8))
                    .as(page).doesNotContain("2027-Q1 to 2027-Q1");
        }
        assertThat(Files.readString(other.resolve("out/site/index.html"), StandardCharsets.UTF_8))
                .contains("Plan 2027-Q1 (1 quarter): 1 initiative planned.");
    }

    @Test
    void aKeyResultWhoseTargetIsItsBaselineSaysTheTargetNotTheWayFromItToItself(@TempDir Path other) throws Exception {
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of(
                "strategy.yaml", plan("Hold"),
                "initiatives/app.yaml", "title: App\nkind: product\nduration: 1\neffort: 2\nvalue: 6\nriskReduction: 2\n"
                        + "keyResults: [keep/uptime]\n",
                "okrs/keep.yaml", "objective: Keep\nquarter: 2027-Q4\nkeyResults:\n  - id: uptime\n    title: Uptime\n"
                        + "    baseline: 30\n    target: 30\n    current: 29\n"));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        assertThat(Files.readString(other.resolve("out/site/okrs/index.html"), StandardCharsets.UTF_8))
                .contains("Uptime <span class=\"muted\">target 30, now 29</span>").doesNotContain("from 30 to 30");
    }

    @Test
    void anEmptyPlanSaysSoWhereTheTableOfInitiativesWouldBe(@TempDir Path other) throws Exception {
        Path strategy = StrategyFolder.write(other.resolve("strategy"), Map.of("strategy.yaml", plan("Empty")));
        StrategyFolder.build(strategy, other.resolve("out"), 1);

        String brief = Files.readString(other.resolve("out/briefs/brief.md"), StandardCharsets.UTF_8);
        assertThat(brief).contains("## Initiatives by NPV\n\nNo initiative is planned yet.\n").doesNotContain("| Initiative |");
        assertThat(Files.readString(other.resolve("out/site/index.html"), StandardCharsets.UTF_8))
                .contains("<p>No initiative is planned yet.</p>").doesNotContain("Planned initiatives by NPV");
    }
}
