package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.view.ListPage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/**
 * A generated portfolio of 1,001 initiatives in headless Chromium: the initiatives index, longer
 * than a page, is three pages a reader moves between with the pager's links, each sortable on its
 * own, and the pager fits a phone's screen.
 */
@ExtendWith(BrowserExtension.class)
class LongTablesBrowserTest {

    private static final int INITIATIVES = 1_001;

    private static final String ROWS = "return document.querySelectorAll('main tbody > tr').length;";

    @TempDir
    static Path folder;

    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path strategy = folder.resolve("strategy");
        StrategyGenerator.write(INITIATIVES, 1, strategy);
        Tradeoff.build(new BuildRequest(strategy, folder.resolve("out"), null, 0));
        site = folder.resolve("out/site");
    }

    @Test
    void theReaderPagesThroughTheIndex(Browser browser) {
        browser.open(url("initiatives/index.html"));

        assertThat(((Number) browser.script(ROWS)).intValue()).isEqualTo(ListPage.ROWS);
        String firstTitle = browser.driver().findElement(By.cssSelector("main tbody > tr td:first-child")).getText();
        String lastTitle = browser.driver().findElement(By.cssSelector("main tbody > tr:last-child td:first-child")).getText();
        // The index is by title: the pager says which titles each page spans.
        assertThat(browser.driver().findElement(By.cssSelector("nav.pager p")).getText())
                .isEqualTo("Initiatives 1 to 500 of 1,001 (" + firstTitle + " to " + lastTitle + "), page 1 of 3. Sorting by a column sorts this page only.");
        String secondSpan = browser.driver().findElement(By.linkText("2")).getAttribute("title");
        browser.driver().findElement(By.cssSelector("nav.pager a[rel=next]")).click();

        assertThat(browser.driver().getCurrentUrl()).endsWith("/initiatives/index_2.html");
        assertThat(browser.driver().findElement(By.cssSelector("nav.pager [aria-current=page]")).getText())
                .isEqualTo("2");
        assertThat(browser.driver().getTitle()).startsWith("Initiatives, page 2 ·");
        assertThat(secondSpan).startsWith(
                browser.driver().findElement(By.cssSelector("main tbody > tr td:first-child")).getText() + " to ");
        // The page numbers are links too: the last page has the one row left.
        browser.driver().findElement(By.linkText("3")).click();

        assertThat(browser.driver().getCurrentUrl()).endsWith("/initiatives/index_3.html");
        assertThat(((Number) browser.script(ROWS)).intValue()).isEqualTo(1);
        assertThat(browser.driver().findElements(By.cssSelector("nav.pager a[rel=next]"))).isEmpty();
        browser.driver().findElement(By.cssSelector("nav.pager a[rel=prev]")).click();
        assertThat(browser.driver().getCurrentUrl()).endsWith("/initiatives/index_2.html");
    }

    @Test
    void aPageSortsItsOwnRows(Browser browser) {
        browser.open(url("initiatives/index_2.html"));
        List<Object> before = browser.scriptList(
                "return Array.prototype.map.call(document.querySelectorAll('main tbody > tr td:first-child'),"
                + " function (cell) { return cell.textContent.trim(); });");

        browser.driver().findElement(By.xpath("//th[normalize-space()='Effort (pm)']")).click();
        List<Object> efforts = browser.scriptList(
                "return Array.prototype.map.call(document.querySelectorAll('main tbody > tr td:nth-child(7)'),"
                + " function (cell) { return parseFloat(cell.textContent.replace(/,/g, '')); });");
        List<Object> after = browser.scriptList(
                "return Array.prototype.map.call(document.querySelectorAll('main tbody > tr td:first-child'),"
                + " function (cell) { return cell.textContent.trim(); });");

        assertThat(efforts.stream().map(value -> ((Number) value).doubleValue()).toList())
                .hasSize(ListPage.ROWS).isSorted();
        assertThat(after).isNotEqualTo(before).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void thePagerFitsAPhone(Browser browser) {
        browser.emulatePhone(true);
        try {
            for (String page : List.of("initiatives/index_2.html", "roadmap_2.html", "sequencing.html")) {
                browser.open(url(page));
                Number right = (Number) browser.script(
                        "return Math.max.apply(null, Array.prototype.map.call(document.querySelectorAll('nav.pager'),"
                        + " function (pager) { return pager.getBoundingClientRect().right; }));");
                Number width = (Number) browser.script("return window.innerWidth;");
                assertThat(right.doubleValue()).as(page).isPositive().isLessThanOrEqualTo(width.doubleValue());
            }
        } finally {
            browser.emulatePhone(false);
        }
    }

    private static String url(String page) {
        return site.resolve(page).toUri().toString();
    }
}
