package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * The navigation bar names at most six of the user's pages, so a strategy of thousands of pages does
 * not write every title on every page: beyond six, "All pages" links {@code pages/index.html}.
 */
class PageNavigationTest {

    private static final int PAGES = 50;

    @TempDir
    static Path folder;

    static Path site;
    static BuildResult result;

    @BeforeAll
    static void build() throws Exception {
        // StrategyFolder's own page, notes (order 1), comes first; then these by order, against
        // the order of their slugs (note-50 first), and the page called index last.
        Map<String, String> files = StrategyFolder.complete();
        for (int i = 1; i <= PAGES; i++) {
            files.put("pages/" + slug(i) + ".md", page(title(i), PAGES + 2 - i));
        }
        files.put("pages/index.md", page("Read me first", 1000));
        Path output = folder.resolve("out");
        result = StrategyFolder.build(StrategyFolder.write(folder.resolve("strategy"), files), output, 2);
        site = output.resolve("site");
    }

    @Test
    void theBarNamesTheFirstSixPagesThenAllPages() throws IOException {
        Document matrix = SiteChecks.parse(site.resolve("matrix.html"));

        assertThat(matrix.select("header nav a[href^=pages/]").eachAttr("href")).containsExactly(
                "pages/notes.html", "pages/note-50.html", "pages/note-49.html", "pages/note-48.html",
                "pages/note-47.html", "pages/note-46.html", "pages/index.html");
        assertThat(matrix.select("header nav a[href=pages/index.html]").text()).isEqualTo("All pages");
        assertThat(matrix.select("header nav a[href=pages/note-50.html]").text()).isEqualTo(title(50));
        assertThat(matrix.select("header nav a[aria-current=page]").eachAttr("href")).containsExactly("matrix.html");
    }

    @Test
    void theIndexListsEveryPageInOrderWithItsTitleEscaped() throws IOException {
        Document index = SiteChecks.parse(site.resolve("pages/index.html"));
        String html = Files.readString(site.resolve("pages/index.html"), StandardCharsets.UTF_8);

        assertThat(index.select("h1").text()).isEqualTo("Pages");
        List<String> hrefs = new ArrayList<>(List.of("notes.html"));
        List<String> titles = new ArrayList<>(List.of("Planning notes"));
        for (int i = PAGES; i >= 1; i--) {
            hrefs.add(slug(i) + ".html");
            titles.add(title(i));
        }
        hrefs.add("index_.html");
        titles.add("Read me first");
        assertThat(index.select("main ol a").eachAttr("href")).containsExactlyElementsOf(hrefs);
        assertThat(index.select("main ol a").eachText()).containsExactlyElementsOf(titles);
        assertThat(html).contains("Note 07 &lt;b&gt;bold&lt;/b&gt; &amp; &quot;quoted&quot;").doesNotContain("<b>bold");
    }

    @Test
    void theBarMarksThePageShownOrElseAllPages() throws IOException {
        assertThat(current("pages/index.html")).isEqualTo("../pages/index.html");
        assertThat(current("pages/note-46.html")).isEqualTo("../pages/note-46.html");
        assertThat(current("pages/note-45.html")).as("the first page the bar does not name")
                .isEqualTo("../pages/index.html");
        assertThat(current("pages/note-07.html")).as("a page the bar does not name").isEqualTo("../pages/index.html");
        assertThat(current("pages/index_.html")).isEqualTo("../pages/index.html");
    }

    @Test
    void aPageNamedIndexDoesNotTakeTheIndexsPlace() throws IOException {
        assertThat(SiteChecks.parse(site.resolve("pages/index_.html")).select("h1").text()).isEqualTo("Read me first");
        assertThat(SiteChecks.parse(site.resolve("pages/index.html")).select("h1").text()).isEqualTo("Pages");
    }

    @Test
    void everyLinkHoldsAndTheIndexCountsAsAPage() throws IOException {
        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
        assertThat(result.stats().pages()).isEqualTo(SiteChecks.htmlPages(site).size());
    }

    @Test
    void sixPagesOrFewerAreAllInTheBarAndNoIndexIsWritten(@TempDir Path few) throws Exception {
        Map<String, String> files = withoutPages();
        for (int i = 1; i <= 5; i++) {
            files.put("pages/" + slug(i) + ".md", page(title(i), i));
        }
        files.put("pages/index.md", page("Read me first", 6));
        StrategyFolder.build(StrategyFolder.write(few.resolve("strategy"), files), few.resolve("out"), 2);
        Path small = few.resolve("out/site");

        Document matrix = SiteChecks.parse(small.resolve("matrix.html"));
        assertThat(matrix.select("header nav a[href^=pages/]").eachAttr("href")).containsExactly(
                "pages/note-01.html", "pages/note-02.html", "pages/note-03.html", "pages/note-04.html",
                "pages/note-05.html", "pages/index_.html");
        assertThat(matrix.select("header nav").text()).doesNotContain("All pages");
        assertThat(small.resolve("pages/index.html")).doesNotExist();
        assertThat(SiteChecks.parse(small.resolve("pages/index_.html")).select("header nav a[aria-current=page]")
                .eachAttr("href")).containsExactly("../pages/index_.html");
    }

    /** The href of the bar's link marked current on {@code page}. */
    private static String current(String page) throws IOException {
        List<String> marked = SiteChecks.parse(site.resolve(page)).select("header nav a[aria-current=page]")
                .eachAttr("href");
        assertThat(marked).as(page).hasSize(1);
        return marked.get(0);
    }

    private static Map<String, String> withoutPages() {
        Map<String, String> files = StrategyFolder.complete();
        files.keySet().removeIf(path -> path.startsWith("pages/"));
        return files;
    }

    private static String slug(int i) {
        return String.format(Locale.ROOT, "note-%02d", i);
    }

    private static String title(int i) {
        return String.format(Locale.ROOT, "Note %02d <b>bold</b> & \"quoted\"", i);
    }

    private static String page(String title, int order) {
        return "---\ntitle: '" + title + "'\norder: " + order + "\n---\nSome text.\n";
    }
}
