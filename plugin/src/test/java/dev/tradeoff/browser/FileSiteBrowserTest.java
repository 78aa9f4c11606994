package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The sample site opened straight from disk ({@code file://}) in headless Chromium: every page
 * loads without a console error (a Content-Security-Policy violation is one), draws every image and
 * chart, links only to files that exist, can be used with the keyboard, fits a phone's width and
 * has a print stylesheet. Screenshots of the main pages go to {@code target/screenshots/}.
 */
@ExtendWith(BrowserExtension.class)
class FileSiteBrowserTest {

    private static Path site;

    @BeforeAll
    static void buildSite() {
        site = SampleSite.site();
    }

    @Test
    void everyPageLoadsWithoutConsoleErrorsAndDrawsEveryImage(Browser browser) {
        Map<String, List<String>> problems = new TreeMap<>();
        List<String> pages = SampleSite.pages();
        for (String page : pages) {
            browser.clearConsole();
            browser.open(url(page));
            List<String> found = new ArrayList<>();
            browser.consoleErrors().forEach(error -> found.add("console error: " + error));
            found.addAll(PageCheck.imageProblems(browser));
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
        }

        assertThat(pages).hasSizeGreaterThan(SampleSite.MAIN_PAGES.size()).containsAll(SampleSite.MAIN_PAGES);
        assertThat(problems).as("pages with console errors or images that do not show").isEmpty();
    }

    /** The checks above would pass vacuously if the console or the image check saw nothing: they do see. */
    @Test
    void theChecksSeeAContentSecurityPolicyViolationAndAMissingImage(@TempDir Path temp, Browser browser)
            throws IOException {
        String csp = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8")
                .selectFirst("meta[http-equiv=Content-Security-Policy]").outerHtml();
        Path page = temp.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><head>" + csp + "<title>x</title></head><body>"
                + "<script>document.title = 'inline';</script><img src=\"missing.svg\" alt=\"missing\"></body></html>");

        browser.clearConsole();
        browser.open(page.toUri().toString());

        assertThat(browser.consoleErrors()).anySatisfy(error -> assertThat(error).contains("Content Security Policy"));
        assertThat(PageCheck.imageProblems(browser)).singleElement().asString().startsWith("image did not load");
    }

    @Test
    void everySameSiteLinkLeadsToAFileOfTheSite(Browser browser) {
        Map<String, Set<String>> broken = new TreeMap<>();
        Map<Path, Document> parsed = new HashMap<>();
        for (String page : SampleSite.pages()) {
            browser.open(url(page));
            for (PageCheck.Reference reference : PageCheck.references(browser)) {
                if (!reference.url().startsWith("file:")) {
                    assertThat(reference.url()).as("%s on %s", reference.written(), page).startsWith("http");
                    continue;
                }
                if (!resolves(reference.url(), parsed)) {
                    broken.computeIfAbsent(page, p -> new LinkedHashSet<>())
                            .add("<" + reference.tag() + "> " + reference.written() + " → " + reference.url());
                }
            }
        }

        assertThat(broken).as("same-site references to files or #fragments that do not exist").isEmpty();
    }

    @Test
    void keyboardReachesTheSkipLinkAndTheNavigationAndEnterFollowsALink(Browser browser) {
        browser.open(url("index.html"));
        List<String> navigation = browser.scriptList("return Array.prototype.map.call("
                + "document.querySelectorAll('header nav a'), function (a) { return a.getAttribute('href'); });")
                .stream().map(String::valueOf).toList();
        assertThat(navigation).contains("matrix.html", "initiatives/index.html", "okrs/index.html");

        tab(browser);
        assertThat(browser.script("return document.activeElement.className")).as("first Tab stop").isEqualTo("skip");
        assertThat(((Number) browser.script("return document.activeElement.getBoundingClientRect().left")).doubleValue())
                .as("the focused skip link is on screen").isGreaterThanOrEqualTo(0);

        List<String> reached = new ArrayList<>();
        for (int i = 0; i < navigation.size() + 3; i++) {
            tab(browser);
            reached.add(String.valueOf(browser.script("return document.activeElement.getAttribute('href')")));
        }
        assertThat(reached).as("links reached with Tab").containsAll(navigation);

        browser.open(url("index.html"));
        for (int i = 0; i < 30 && !"matrix.html".equals(browser.script(
                "return document.activeElement.getAttribute('href')")); i++) {
            tab(browser);
        }
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitForUrlEnding(browser, "/matrix.html");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/matrix.html");
        assertThat(browser.script("return document.querySelector('header nav a[aria-current=page]').getAttribute('href')"))
                .isEqualTo("matrix.html");

        browser.open(url("index.html"));
        tab(browser);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return location.hash")).as("the skip link jumps to the content").isEqualTo("#main");
    }

    @Test
    void sortingOrdersQuartersByCalendarAndMoneyByAmountWithDashesLast(Browser browser) throws IOException {
        // What each row shows is checked against portfolio.json, by the initiative its link names.
        var portfolio = new com.fasterxml.jackson.databind.ObjectMapper().readTree(site.resolve("data/portfolio.json").toFile());
        Map<String, com.fasterxml.jackson.databind.JsonNode> byPage = new HashMap<>();
        portfolio.get("initiatives").forEach(i -> byPage.put("initiatives/" + i.get("id").asText() + ".html", i));
        browser.open(url("index.html"));

        List<com.fasterxml.jackson.databind.JsonNode> byPayback = sortedRows(browser, byPage, "Payback");
        List<Integer> quarters = byPayback.stream().filter(i -> !i.get("paybackQuarter").isNull())
                .map(i -> quarterNumber(i.get("paybackQuarter").asText())).toList();
        assertThat(quarters).as("payback quarters, ascending").hasSizeGreaterThan(3).isSorted();
        assertThat(quarters.get(0)).isLessThan(quarters.get(quarters.size() - 1));
        // Needing no payback is best, none within the plan worst: words first and last, quarters between.
        List<String> shown = columnTexts(browser, "Payback");
        int firstQuarter = shown.indexOf(byPayback.stream().filter(i -> !i.get("paybackQuarter").isNull())
                .findFirst().orElseThrow().get("paybackQuarter").asText());
        assertThat(shown.subList(0, firstQuarter)).as("before the quarters").isNotEmpty().containsOnly("not needed");
        assertThat(shown.subList(firstQuarter + quarters.size(), shown.size())).as("after the quarters")
                .allMatch(text -> text.equals("beyond the plan") || text.equals("never") || text.equals("—"));

        List<Double> npvs = sortedRows(browser, byPage, "NPV").stream().map(i -> i.get("npv").asDouble()).toList();
        assertThat(npvs).as("NPVs ascending, whatever their unit ($450k, $1.2M)").hasSizeGreaterThan(3).isSorted();
        assertThat(npvs.get(0)).isNegative();
    }

    /** Clicks the header named {@code column} of the first sortable table; its rows' initiatives, in order. */
    private static List<com.fasterxml.jackson.databind.JsonNode> sortedRows(Browser browser,
            Map<String, com.fasterxml.jackson.databind.JsonNode> byPage, String column) {
        browser.script("var name = arguments[0]; Array.prototype.find.call(document.querySelectorAll("
                + "'table.sortable th'), function (th) { return th.textContent.trim() === name; }).click();", column);
        return browser.scriptList("return Array.prototype.map.call(document.querySelectorAll("
                        + "'table.sortable tbody tr td:first-child a'), function (a) { return a.getAttribute('href'); });")
                .stream().map(href -> byPage.get(String.valueOf(href))).toList();
    }

    /** What the first sortable table's column named {@code column} shows, row by row. */
    private static List<String> columnTexts(Browser browser, String column) {
        return browser.scriptList("var name = arguments[0]; var table = document.querySelector('table.sortable');"
                        + " var index = Array.prototype.findIndex.call(table.tHead.rows[0].cells,"
                        + " function (th) { return th.textContent.trim() === name; });"
                        + " return Array.prototype.map.call(table.tBodies[0].rows,"
                        + " function (row) { return row.cells[index].textContent.trim(); });", column)
                .stream().map(String::valueOf).toList();
    }

    private static int quarterNumber(String quarter) {
        return Integer.parseInt(quarter.substring(0, 4)) * 4 + quarter.charAt(6) - '0';
    }

    @Test
    void atPhoneWidthQuartersAndAmountsAreNeverSplitAcrossLines(Browser browser) {
        browser.emulatePhone(true);
        try {
            for (String page : List.of("initiatives/index.html", "matrix.html", "roadmap.html", "sequencing.html")) {
                browser.open(url(page));
                Object split = browser.script("var all = document.querySelectorAll('.nowrap');"
                        + " if (all.length === 0) { return 'no .nowrap element'; }"
                        + " return Array.prototype.filter.call(all, function (e) {"
                        + "   var r = document.createRange(); r.selectNodeContents(e);"
                        + "   var tops = {}; Array.prototype.forEach.call(r.getClientRects(), function (x) { tops[Math.round(x.top)] = 1; });"
                        + "   return Object.keys(tops).length > 1; }).map(function (e) { return e.textContent; }).join(' | ');");
                assertThat(split).as("text split across lines on %s", page).isEqualTo("");
            }
        } finally {
            browser.emulatePhone(false);
        }
    }

    @Test
    void atPhoneWidthNoPageIsWiderThanTheScreen(Browser browser) {
        Map<String, String> tooWide = new TreeMap<>();
        browser.emulatePhone(true);
        try {
            for (String page : SampleSite.pages()) {
                browser.open(url(page));
                Object overflow = browser.script("""
                        var doc = document.documentElement;
                        if (doc.scrollWidth <= window.innerWidth + 1) { return null; }
                        var widest = null;
                        document.querySelectorAll('body *').forEach(function (e) {
                          var r = e.getBoundingClientRect();
                          if (r.right > window.innerWidth + 1 && !e.closest('.scroll')
                              && (!widest || r.right > widest.getBoundingClientRect().right)) { widest = e; }
                        });
                        return doc.scrollWidth + 'px wide at ' + window.innerWidth + 'px; widest: '
                            + (widest ? widest.outerHTML.substring(0, 160) : 'unknown');
                        """);
                if (overflow != null) {
                    tooWide.put(page, String.valueOf(overflow));
                }
            }
        } finally {
            browser.emulatePhone(false);
        }

        assertThat(tooWide).as("pages that scroll sideways on a 375 px phone").isEmpty();
    }

    /** How far the first chart's box is scrolled, from 0 (its start) to 1 (its end). */
    private static final String OPENED_AT = "var f = document.querySelector('figure.chart');"
            + " return f.scrollLeft / (f.scrollWidth - f.clientWidth);";

    private String firstObjectivePage() throws IOException {
        try (java.util.stream.Stream<Path> pages = Files.list(site.resolve("okrs"))) {
            return pages.map(p -> p.getFileName().toString()).filter(name -> !name.equals("index.html")).sorted()
                    .findFirst().orElseThrow();
        }
    }

    /** The mask that fades the phone's row of sections at its end ("none" when it does not fade). */
    private static final String SECTIONS_MASK = "var s = getComputedStyle(document.querySelector('.bar nav ul'));"
            + " return s.maskImage || s.webkitMaskImage;";

    /** What the first chart's figure shows above its image: its ::before content. */
    private static final String SCROLL_HINT = "return getComputedStyle(document.querySelector('figure.chart'),"
            + " '::before').content";

    @Test
    void atPhoneWidthAChartKeepsLegibleTextAndScrollsSideways(Browser browser) throws IOException {
        browser.emulatePhone(true);
        try {
            browser.open(url("matrix.html"));
            // The matrix is 720 units wide with 11–12 px text: at 576 px its text is still 9 px or more.
            assertThat(((Number) browser.script("return document.querySelector('figure.chart img')"
                    + ".getBoundingClientRect().width")).doubleValue()).isGreaterThanOrEqualTo(576);
            assertThat((Boolean) browser.script("var f = document.querySelector('figure.chart');"
                    + " return f.scrollWidth > f.clientWidth;")).as("the chart scrolls inside its figure").isTrue();
            assertThat(((Number) browser.script("return document.querySelector('figure.chart').tabIndex")).intValue())
                    .as("a chart that scrolls takes the keyboard's focus, so its arrow keys scroll it").isZero();
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("the page itself is no wider than the screen").isLessThanOrEqualTo(375);
            assertThat((String) browser.script(SCROLL_HINT)).as("phones hide scroll bars: the page says it scrolls")
                    .contains("Scroll sideways to see the whole chart");
            // Each chart opens where its point is: the matrix in the middle, the load projection and
            // the delay-cost orders at their ends (the breach, the totals).
            assertThat(((Number) browser.script(OPENED_AT)).doubleValue()).as("matrix").isCloseTo(0.5, within(0.01));
            browser.open(url("scale.html"));
            assertThat(((Number) browser.script(OPENED_AT)).doubleValue()).as("scale").isEqualTo(1.0);
            browser.open(url("sequencing.html"));
            assertThat(((Number) browser.script(OPENED_AT)).doubleValue()).as("delay cost").isEqualTo(1.0);
            // An objective's key results are cards: their progress and flags are not off-screen.
            browser.open(url("okrs/" + firstObjectivePage()));
            assertThat(browser.script("return getComputedStyle(document.querySelector('table.card-rows td')).display"))
                    .isEqualTo("block");
            // The sections are one row that scrolls sideways, with the current one in view.
            browser.open(url("teams.html"));
            assertThat(((Number) browser.script("return document.querySelector('.bar').getBoundingClientRect().height"))
                    .doubleValue()).as("the header's height").isLessThan(100);
            assertThat((Boolean) browser.script("var a = document.querySelector('.bar nav a[aria-current]').getBoundingClientRect();"
                    + " return a.left >= 0 && a.right <= window.innerWidth;")).as("the current section is in view").isTrue();
            // The row fades at its end while more sections lie beyond it, and not once scrolled to the end.
            browser.open(url("index.html"));
            assertThat((String) browser.script(SECTIONS_MASK)).as("more sections to the right").contains("gradient");
            browser.script("var u = document.querySelector('.bar nav ul'); u.scrollLeft = u.scrollWidth;"
                    + " u.dispatchEvent(new Event('scroll'));");
            assertThat((String) browser.script(SECTIONS_MASK)).as("scrolled to the end").isEqualTo("none");
        } finally {
            browser.emulatePhone(false);
        }
        browser.open(url("matrix.html"));
        assertThat((String) browser.script(SCROLL_HINT)).as("no hint where the chart fits").isEqualTo("none");
        assertThat(browser.script("return document.querySelector('figure.chart').hasAttribute('tabindex')"))
                .as("a chart that fits is no Tab stop").isEqualTo(false);
        // A table wider than a phone says so too: WideTablesBrowserTest.atPhoneWidthATableBoxSaysItScrollsExactlyWhenItDoes.
    }

    /**
     * The labels on a chart's left axis end in one straight line at the plot, in the browser's own
     * sans-serif, though JFreeChart placed them by their widths in Java's font (they were ragged by
     * up to 15 px). Within a pixel: a chart writes its numbers rounded. Each chart is opened by itself
     * so that its text can be measured.
     */
    @Test
    void labelsOnALeftAxisEndInAStraightLine(Browser browser) {
        Map<String, Integer> leastLabels = Map.of("charts/roadmap.svg", 19, "charts/okrs.svg", 4,
                "charts/team-load.svg", 3, "charts/cashflow-checkout-v2.svg", 5);
        for (Map.Entry<String, Integer> chart : new TreeMap<>(leastLabels).entrySet()) {
            browser.open(url(chart.getKey()));
            @SuppressWarnings("unchecked")
            // The axis's labels are the largest group anchored at its end; a marker's label is one alone.
            List<Number> ends = (List<Number>) browser.script("var groups = Array.from("
                    + "document.querySelectorAll('g[text-anchor=end]')).sort((a, b) =>"
                    + " b.querySelectorAll('text').length - a.querySelectorAll('text').length);"
                    + " return Array.from(groups[0].querySelectorAll('text')).map(t => { var b = t.getBBox();"
                    + " return b.x + b.width; })");
            assertThat(ends).as(chart.getKey()).hasSizeGreaterThanOrEqualTo(chart.getValue());
            double first = ends.get(0).doubleValue();
            assertThat(ends).as(chart.getKey() + ": " + ends)
                    .allSatisfy(end -> assertThat(end.doubleValue()).isCloseTo(first, within(1.0)));
        }
    }

    /**
     * The value/risk matrix places each label against its bubble by Java's measure of it: a label
     * left of its bubble must end there, one above or below be centred on it. In Chromium's own font
     * they were up to 14 px short of their bubble, beside another one; now the edge facing the bubble
     * is where the placer put it.
     */
    @Test
    void theMatrixsLabelsMeetTheirBubblesOnTheSideThatFacesThem(Browser browser) {
        browser.open(url("charts/matrix.svg"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> labels = (List<Map<String, Object>>) browser.script("return Array.from("
                + "document.querySelectorAll('g[text-anchor] text')).map(t => { var b = t.getBBox();"
                + " return { anchor: t.closest('g[text-anchor]').getAttribute('text-anchor'),"
                + " x: t.x.baseVal[0].value, left: b.x, right: b.x + b.width }; })");

        assertThat(labels).extracting(label -> label.get("anchor")).contains("end", "middle");
        for (Map<String, Object> label : labels) {
            double x = ((Number) label.get("x")).doubleValue();
            double left = ((Number) label.get("left")).doubleValue();
            double right = ((Number) label.get("right")).doubleValue();
            double edge = switch ((String) label.get("anchor")) {
                case "end" -> right;
                case "middle" -> (left + right) / 2;
                default -> left;
            };
            assertThat(edge).as(label.toString()).isCloseTo(x, within(1.0));
        }
    }

    /**
     * A finding's dot says its severity only in colour; the word beside it is not drawn (one pixel,
     * clipped) but a screen reader is told it, before the sentence.
     */
    @Test
    void aFindingsSeverityIsReadOutThoughOnlyItsDotIsSeen(Browser browser) {
        browser.open(url("scale.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> word = (Map<String, Object>) browser.script("""
                var span = document.querySelector('ul.findings li.finding.critical > .visually-hidden');
                var box = span.getBoundingClientRect();
                return { text: span.textContent, first: span === span.parentElement.firstChild,
                         width: box.width, height: box.height };
                """);
        assertThat(word.get("text")).isEqualTo("Critical: ");
        assertThat(word.get("first")).as("said before the sentence").isEqualTo(true);
        assertThat(((Number) word.get("width")).doubleValue()).isLessThanOrEqualTo(1);
        assertThat(((Number) word.get("height")).doubleValue()).isLessThanOrEqualTo(1);
        assertThat(PageCheck.accessibilityTree(browser)).extracting(node -> PageCheck.axValue(node, "name"))
                .as("names in the accessibility tree").anyMatch(name -> name.trim().equals("Critical:"));
    }

    /** By shape as well as colour: colour-blind readers and Windows' high-contrast mode see the severity too. */
    @Test
    void eachSeverityHasAMarkOfItsOwnShape(Browser browser) {
        browser.open(url("index.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> marks = (Map<String, Object>) browser.script("""
                var marks = {};
                ['good', 'warning', 'critical'].forEach(function (severity) {
                  var item = document.querySelector('ul.findings li.finding.' + severity);
                  marks[severity] = item ? getComputedStyle(item, '::before').content : null;
                });
                return marks;
                """);
        assertThat(marks.values()).as("the sample's verdict has every severity").doesNotContainNull();
        assertThat(marks.get("good").toString()).startsWith("\"\u2713\"");
        assertThat(marks.get("warning").toString()).startsWith("\"!\"");
        assertThat(marks.get("critical").toString()).startsWith("\"\u2715\"");
        assertThat(browser.script("return getComputedStyle(document.querySelector('.recommendations .finding'),"
                + " '::before').content")).as("a recommendation says its severity in a word, with no mark").isEqualTo("none");
    }

    @Test
    void aSortableTablesHeadingsAreButtonsThatEnterPresses(Browser browser) {
        browser.open(url("index.html"));
        assertThat(browser.script("var t = document.querySelector('table.sortable');"
                + " return t.querySelectorAll('thead th').length === t.querySelectorAll('thead th > button').length;"))
                .isEqualTo(true);
        browser.script("Array.prototype.find.call(document.querySelectorAll('table.sortable th button'),"
                + " function (b) { return b.textContent.trim() === 'NPV'; }).focus();");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertThat(browser.script("return document.activeElement.parentElement.getAttribute('aria-sort')"))
                .isEqualTo("ascending");
        assertThat(PageCheck.accessibilityTree(browser))
                .filteredOn(node -> "button".equals(PageCheck.axValue(node, "role")))
                .extracting(node -> PageCheck.axValue(node, "name"))
                .as("the arrow is drawn, not read").contains("NPV").noneMatch(name -> name.contains("\u25B2"));
        assertThat(browser.script("return getComputedStyle(document.querySelector('.sort-hint') || document.body).display"))
                .isNotEqualTo("none");
    }

    @Test
    void printingOpensTheCashFlowTableAndLeavesOutTheHints(Browser browser) throws IOException {
        browser.open(url("initiatives/checkout-v2.html"));
        browser.script("window.dispatchEvent(new Event('beforeprint'))");
        assertThat(browser.script("return document.querySelector('details').open")).isEqualTo(true);
        browser.script("window.dispatchEvent(new Event('afterprint'))");
        assertThat(browser.script("return document.querySelector('details').open")).as("closed again").isEqualTo(false);

        browser.open(url("initiatives/index.html"));
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.script("return getComputedStyle(document.querySelector('.sort-hint')).display"))
                    .isEqualTo("none");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.scroll')).overflowX"))
                    .isEqualTo("visible");
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void printingHidesTheNavigation(Browser browser) throws IOException {
        String css = Files.readString(site.resolve("assets/tradeoff.css"));
        assertThat(css).containsPattern("@media print\\s*\\{[^@]*\\.bar nav[^{}]*\\{[^}]*display:\\s*none");

        browser.open(url("index.html"));
        assertThat(browser.script("return getComputedStyle(document.querySelector('header nav')).display"))
                .isNotEqualTo("none");
        browser.cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.script("return matchMedia('print').matches")).isEqualTo(true);
            assertThat(browser.script("return getComputedStyle(document.querySelector('header nav')).display"))
                    .isEqualTo("none");
            assertThat(browser.script("return getComputedStyle(document.querySelector('.skip')).display"))
                    .isEqualTo("none");
        } finally {
            browser.cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    @Test
    void screenshotsOfTheMainPages(Browser browser) throws IOException {
        Path folder = SampleSite.screenshots();
        for (String page : SampleSite.MAIN_PAGES) {
            String name = page.replace(".html", "").replace('/', '-');
            browser.open(url(page));
            Files.write(folder.resolve(name + ".png"), browser.fullPageScreenshot());
            browser.emulatePhone(true);
            try {
                browser.open(url(page));
                Files.write(folder.resolve(name + "-phone.png"), browser.fullPageScreenshot());
            } finally {
                browser.emulatePhone(false);
            }
        }

        for (String page : SampleSite.MAIN_PAGES) {
            String name = page.replace(".html", "").replace('/', '-');
            assertThat(folder.resolve(name + ".png")).isNotEmptyFile();
            assertThat(Files.readAllBytes(folder.resolve(name + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        }
    }

    private static void tab(Browser browser) {
        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    }

    private static void waitForUrlEnding(Browser browser, String end) {
        for (int i = 0; i < 100 && !browser.driver().getCurrentUrl().endsWith(end); i++) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }

    /** Whether a {@code file:} URL names a file inside the site, and its {@code #fragment} an element of it. */
    private static boolean resolves(String url, Map<Path, Document> parsed) {
        URI uri = URI.create(url);
        Path file = Path.of(URI.create(uri.getScheme() + "://" + (uri.getRawAuthority() == null ? "" : uri.getRawAuthority())
                + uri.getRawPath()));
        if (!file.normalize().startsWith(site) || !Files.isRegularFile(file)) {
            return false;
        }
        String fragment = uri.getRawFragment();
        if (fragment == null || fragment.isEmpty() || !file.toString().endsWith(".html")) {
            return true;
        }
        Document document = parsed.computeIfAbsent(file, FileSiteBrowserTest::parse);
        return document.getElementById(URLDecoder.decode(fragment, StandardCharsets.UTF_8)) != null;
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
