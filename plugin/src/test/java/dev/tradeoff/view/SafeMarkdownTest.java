package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** User Markdown becomes HTML that can be embedded as is: raw HTML shown as text, only safe links kept. */
class SafeMarkdownTest {

    private final SafeMarkdown markdown = new SafeMarkdown();

    private Document render(String text) {
        return Jsoup.parseBodyFragment(markdown.toHtml(text));
    }

    /** No element that runs code or loads anything, and no event handler attribute anywhere. */
    private static void assertInert(Document html) {
        assertThat(html.select("script, iframe, object, embed, style, svg, form")).isEmpty();
        for (Element element : html.getAllElements()) {
            element.attributes().forEach(attribute ->
                    assertThat(attribute.getKey()).as("attribute on <%s>", element.tagName()).doesNotStartWithIgnoringCase("on"));
        }
    }

    @Test
    void headingsAboveTheLowestAllowedAreLoweredToItAndSmallerOnesKept() {
        // A user's page under its h1: "# Overview" would be a second h1.
        // Shifted, not capped: their order is kept.
        assertThat(new SafeMarkdown(2).toHtml("# Overview\n\n## Risks\n\n### Detail\n"))
                .isEqualTo("<h2>Overview</h2>\n<h3>Risks</h3>\n<h4>Detail</h4>\n");
        // Text that starts low enough stays as written.
        assertThat(new SafeMarkdown(2).toHtml("## Risks\n\n### Detail\n"))
                .isEqualTo("<h2>Risks</h2>\n<h3>Detail</h3>\n");
        // A summary under the page's "Summary" h2; h6 is the smallest.
        assertThat(new SafeMarkdown(3).toHtml("# Risks\n\nText\n\n#### Detail\n\n###### Least\n"))
                .isEqualTo("<h3>Risks</h3>\n<p>Text</p>\n<h6>Detail</h6>\n<h6>Least</h6>\n");
        assertThat(new SafeMarkdown(2).toHtml("Setext\n======\n\n> # In a quote\n"))
                .isEqualTo("<h2>Setext</h2>\n<blockquote>\n<h2>In a quote</h2>\n</blockquote>\n");
        assertThat(markdown.toHtml("# As written\n")).isEqualTo("<h1>As written</h1>\n");
    }

    @Test
    void rendersMarkdown() {
        Document html = render("Some **bold** and *italic* text.\n\n- one\n- two\n");

        assertThat(html.select("strong").text()).isEqualTo("bold");
        assertThat(html.select("em").text()).isEqualTo("italic");
        assertThat(html.select("ul > li")).hasSize(2);
    }

    /** flexmark drops the first bracket of an undefined reference that another bracket follows. */
    @Test
    void anUndefinedReferenceShowsEveryCharacterAsWritten() {
        assertThat(markdown.toHtml("@[a][r][")).isEqualTo("<p>@[a][r][</p>\n");
        assertThat(markdown.toHtml("see ![chart][r][ here")).isEqualTo("<p>see ![chart][r][ here</p>\n");
        assertThat(markdown.toHtml("[a][r][b] and [c][r]")).isEqualTo("<p>[a][r][b] and [c][r]</p>\n");
        assertThat(markdown.toHtml("[d][r][\n\n[r]: https://example.com"))
                .isEqualTo("<p><a href=\"https://example.com\">d</a>[</p>\n");
    }

    @Test
    void blankIsEmpty() {
        assertThat(markdown.toHtml(null)).isEmpty();
        assertThat(markdown.toHtml("  \n ")).isEmpty();
    }

    @Test
    void scriptBlockIsEscapedAndShownAsText() {
        Document html = render("<script>alert(1)</script>\n");

        assertInert(html);
        assertThat(html.body().text()).contains("<script>alert(1)</script>");
    }

    @Test
    void inlineScriptIsEscapedAndShownAsText() {
        Document html = render("Before <script>alert(1)</script> after");

        assertInert(html);
        assertThat(html.body().text()).contains("<script>alert(1)</script>");
    }

    @Test
    void imageWithAnEventHandlerIsEscaped() {
        Document html = render("Look: <img src=x onerror=alert(1)>\n\n<img src=y onerror=\"alert(2)\">\n");

        assertInert(html);
        assertThat(html.select("img")).isEmpty();
        assertThat(html.body().text()).contains("<img src=x onerror=alert(1)>");
    }

    @Test
    void htmlCommentsAndOtherTagsAreEscaped() {
        Document html = render("<div onclick=\"x()\">hi</div>\n\n<a href=\"javascript:alert(1)\">x</a> <!-- c -->");

        assertInert(html);
        assertThat(html.select("div, a")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox(1)",
        "file:///etc/passwd"})
    void unsafeLinksAreSuppressed(String url) {
        Document html = render("[click](" + url + ") and <" + url + ">");

        assertThat(html.select("a[href], [src]")).isEmpty();
        assertInert(html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/svg+xml;base64,PHN2Zz4=", "vbscript:x"})
    void unsafeImagesAreSuppressed(String url) {
        Document html = render("![alt](" + url + ")");

        assertThat(html.select("img[src]")).isEmpty();
        assertInert(html);
    }

    @Test
    void referenceStyleUnsafeLinksAreSuppressedToo() {
        Document html = render("[click][x]\n\n[x]: javascript:alert(1)\n");

        assertThat(html.select("a[href]")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "[x](&#106;avascript:alert(1))", "[x](<javascript:alert(1)>)", "[x](javascript&#58;alert(1))",
        "[x]( javascript:alert(1) )", "![x](&#x6A;avascript:alert(1))"})
    void disguisedUnsafeLinksAreSuppressed(String text) {
        Document html = render(text);

        for (Element element : html.select("[href], [src]")) {
            String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
            assertThat(url.strip()).as("%s renders as %s", text, element.outerHtml()).doesNotStartWithIgnoringCase("javascript");
        }
    }

    /** CommonMark 0.29 and later would link it; the site's reader, flexmark 0.64, shows it as written. */
    @Test
    void anUnsafeDestinationInAngleBracketsWithASpaceIsText() {
        assertThat(markdown.toHtml("[a](<javascript:x y>)")).isEqualTo("<p>[a](&lt;javascript:x y&gt;)</p>\n");
    }

    @Test
    void webMailAndRelativeLinksAreKept() {
        Document html = render("[a](https://example.com/a?b=1&c=2) [b](http://example.com) [c](mailto:cto@example.com)"
                + " [d](../pages/planning.html) [e](#section) [f](planning.html)");

        assertThat(html.select("a").eachAttr("href")).containsExactly(
                "https://example.com/a?b=1&c=2", "http://example.com", "mailto:cto@example.com",
                "../pages/planning.html", "#section", "planning.html");
    }

    @Test
    void imagesFromTheSiteAreKeptAndRemoteOnesLoseTheirSource() {
        // The site works offline and its CSP allows images from the site only.
        Document html = render("![chart](../charts/matrix.svg) ![logo](https://example.com/logo.png) ![x](//cdn.example/x.png)");

        assertThat(html.select("img[src]").eachAttr("src")).containsExactly("../charts/matrix.svg");
        assertThat(html.select("img").eachAttr("alt")).containsExactly("chart", "logo", "x");
    }

    /**
     * Browsers read a backslash as a slash in http(s) and file URLs: {@code /\evil.example/x.png} is
     * {@code //evil.example/x.png}, an image from another host, which the site must not load.
     */
    @Test
    void imagesFromAnotherHostWrittenWithBackslashesLoseTheirSource() {
        Document html = render("![a](/\\evil.example/a.png) ![b](/&#92;evil.example/b.png)"
                + " ![c](&#92;&#92;evil.example/c.png) ![d](&#92;/evil.example/d.png) ![e](/&#9;/evil.example/e.png)"
                + " ![f](charts/a\\b.svg)");

        assertThat(html.select("img").eachAttr("alt")).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(html.select("img[src]").eachAttr("src")).containsExactly("charts/a\\b.svg");
    }

    @Test
    void aSetextHeadingIsLoweredWhatCharacterTheTextStartsWith() {
        // No '#' in the text: only the underline says there is a heading to lower.
        assertThat(new SafeMarkdown(2).toHtml("Title\n=====\n")).isEqualTo("<h2>Title</h2>\n");
        assertThat(new SafeMarkdown(3).toHtml("Title\n-----\n")).isEqualTo("<h3>Title</h3>\n");
        assertThat(new SafeMarkdown(2).toHtml("=x\n\nTitle\n===\n")).isEqualTo("<p>=x</p>\n<h2>Title</h2>\n");
        assertThat(new SafeMarkdown(3).toHtml("-x\n\nTitle\n---\n")).isEqualTo("<p>-x</p>\n<h3>Title</h3>\n");
    }

    /** flexmark's links and images by reference get the same last check as inline ones. */
    @Test
    void referenceImagesFromAnotherHostAndReferenceLinksWithAHiddenSchemeLoseTheirUrl() {
        // A tab inside a scheme is dropped by browsers: java&#9;script: runs as javascript:.
        Document html = render("![logo][l] [a][r] [b](java&#9;script:alert(1))\n\n[l]: https://example.com/logo.png\n"
                + "[r]: java&#9;script:alert(1)\n");

        assertThat(html.select("img").eachAttr("alt")).containsExactly("logo");
        assertThat(html.select("a").eachText()).containsExactly("a", "b");
        assertThat(html.select("[src], [href]")).isEmpty();
    }

    @Test
    void tablesRender() {
        Document html = render("| Assumption | Value |\n|---|---:|\n| Discount rate | 10% |\n| Focus | 80% |\n");

        assertThat(html.select("table")).hasSize(1);
        assertThat(html.select("thead th").eachText()).containsExactly("Assumption", "Value");
        assertThat(html.select("tbody tr")).hasSize(2);
        assertThat(html.select("tbody tr").get(0).select("td").eachText()).containsExactly("Discount rate", "10%");
    }

    @Test
    void htmlInsideATableCellIsEscaped() {
        Document html = render("| a |\n|---|\n| <script>alert(1)</script> |\n");

        assertInert(html);
        assertThat(html.select("td").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void codeIsShownNotRun() {
        Document html = render("`<script>` and\n\n```\n<script>alert(1)</script>\n```\n");

        assertInert(html);
        assertThat(html.select("code").eachText()).contains("<script>");
    }
}
