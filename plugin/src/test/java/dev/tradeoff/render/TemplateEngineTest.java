package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.tradeoff.view.ListPage;
import dev.tradeoff.view.NavItem;
import dev.tradeoff.view.PageNavigation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The locked-down FreeMarker: escaping by file type, no Java access, user templates over the theme. */
class TemplateEngineTest {

    /** Everything that means something in Markdown or HTML, and a line break. */
    private static final String HOSTILE = "*a* _b_ [c](https://x.example) <i>d</i> | e `f` # g & h\nnext ~~s~~ \\";

    @TempDir
    Path root;

    private Path templates;

    @org.junit.jupiter.api.BeforeEach
    void createTemplateFolder() throws IOException {
        templates = Files.createDirectories(root.resolve("templates"));
    }

    private TemplateEngine engine() {
        return new TemplateEngine(templates);
    }

    private void template(String name, String text) throws IOException {
        Path file = templates.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A minimal model for the theme's layout macro. */
    private static Map<String, Object> layoutModel(String organization) {
        return Map.of(
                "site", Map.of("organization", organization, "pageNavigation", new PageNavigation(List.of(), null),
                        "planPeriod", "2027-Q1 to 2029-Q4",
                        "currency", "USD", "discountRate", "10%"),
                "navigation", NavItem.SECTIONS);
    }

    private static String markdownToHtml(String markdown) {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        return HtmlRenderer.builder(options).build().render(Parser.builder(options).build().parse(markdown));
    }

    @Test
    void markdownTemplatesEscapeEveryMarkdownSpecialCharacter() throws IOException {
        template("note.md.ftl", "${text}");

        String out = engine().render("note.md.ftl", Map.of("text", "a*b_c[d](e)<f>|g`h#i&j\nk"));

        assertThat(out).isEqualTo("a\\*b\\_c\\[d\\](e)\\<f\\>\\|g\\`h\\#i&j k");
    }

    @Test
    void escapedUserTextRendersAsThatTextAndNothingElse() throws IOException {
        template("note.md.ftl", "Said: ${text}\n");

        String html = markdownToHtml(engine().render("note.md.ftl", Map.of("text", HOSTILE)));
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("a, em, strong, code, i, del, h1, table")).isEmpty();
        assertThat(document.select("p")).hasSize(1);
        assertThat(document.select("p").text()).isEqualTo("Said: " + HOSTILE.replace('\n', ' '));
    }

    @Test
    void userTextCannotBreakATableRow() throws IOException {
        template("table.md.ftl", "| Name | Kind |\n|---|---|\n| ${text} | platform |\n");

        String html = markdownToHtml(engine().render("table.md.ftl", Map.of("text", "a | b\n| c | d |")));
        Document document = Jsoup.parseBodyFragment(html);

        assertThat(document.select("tbody tr")).hasSize(1);
        assertThat(document.select("tbody td").eachText()).containsExactly("a | b | c | d |", "platform");
    }

    @Test
    void headingMarkersAtTheStartOfALineAreEscaped() throws IOException {
        template("title.md.ftl", "${text}\n");

        String html = markdownToHtml(engine().render("title.md.ftl", Map.of("text", "# Not a heading")));

        assertThat(Jsoup.parseBodyFragment(html).select("h1")).isEmpty();
    }

    @Test
    void noEscMarksTrustedMarkdown() throws IOException {
        template("raw.md.ftl", "${text?no_esc} ${text}");

        assertThat(engine().render("raw.md.ftl", Map.of("text", "**b**"))).isEqualTo("**b** \\*\\*b\\*\\*");
    }

    @Test
    void htmlTemplatesEscapeHtml() throws IOException {
        template("page.ftlh", "<p title=\"${text}\">${text}</p>");

        String out = engine().render("page.ftlh", Map.of("text", "<script>alert(1)</script> & \"'"));

        assertThat(out).doesNotContain("<script>");
        Document document = Jsoup.parseBodyFragment(out);
        assertThat(document.select("script")).isEmpty();
        assertThat(document.select("p").text()).isEqualTo("<script>alert(1)</script> & \"'");
        assertThat(document.select("p").attr("title")).isEqualTo("<script>alert(1)</script> & \"'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.ftlh", "evil.md.ftl", "evil.ftl"})
    void newBuiltInIsRefused(String name) throws IOException {
        template(name, "<#assign exec = \"freemarker.template.utility.Execute\"?new()>${exec(\"id\")}");

        assertThatThrownBy(() -> engine().render(name, Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not allowed");
    }

    @Test
    void newBuiltInIsRefusedEvenForHarmlessLookingClasses() throws IOException {
        template("new.ftlh", "${\"freemarker.template.SimpleHash\"?new()}");

        assertThatThrownBy(() -> engine().render("new.ftlh", Map.of())).isInstanceOf(IOException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"api.ftlh", "api.md.ftl"})
    void apiBuiltInIsRefused(String name) throws IOException {
        template(name, "${map?api.getClass().getName()}");

        assertThatThrownBy(() -> engine().render(name, Map.of("map", new java.util.HashMap<>(Map.of("a", "b")))))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("?api");
    }

    @Test
    void templatesCannotReachOutsideTheirFolder() throws IOException {
        Files.writeString(root.resolve("secret.txt"), "SECRET");
        template("peek.ftlh", "<#include \"../secret.txt\">");

        assertThatThrownBy(() -> engine().render("peek.ftlh", Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageNotContaining("SECRET");
    }

    @Test
    void aMissingTemplateIsAnIOException() {
        assertThatThrownBy(() -> engine().render("nowhere.ftlh", Map.of())).isInstanceOf(IOException.class);
    }

    @Test
    void anErrorInATemplateIsAnIOExceptionNamingTheTemplate() throws IOException {
        template("broken.ftlh", "${missing.value}");

        assertThatThrownBy(() -> engine().render("broken.ftlh", Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("broken.ftlh");
    }

    @Test
    void numbersAreWrittenTheSameInEveryLocale() throws IOException {
        template("n.ftlh", "${big} ${fraction}");

        assertThat(engine().render("n.ftlh", Map.of("big", 1234567, "fraction", 1234.5))).isEqualTo("1,234,567 1,234.5");
        template("half.ftlh", "${tie} ${negative}");
        assertThat(engine().render("half.ftlh", Map.of("tie", 0.0078125, "negative", -2500))).isEqualTo("0.007813 \u22122,500");
    }

    @Test
    void aUserTemplateOverridesTheThemesTemplateOfTheSameName() throws IOException {
        template("index.ftlh", "<p>mine: ${site.organization}</p>");

        assertThat(engine().render("index.ftlh", layoutModel("Acme & Co"))).isEqualTo("<p>mine: Acme &amp; Co</p>");
    }

    @Test
    void aUserPageCanImportTheThemesLayout() throws IOException {
        template("custom.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.page title="Custom" root="" current="custom"><p id="body">Hello</p></@layout.page>
                """);

        Document page = Jsoup.parse(engine().render("custom.ftlh", layoutModel("Acme <Pay>")));

        assertThat(page.select("#body").text()).isEqualTo("Hello");
        assertThat(page.title()).isEqualTo("Custom · Acme <Pay>");
        assertThat(page.select("link[rel=stylesheet]").attr("href")).isEqualTo("assets/tradeoff.css");
        assertThat(page.select("nav a").eachAttr("href")).contains("index.html", "matrix.html");
    }

    @Test
    void aThemeTemplateUsesTheUsersOverrideOfTheLayout() throws IOException {
        template("layout.ftlh", "<#macro page title root current>[mine ${title}]<#nested></#macro>");

        String out = engine().render("page.ftlh", Map.of("userPage",
                Map.of("title", "Notes", "slug", "notes", "html", "<p>x</p>")));

        assertThat(out).startsWith("[mine Notes]").contains("<p>x</p>");
    }

    /**
     * A layout.ftlh copied from the theme before lists were split into pages has no pager: the
     * pager is a template of its own, so the theme's list pages still render with that layout.
     */
    @Test
    void aListPageRendersWithALayoutOverrideThatPredatesThePager() throws IOException {
        template("layout.ftlh", """
                <#macro page title root current wide=false>[mine ${title}]<#nested></#macro>
                <#macro chart src alt extra="" opens=""><img src="${src}"></#macro>
                """);
        Map<String, Object> row = new java.util.HashMap<>(Map.of("dropped", false, "page", "x.html", "title", "X",
                "kind", "product", "status", "proposed", "start", "2027-Q1", "end", "2027-Q2", "goLive", "2027-Q3",
                "enables", List.of(), "enabledBy", List.of()));
        Map<String, Object> site = Map.of("roadmap", java.util.Collections.nCopies(ListPage.ROWS + 1, row));

        Document page = Jsoup.parse(engine().render("roadmap.ftlh",
                Map.of("site", site, "listPage", ListPage.split("roadmap.html", ListPage.ROWS + 1).get(1))));

        assertThat(page.body().text()).startsWith("[mine Roadmap, page 2]");
        assertThat(page.select("nav.pager a[rel=prev]").eachAttr("href")).containsExactly("roadmap.html", "roadmap.html");
        assertThat(page.select("tbody > tr")).hasSize(1);
    }

    @Test
    void withoutAUserFolderTheThemeIsUsed() throws IOException {
        Document page = Jsoup.parse(new TemplateEngine(null).render("page.ftlh", Map.of(
                "site", layoutModel("Acme").get("site"), "navigation", NavItem.SECTIONS,
                "userPage", Map.of("title", "Notes", "slug", "notes", "html", "<p id=\"x\">x</p>"))));

        assertThat(page.select("h1").text()).isEqualTo("Notes");
        assertThat(page.select("#x").text()).isEqualTo("x");
    }

    @Test
    void theMarkdownOutputFormatEscapesPlainText() {
        assertThat(MarkdownOutputFormat.INSTANCE.escapePlainText("a*b\r\n|c\t~d&e"))
                .isEqualTo("a\\*b  \\|c \\~d&e");
        assertThat(MarkdownOutputFormat.INSTANCE.getMimeType()).isEqualTo("text/markdown");
    }

    @Test
    void everySyntaxErrorInTheUsersTemplatesIsListedWithFileLineAndColumn() throws IOException {
        template("page.ftlh", "<p>fine</p>\n");
        template("scale.ftlh", "<p>\n<#if x>\n");
        template("teams.ftlh", "<#list x as>\n");
        template("notes.txt", "<#if\n");

        assertThat(engine().syntaxProblems()).satisfiesExactly(
                scale -> assertThat(scale).startsWith(templates.resolve("scale.ftlh") + ":2:8: ")
                        .contains("unclosed #if"),
                teams -> assertThat(teams).startsWith(templates.resolve("teams.ftlh") + ":1:12: ").doesNotContain("\n"));
        assertThat(new TemplateEngine(null).syntaxProblems()).isEmpty();
    }

    @Test
    void aTemplateInTheFolderTheBuildRunsInIsNamedFromThere() throws IOException {
        // Maven runs in the project's folder: "src/tradeoff/templates/scale.ftlh:2:8", as the strategy's files are named.
        Path here = Files.createTempDirectory(Path.of("target"), "templates-");
        Files.writeString(here.resolve("scale.ftlh"), "<p>\n<#if x>\n");

        assertThat(new TemplateEngine(here.toAbsolutePath()).syntaxProblems()).singleElement().asString()
                .startsWith(here.toString().replace('\\', '/') + "/scale.ftlh:2:8: ");
    }

    @Test
    void aTemplateFailingAsItRendersIsNamedWithLineAndColumn() throws IOException {
        template("page.ftlh", "<p>\n  ${missing.field}</p>\n");

        assertThatThrownBy(() -> engine().render("page.ftlh", Map.of()))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(templates.resolve("page.ftlh") + ":2:5: template page.ftlh failed: ");
    }
}
