package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The sample site's wide tables in headless Chromium. On a phone (375 px) every row of the teams,
 * initiatives, roadmap, sequencing and allocation tables, the executive summary's initiatives by
 * NPV, the platform-as-a-product metrics, the latest starts, each initiative's cash flow and each
 * objective's key results is a
 * card that shows every cell on screen under its column's heading, the tables stay tables for
 * screen readers and can still be sorted. On a tablet (820 px) they are tables that fit their box,
 * all but the initiatives index. On a laptop (1280 px) they are the tables they always were, and
 * the initiatives index shows all its columns without scrolling sideways.
 */
@ExtendWith(BrowserExtension.class)
class WideTablesBrowserTest {

    /**
     * The pages whose wide tables show their rows as cards on a phone; checkout-v2 stands for every
     * initiative's page and expand-globally (late and unfunded key results) for every objective's
     * (one template each), which the phone check reads all of.
     */
    static final List<String> CARD_PAGES = List.of("teams.html", "initiatives/index.html", "roadmap.html",
            "sequencing.html", "allocation.html", "index.html", "signals.html", "scale.html",
            "initiatives/checkout-v2.html", "okrs/expand-globally.html");

    /** Opens every {@code <details>}, so a table folded in one (an initiative's cash flow) is laid out. */
    private static final String OPEN_DETAILS =
            "document.querySelectorAll('details').forEach(function (d) { d.open = true; });";

    /** The boxes around the page's tables that are wider inside than on screen: "N px in a box of M px". */
    private static final String BOXES_THAT_SCROLL = """
            return Array.prototype.filter.call(document.querySelectorAll('main .scroll'), function (box) {
              return box.scrollWidth > box.clientWidth + 1;
            }).map(function (box) { return box.scrollWidth + ' px in a box of ' + box.clientWidth + ' px'; });
            """;

    /**
     * Every shown cell of the page's tables that is not wholly on screen, or (when {@code labelled})
     * that does not show its column's heading above it: "column 'heading' of 'row title': why".
     * The last entry is the number of cells checked.
     */
    private static final String CELLS = OPEN_DETAILS + """
            var labelled = arguments[0];
            var problems = [], checked = 0;
            document.querySelectorAll('main table').forEach(function (table) {
              var headings = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) {
                return th.textContent.trim(); });
              Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
                Array.prototype.forEach.call(row.cells, function (cell, index) {
                  if (getComputedStyle(cell).display === 'none') { return; }
                  checked++;
                  var where = "column '" + headings[index] + "' of '" + row.cells[0].textContent.trim() + "': ";
                  var box = cell.getBoundingClientRect();
                  if (box.left < -1 || box.right > window.innerWidth + 1) {
                    problems.push(where + 'drawn from ' + Math.round(box.left) + ' to ' + Math.round(box.right)
                        + ' px on a ' + window.innerWidth + ' px screen');
                  }
                  var label = getComputedStyle(cell, '::before').content;
                  if (labelled && index > 0 && label.indexOf(headings[index]) < 0) {
                    problems.push(where + 'labelled ' + label);
                  }
                });
              });
            });
            problems.push(checked);
            return problems;
            """;

    private static Path site;

    @BeforeAll
    static void buildSite() {
        site = SampleSite.site();
    }

    @Test
    void atPhoneWidthEveryCellOfAWideTableIsOnScreenUnderItsColumnsHeading(Browser browser) {
        Map<String, List<String>> problems = new TreeMap<>();
        Map<String, Long> checked = new TreeMap<>();
        browser.emulatePhone(true);
        try {
            for (String page : phonePages()) {
                browser.open(url(page));
                List<Object> found = new ArrayList<>(browser.scriptList(CELLS, true));
                checked.put(page, ((Number) found.remove(found.size() - 1)).longValue());
                // A cell can be on screen while its heading, drawn above it, is not.
                browser.scriptList(BOXES_THAT_SCROLL).forEach(box -> found.add("a table box scrolls: " + box));
                if (!found.isEmpty()) {
                    problems.put(page, found.stream().map(String::valueOf).toList());
                }
                assertThat(browser.script("return document.documentElement.scrollWidth")).as("width of %s", page)
                        .isEqualTo(375L);
            }
        } finally {
            browser.emulatePhone(false);
        }

        assertThat(problems).as("cells off a 375 px screen, or without their column's heading").isEmpty();
        // Not vacuous: every page has its table, nearly every cell shown (an empty one is left out);
        // the fewest are the three latest starts of scale.html, 12 cells.
        assertThat(checked).containsKeys(CARD_PAGES.toArray(String[]::new))
                .allSatisfy((page, cells) -> assertThat(cells).as(page).isGreaterThan(10));
    }

    /**
     * The card pages, every initiative's page but the dropped ones, which have no cash flow table,
     * and every objective's page.
     */
    private static List<String> phonePages() {
        List<String> pages = new ArrayList<>(CARD_PAGES);
        SampleSite.pages().stream()
                .filter(page -> (page.startsWith("initiatives/") || page.startsWith("okrs/")) && !pages.contains(page))
                .filter(WideTablesBrowserTest::hasATable).forEach(pages::add);
        return pages;
    }

    /** The trial's case: the teams table hid its key column, Peak utilisation, past the screen's edge. */
    @Test
    void atPhoneWidthEachTeamsPeakUtilisationIsOnScreenWithoutScrollingSideways(Browser browser) {
        browser.emulatePhone(true);
        try {
            browser.open(url("teams.html"));
            @SuppressWarnings("unchecked")
            Map<String, Object> peak = (Map<String, Object>) browser.script("""
                    var table = document.querySelector('main table');
                    var index = Array.prototype.findIndex.call(table.tHead.rows[0].cells, function (th) {
                      return th.textContent.trim() === 'Peak utilisation'; });
                    var cell = table.tBodies[0].rows[0].cells[index];
                    var box = cell.getBoundingClientRect();
                    return { text: cell.textContent.trim(), left: box.left, right: box.right, width: box.width,
                             label: getComputedStyle(cell, '::before').content,
                             scrollsSideways: table.closest('.scroll').scrollWidth > table.closest('.scroll').clientWidth };
                    """);
            assertThat((String) peak.get("text")).matches("\\d+%");
            assertThat(((Number) peak.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) peak.get("right")).doubleValue()).isLessThanOrEqualTo(375);
            assertThat(((Number) peak.get("width")).doubleValue()).isPositive();
            assertThat((String) peak.get("label")).contains("Peak utilisation");
            assertThat(peak.get("scrollsSideways")).isEqualTo(false);
        } finally {
            browser.emulatePhone(false);
        }
    }

    /**
     * A card is drawn from a row whose display is no longer a table's: the table, its rows, headings
     * and cells are still what a screen reader is told, and a cell's name is its value alone (the
     * heading drawn above it is the column header's job, not read twice).
     */
    @Test
    void atPhoneWidthTheCardsAreStillATableToAScreenReader(Browser browser) {
        browser.emulatePhone(true);
        try {
            browser.open(url("teams.html"));
            Map<String, Long> expected = Map.of(
                    "table", count(browser, "main table"), "row", count(browser, "main table tr"),
                    "columnheader", count(browser, "main table th"), "cell", count(browser, "main table td"));
            assertThat(browser.script("return getComputedStyle(document.querySelector('main table tbody tr')).display"))
                    .as("the rows are laid out as cards").isEqualTo("grid");

            Map<String, Long> roles = new TreeMap<>();
            List<String> cellNames = new ArrayList<>();
            for (Map<String, Object> node : PageCheck.accessibilityTree(browser)) {
                String role = PageCheck.axValue(node, "role");
                if (expected.containsKey(role)) {
                    roles.merge(role, 1L, Long::sum);
                }
                if ("cell".equals(role)) {
                    cellNames.add(PageCheck.axValue(node, "name"));
                }
            }
            assertThat(roles).isEqualTo(expected);
            assertThat(cellNames).as("cell names").contains("platform", "13")
                    .noneMatch(name -> name.startsWith("Type") || name.startsWith("People") || name.startsWith("Peak"));
        } finally {
            browser.emulatePhone(false);
        }
    }

    @Test
    void atPhoneWidthTheCardsCanStillBeSortedByTheirHeadings(Browser browser) {
        browser.emulatePhone(true);
        try {
            browser.open(url("teams.html"));
            var heading = browser.driver().findElement(By.xpath("//main//table[1]//th[normalize-space()='People']"));
            assertThat(heading.isDisplayed()).as("the heading is shown above the cards").isTrue();
            heading.click();
            heading.click();
            List<Integer> people = browser.scriptList("return Array.prototype.map.call(document.querySelector("
                            + "'main table').tBodies[0].rows, function (row) { return row.cells[2].textContent.trim(); });")
                    .stream().map(value -> Integer.parseInt(String.valueOf(value))).toList();
            assertThat(people).as("people, largest team first").hasSizeGreaterThan(3)
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        } finally {
            browser.emulatePhone(false);
        }
    }

    /** On a laptop the tables are the tables they were: a heading row, no card, no label over a cell. */
    @Test
    void atDesktopWidthTheWideTablesAreTables(Browser browser) {
        for (String page : CARD_PAGES) {
            browser.open(url(page));
            assertThat(browser.script(OPEN_DETAILS + " var t = document.querySelector('main table');"
                    + " return [getComputedStyle(t).display,"
                    + " getComputedStyle(t.tBodies[0].rows[0]).display, getComputedStyle(t.tBodies[0].rows[0].cells[1]).display,"
                    + " getComputedStyle(t.tBodies[0].rows[0].cells[1], '::before').content,"
                    + " t.tHead.getBoundingClientRect().height > 10].join(' ')"))
                    .as(page).isEqualTo("table table-row table-cell none true");
        }
    }

    /**
     * A tablet (820 px) is too wide for cards: the tables are tables, and their headings wrap between
     * words so that every table but the initiatives index (fourteen columns, which may scroll) fits
     * its box. The summary's and the sequencing table's "Cost of delay / quarter", a figure's heading
     * kept on one line, pushed their last columns out of the box, cut mid-word.
     */
    @Test
    void atTabletWidthOnlyTheInitiativesIndexScrollsSideways(Browser browser) {
        Map<String, List<Object>> scrolling = new TreeMap<>();
        browser.emulateTablet(true);
        try {
            for (String page : CARD_PAGES) {
                browser.open(url(page));
                assertThat(browser.script("return window.innerWidth")).isEqualTo(820L);
                List<Object> boxes = browser.scriptList(OPEN_DETAILS + BOXES_THAT_SCROLL);
                if (!boxes.isEmpty()) {
                    scrolling.put(page, boxes);
                }
            }
        } finally {
            browser.emulateTablet(false);
        }

        assertThat(scrolling).as("table boxes that scroll sideways at 820 px").containsOnlyKeys("initiatives/index.html");
    }

    /** The trial's case: at 1280 px the index needed sideways scrolling for Key results and Addresses. */
    @Test
    void atDesktopWidthTheInitiativesIndexShowsEveryColumnWithoutScrollingSideways(Browser browser) {
        browser.open(url("initiatives/index.html"));
        @SuppressWarnings("unchecked")
        Map<String, Object> fit = (Map<String, Object>) browser.script("""
                var box = document.querySelector('main .scroll');
                var headings = document.querySelectorAll('main table thead th');
                var last = headings[headings.length - 1];
                return { window: window.innerWidth, page: document.documentElement.scrollWidth,
                         box: box.clientWidth, table: box.scrollWidth, last: last.textContent.trim(),
                         lastRight: last.getBoundingClientRect().right, hint: getComputedStyle(box, '::before').content };
                """);
        assertThat(fit.get("window")).isEqualTo((long) Browser.DESKTOP_WIDTH);
        assertThat(fit.get("last")).isEqualTo("Addresses");
        assertThat(((Number) fit.get("page")).intValue()).as("the page's width").isLessThanOrEqualTo(Browser.DESKTOP_WIDTH);
        assertThat(((Number) fit.get("table")).intValue()).as("the table's width in its box of %s px", fit.get("box"))
                .isLessThanOrEqualTo(((Number) fit.get("box")).intValue() + 1);
        assertThat(((Number) fit.get("lastRight")).doubleValue()).as("right edge of the last column")
                .isLessThanOrEqualTo(Browser.DESKTOP_WIDTH);
        assertThat(fit.get("hint")).as("no hint that it scrolls").isEqualTo("none");
    }

    /**
     * A table box wider inside than on screen on a phone (none of the sample's: its tables are cards
     * or fit) says so above it, one that fits does not.
     */
    @Test
    void atPhoneWidthATableBoxSaysItScrollsExactlyWhenItDoes(Browser browser) {
        Map<String, String> wrong = new TreeMap<>();
        int scrolling = 0;
        browser.emulatePhone(true);
        try {
            for (String page : SampleSite.pages()) {
                browser.open(url(page));
                List<Object> boxes = browser.scriptList("return Array.prototype.map.call(document.querySelectorAll("
                        + "'.scroll'), function (box) { return [box.scrollWidth > box.clientWidth + 1,"
                        + " getComputedStyle(box, '::before').content]; });");
                for (int i = 0; i < boxes.size(); i++) {
                    List<?> box = (List<?>) boxes.get(i);
                    boolean scrolls = Boolean.TRUE.equals(box.get(0));
                    String hint = String.valueOf(box.get(1));
                    scrolling += scrolls ? 1 : 0;
                    if (scrolls != hint.contains("Scroll sideways for more columns")) {
                        wrong.put(page + " #" + i, (scrolls ? "scrolls" : "fits") + ", hint: " + hint);
                    }
                }
            }
            // Every table of the sample fits a phone, as cards or as it is: widen one past the screen
            // (a user's long unbroken word would) so that the hint is seen to come too.
            browser.open(url("index.html"));
            String widened = String.valueOf(browser.script("var box = document.querySelector('.scroll');"
                    + " box.querySelector('table').style.minWidth = '200vw';"
                    + " window.dispatchEvent(new Event('resize'));"
                    + " return getComputedStyle(box, '::before').content;"));
            assertThat(widened).contains("Scroll sideways for more columns");
        } finally {
            browser.emulatePhone(false);
        }

        assertThat(wrong).isEmpty();
        assertThat(scrolling).as("no table of the sample scrolls on a phone: each is cards or fits").isZero();
    }

    private static boolean hasATable(String page) {
        try {
            return !Jsoup.parse(site.resolve(page).toFile(), "UTF-8").select("main table").isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(Browser browser, String selector) {
        return ((Number) browser.script("return document.querySelectorAll(arguments[0]).length", selector)).longValue();
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }
}
