package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.diff.DiffPipeline;
import dev.tradeoff.diff.DiffRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;

/**
 * The diff page ({@code diff/diff.html}, no script) of a change to the sample strategy that fills
 * every section, in headless Chromium. On a phone (375 px) the summary fits the screen with every
 * figure on it, and each table either fits its box or scrolls inside it and says so with CSS alone:
 * a line above it and a shadow at the edge where more columns are. On a laptop every table fits.
 */
@ExtendWith(BrowserExtension.class)
class DiffPageBrowserTest {

    /** Each table's box: whether it scrolls, and whether its "Scroll sideways" line is shown. */
    private static final String BOXES = """
            return Array.prototype.map.call(document.querySelectorAll('.scroll'), function (box) {
              var hint = getComputedStyle(box, '::before');
              var table = box.querySelector('table');
              var heading = box.closest('section, article').querySelector('h2, h3').textContent.trim();
              return { heading: heading, scrolls: box.scrollWidth > box.clientWidth,
                       hint: hint.visibility === 'visible' && hint.content.indexOf('Scroll sideways') >= 0
                             && table.getBoundingClientRect().top - box.getBoundingClientRect().top > 8 };
            });
            """;

    @TempDir
    static Path temp;

    private static Path page;

    @BeforeAll
    static void compare() throws Exception {
        Path sample = Path.of("").toAbsolutePath().getParent().resolve("sample-site/src/strategy");
        Path head = temp.resolve("head");
        copy(sample, head);
        // Checkout v2 starts two quarters later and costs more; Double-entry ledger v2 is proposed to
        // start before the plan (work counted as spent); chargeback automation goes; a new
        // initiative with a long title and id comes.
        edit(head.resolve("initiatives/checkout-v2.yaml"), "start: 2027-Q2", "start: 2027-Q4", "effort: 60", "effort: 90");
        edit(head.resolve("initiatives/ledger-v2.yaml"), "start: 2028-Q2", "start: 2026-Q3");
        Files.delete(head.resolve("initiatives/dispute-automation.yaml"));
        Files.writeString(head.resolve("initiatives/merchant-onboarding-and-risk-reviews.yaml"), """
                title: Merchant onboarding with automated risk reviews for every new market
                kind: product
                status: proposed
                start: 2027-Q3
                duration: 2
                effort: 40
                benefits:
                  - type: revenue
                    amount: 300k
                value: 5
                riskReduction: 3
                """);
        DiffPipeline.run(DiffRequest.of(head, null, sample, temp.resolve("out"), null));
        page = temp.resolve("out/diff/diff.html");
    }

    @Test
    void theChangeFillsTheSectionsWithTables(Browser browser) {
        browser.open(page.toUri().toString());
        assertThat(browser.scriptList("return Array.prototype.map.call(document.querySelectorAll('section h2'),"
                + " function (h) { return h.id; });")).contains("summary", "shifts", "unstarted-work", "band", "moves",
                "added", "removed", "changed", "allocation");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The trial's case: the summary's After column was cut and its Change column off the screen. */
    @Test
    void atPhoneWidthTheSummaryFitsWithEveryFigureOnScreen(Browser browser) {
        browser.emulatePhone(true);
        try {
            browser.open(page.toUri().toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> summary = (Map<String, Object>) browser.script("""
                    var box = document.querySelector('#summary').parentElement.querySelector('.scroll');
                    var offScreen = [];
                    box.querySelectorAll('th, td').forEach(function (cell) {
                      var r = cell.getBoundingClientRect();
                      if (r.width > 2 && (r.left < -1 || r.right > window.innerWidth + 1)) {
                        offScreen.push(cell.textContent.trim() + ' at ' + Math.round(r.left) + '–' + Math.round(r.right));
                      }
                    });
                    var change = box.querySelector('tbody tr').cells[3].getBoundingClientRect();
                    return { page: document.documentElement.scrollWidth, box: box.clientWidth, table: box.scrollWidth,
                             offScreen: offScreen, changeRight: change.right, changeWidth: change.width,
                             rows: box.querySelectorAll('tbody tr').length };
                    """);
            assertThat(((Number) summary.get("page")).intValue()).as("the page's width").isLessThanOrEqualTo(375);
            assertThat(((Number) summary.get("table")).intValue()).as("the summary's width in its box of %s px",
                    summary.get("box")).isLessThanOrEqualTo(((Number) summary.get("box")).intValue() + 1);
            assertThat((List<?>) summary.get("offScreen")).as("cells not wholly on screen").isEmpty();
            assertThat(((Number) summary.get("changeWidth")).doubleValue()).as("the first change's width").isPositive();
            assertThat(((Number) summary.get("changeRight")).doubleValue()).isLessThanOrEqualTo(375);
            assertThat(((Number) summary.get("rows")).intValue()).isGreaterThan(5);
        } finally {
            browser.emulatePhone(false);
        }
    }

    @Test
    void atPhoneWidthEveryTableFitsOrScrollsInItsBoxAndSaysSo(Browser browser) {
        List<Map<String, Object>> boxes;
        browser.emulatePhone(true);
        try {
            browser.open(page.toUri().toString());
            boxes = boxes(browser);
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).intValue())
                    .as("the page itself is no wider than the screen").isLessThanOrEqualTo(375);
        } finally {
            browser.emulatePhone(false);
        }

        assertThat(boxes).as("every table's box").hasSizeGreaterThan(8)
                .allSatisfy(box -> assertThat(box.get("hint")).as("hint over %s", box).isEqualTo(box.get("scrolls")));
        // Not vacuous: the added and removed initiatives (six columns) scroll, the summary fits.
        assertThat(boxes).filteredOn(box -> Boolean.TRUE.equals(box.get("scrolls"))).extracting(box -> box.get("heading"))
                .contains("Added initiatives (1)", "Removed initiatives (1)").doesNotContain("Summary");
    }

    @Test
    void atDesktopWidthEveryTableFitsAndNoneSaysItScrolls(Browser browser) {
        browser.open(page.toUri().toString());
        assertThat(boxes(browser)).hasSizeGreaterThan(8).allSatisfy(box -> {
            assertThat(box.get("scrolls")).as("%s scrolls", box.get("heading")).isEqualTo(false);
            assertThat(box.get("hint")).as("%s says it scrolls", box.get("heading")).isEqualTo(false);
        });
    }

    /**
     * Besides the line above it, a box that scrolls shades the edge where more columns are: the
     * right edge at first, the left once scrolled to the end (browsers without scroll-driven
     * animations show only this). Read from the pixels of a screenshot.
     */
    @Test
    void atPhoneWidthAScrollingTableIsShadedAtTheEdgeWithMoreColumns(Browser browser) throws IOException {
        browser.emulatePhone(true);
        try {
            browser.open(page.toUri().toString());
            String box = "document.querySelector('#added').parentElement.querySelector('.scroll')";
            browser.script(box + ".scrollIntoView({ block: 'start' });");
            List<Object> bounds = browser.scriptList("var r = " + box + ".getBoundingClientRect();"
                    + " return [Math.round(r.left), Math.round(r.right), Math.round(r.top), Math.round(r.bottom)];");
            int left = number(bounds.get(0)), right = number(bounds.get(1));
            int top = number(bounds.get(2)), bottom = number(bounds.get(3));
            assertThat(bottom).as("the box is on screen").isLessThanOrEqualTo(740);

            BufferedImage atStart = screenshot(browser);
            browser.script(box + ".scrollLeft = " + box + ".scrollWidth;");
            BufferedImage atEnd = screenshot(browser);

            assertThat(edge(atStart, right - 2, top, bottom)).as("right edge, more columns beyond").isLessThan(240);
            assertThat(edge(atStart, left + 1, top, bottom)).as("left edge, nothing before").isGreaterThan(250);
            assertThat(edge(atEnd, right - 2, top, bottom)).as("right edge, scrolled to the end").isGreaterThan(250);
            assertThat(edge(atEnd, left + 1, top, bottom)).as("left edge, columns before").isLessThan(240);
        } finally {
            browser.emulatePhone(false);
        }
    }

    /** The summary, drawn as rows of figures under a line each on a phone, is still a table with row headers. */
    @Test
    void atPhoneWidthTheSummaryIsStillATableToAScreenReader(Browser browser) {
        browser.emulatePhone(true);
        try {
            browser.open(page.toUri().toString());
            long summaryRows = ((Number) browser.script("return document.querySelector('#summary').parentElement"
                    + ".querySelectorAll('tbody tr').length")).longValue();
            assertThat(browser.script("return getComputedStyle(document.querySelector('#summary').parentElement"
                    + ".querySelector('tbody tr')).display")).as("the rows are laid out anew").isEqualTo("flex");
            Map<String, Long> roles = new TreeMap<>();
            for (Map<String, Object> node : PageCheck.accessibilityTree(browser)) {
                roles.merge(PageCheck.axValue(node, "role"), 1L, Long::sum);
            }
            assertThat(roles.get("rowheader")).as("row headers (the summary's labels)").isEqualTo(summaryRows);
            assertThat(roles.get("table")).isEqualTo(((Number) browser.script(
                    "return document.querySelectorAll('table').length")).longValue());
        } finally {
            browser.emulatePhone(false);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> boxes(Browser browser) {
        return browser.scriptList(BOXES).stream().map(box -> (Map<String, Object>) box).toList();
    }

    private static BufferedImage screenshot(Browser browser) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(browser.driver().getScreenshotAs(OutputType.BYTES)));
    }

    /** The median brightness (0–255) of the column of pixels at {@code x}, over the middle half of top–bottom. */
    private static int edge(BufferedImage image, int x, int top, int bottom) {
        int from = top + (bottom - top) / 4, to = bottom - (bottom - top) / 4;
        int[] values = new int[to - from];
        for (int y = from; y < to; y++) {
            int rgb = image.getRGB(x, y);
            values[y - from] = (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / 3;
        }
        Arrays.sort(values);
        return values[values.length / 2];
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** Replaces each {@code pairs[i]} by {@code pairs[i + 1]} in the file; each must be there once. */
    private static void edit(Path file, String... pairs) throws IOException {
        String text = Files.readString(file);
        for (int i = 0; i < pairs.length; i += 2) {
            assertThat(text.split(java.util.regex.Pattern.quote(pairs[i]), -1)).as("%s in %s", pairs[i], file).hasSize(2);
            text = text.replace(pairs[i], pairs[i + 1]);
        }
        Files.writeString(file, text);
    }
}
