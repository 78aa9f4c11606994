package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.render.output.MemoryOutput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffPageTest {

    private static Document page(DiffResult result, List<String> failures) throws Exception {
        MemoryOutput out = new MemoryOutput();
        DiffPipeline.write(result, new DiffViewBuilder(result.currency()).build(result, failures), null, out);
        assertThat(out.files().keySet()).containsExactly("diff.css", "diff.html", "diff.json", "diff.md");
        return Jsoup.parse(out.text("diff.html"));
    }

    @Test
    void aRenamedInitiativeHasItsOwnSectionNotAnAddedAndARemovedOne() throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(),
                StrategyFiles.base().rename("initiatives/reporting.yaml", "initiatives/reports.yaml"));

        Document html = page(result, List.of());

        assertThat(html.select("section h2").eachText()).contains("Renamed initiatives (1)")
                .doesNotContain("Added initiatives (1)", "Removed initiatives (1)");
        assertThat(html.select("#renamed ~ ul li").eachText())
                .containsExactly("Reporting: reporting → reports, its file otherwise as it was");
    }

    @Test
    void aStandalonePageWithItsOwnStylesheetAndTheSiteCsp() throws Exception {
        Document html = page(Diffs.compare(StrategyFiles.base(), StrategyFiles.head()), List.of("band: reason"));

        assertThat(html.select("meta[http-equiv=Content-Security-Policy]").attr("content")).isEqualTo(
                "default-src 'none'; img-src 'self' data:; style-src 'self'; script-src 'self'; base-uri 'none'; form-action 'none'");
        assertThat(html.select("link[rel=stylesheet]").eachAttr("href")).containsExactly("diff.css");
        assertThat(html.select("script, style, [style]")).isEmpty();
        assertThat(html.select("a[href]").eachAttr("href")).containsExactly("diff.json");
        assertThat(html.select("h1").text()).isEqualTo("Acme Pay: what this change does");
        assertThat(html.select("p.verdict").text()).startsWith("This change ").contains("below the band in 2027-Q1");
        assertThat(html.select("#gates ~ ul li").eachText()).containsExactly("band: reason");
        assertThat(html.select("section h2").eachText()).contains("Summary", "Schedule shifts",
                "Platform share against the band (20%–30%)", "Key results", "Indicators, scalability, teams and objectives",
                "Added initiatives (1)", "Removed initiatives (1)", "Changed initiatives (3)", "Platform share by quarter");
        assertThat(html.select("article.change h3 code").eachText()).hasSize(3).contains("core-platform");
        assertThat(html.select("#allocation ~ div tbody tr")).hasSize(8);
        assertThat(html.select("#allocation ~ div tr.moved")).isNotEmpty();
    }

    /**
     * On a phone diff.css lays a .title-above table out anew (each row's first cell on a line above
     * its figures): explicit roles keep it a table to a screen reader, the summary's labels row headers.
     */
    @Test
    void theTablesLaidOutAnewOnAPhoneKeepExplicitRoles() throws Exception {
        Document html = page(Diffs.compare(StrategyFiles.base(), StrategyFiles.head()), List.of());

        var tables = html.select("table.title-above");
        assertThat(tables.stream().map(table -> table.parent().parent().selectFirst("h2").id()).toList())
                .contains("summary", "shifts", "band", "moves");
        assertThat(tables).allSatisfy(table -> {
            assertThat(table.attr("role")).isEqualTo("table");
            assertThat(table.select("thead, tbody").eachAttr("role")).containsExactly("rowgroup", "rowgroup");
            assertThat(table.select("tr")).allSatisfy(tr -> assertThat(tr.attr("role")).isEqualTo("row"));
            assertThat(table.select("thead th")).allSatisfy(th -> assertThat(th.attr("role")).isEqualTo("columnheader"));
            assertThat(table.select("tbody th")).allSatisfy(th -> assertThat(th.attr("role")).isEqualTo("rowheader"));
            assertThat(table.select("td")).isNotEmpty().allSatisfy(td -> assertThat(td.attr("role")).isEqualTo("cell"));
        });
        assertThat(html.select("#summary ~ div tbody th[role=rowheader]").eachText()).startsWith("Portfolio NPV");
    }

    @Test
    void addedAndRemovedInitiativesAreColouredByWhatTheyDoToThePortfolio() throws Exception {
        // core-platform's NPV is +$70.4k, reporting's −$115k (worked out in StrategyDiffTest):
        // removing the first lowers the total (bad), removing the second raises it (good); adding
        // them back does the opposite.
        StrategyFiles without = StrategyFiles.base().remove("initiatives/core-platform.yaml")
                .remove("initiatives/reporting.yaml");

        Document removed = page(Diffs.compare(StrategyFiles.base(), without), List.of());
        Document added = page(Diffs.compare(without, StrategyFiles.base()), List.of());

        // The headers say which figure is the initiative's and which the portfolio's change.
        assertThat(removed.select("#removed ~ div thead th").eachText())
                .containsExactly("Initiative", "Kind", "Status", "Start", "Own NPV", "Portfolio NPV change");
        assertThat(entries(removed, "#removed")).containsExactly(
                "reporting −$115k +$115k good", "core-platform $70.4k −$70.4k bad");
        assertThat(entries(added, "#added")).containsExactly(
                "reporting −$115k −$115k bad", "core-platform $70.4k +$70.4k good");
    }

    /** Each row of an initiative table: id, NPV, portfolio NPV and the colour of the latter. */
    private static List<String> entries(Document html, String heading) {
        return html.select(heading + " ~ div tbody tr").stream()
                .map(tr -> tr.select("code").text() + " " + tr.child(4).text() + " " + tr.child(5).text() + " "
                        + tr.child(5).className().replace("num ", ""))
                .toList();
    }

    @Test
    void aFieldNameBreaksOnlyBetweenWords() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "effort: 60\n",
                "effort: 60\ncostOfDelay: 250k\n");
        MemoryOutput out = new MemoryOutput();
        DiffResult result = Diffs.compare(StrategyFiles.base(), head);
        DiffPipeline.write(result, new DiffViewBuilder(result.currency()).build(result, List.of()), null, out);

        Document html = Jsoup.parse(out.text("diff.html"));
        assertThat(html.select("table.fields tbody tr td:first-child").eachAttr("class")).containsOnly("field");
        assertThat(html.select("td.field code").eachText()).containsExactly("costOfDelay");
        // Code elsewhere may break anywhere (a long id must not widen the page); a field name, only
        // where a word does, so costOfDelay never reads "costOfDel / ay".
        assertThat(out.text("diff.css")).contains(".fields td.field code { overflow-wrap: normal; }");
    }

    @Test
    void aRewordedObjectiveListsItsFileWithoutAFigureTable() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("okrs/grow.yaml", "objective: Grow revenue reliably\n",
                "objective: Grow revenue, reliably\n");

        Document html = page(Diffs.compare(StrategyFiles.base(), head), List.of());

        assertThat(html.select("p.verdict").text()).startsWith("No figure moves: ");
        assertThat(html.select("p.verdict.none")).isEmpty();
        assertThat(html.select("#summary")).isEmpty();
        assertThat(html.select("#other-files").text()).isEqualTo("Other files changed (1)");
        assertThat(html.select("#other-files ~ ul li").eachText()).containsExactly(
                "okrs/grow.yaml: objective text 'Grow revenue reliably' → 'Grow revenue, reliably'");
    }

    @Test
    void userTextIsEscaped() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n",
                "title: \"<script>alert(1)</script><img src=x onerror=alert(2)>\"\n");
        Document html = page(Diffs.compare(StrategyFiles.base(), head), List.of());
        assertThat(html.select("script, img")).isEmpty();
        assertThat(html.select("article.change h3").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void noEffectShowsTheOneLine() throws Exception {
        Document html = page(Diffs.compare(StrategyFiles.base(), StrategyFiles.base()), List.of());
        assertThat(html.select("p.verdict.none").text()).startsWith("No effect:");
        assertThat(html.select("section")).isEmpty();
    }

    @Test
    void aLongListShowsItsFirstFiveHundredAndCountsTheRest() throws Exception {
        Document html = page(changedInitiatives(520), List.of());

        assertThat(html.select("section h2").eachText()).contains("Changed initiatives (520)");
        assertThat(html.select("article.change")).hasSize(500);
        assertThat(html.select("#changed ~ p.more").text())
                .isEqualTo("… and 20 more changed initiatives: every one is in diff.json.");
        assertThat(html.select("p.more a").attr("href")).isEqualTo("diff.json");
        // The other lists are short here and say nothing more.
        assertThat(html.select("p.more")).hasSize(1);
    }

    @Test
    void oneInitiativeLeftOutIsCountedInTheSingular() throws Exception {
        assertThat(page(changedInitiatives(501), List.of()).select("#changed ~ p.more").text())
                .isEqualTo("… and 1 more changed initiative: every one is in diff.json.");
    }

    /**
     * {@code count} initiatives, each 10 person-months in the base and 11 in the head: all changed,
     * each costing more, so each has an effect and is listed.
     */
    private static DiffResult changedInitiatives(int count) throws Exception {
        StrategyFiles base = StrategyFiles.base();
        StrategyFiles head = StrategyFiles.base();
        for (int i = 0; i < count; i++) {
            String file = "initiatives/extra-%03d.yaml".formatted(i);
            String text = "title: Extra %d\nkind: product\nstatus: committed\nstart: 2027-Q1\nduration: 1\n"
                    .formatted(i) + "value: 5\nriskReduction: 5\n";
            base.put(file, text + "effort: 10\n");
            head.put(file, text + "effort: 11\n");
        }
        DiffResult result = Diffs.compare(base, head);
        assertThat(result.changed()).hasSize(count);
        return result;
    }

    @Test
    void aStylesheetInTheUsersTemplateFolderReplacesTheDefault(@TempDir Path templates) throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(), StrategyFiles.head());
        DiffView view = new DiffViewBuilder(result.currency()).build(result, List.of());
        MemoryOutput theme = new MemoryOutput();
        new DiffPage(templates).write(view, theme);
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/diff.css"), "body { color: teal; }\n");
        MemoryOutput own = new MemoryOutput();

        new DiffPage(templates).write(view, own);

        // Without one, the default theme's: the same as with no template folder at all.
        MemoryOutput none = new MemoryOutput();
        new DiffPage(null).write(view, none);
        assertThat(theme.text("diff.css")).isEqualTo(none.text("diff.css")).isNotEqualTo("body { color: teal; }\n");
        assertThat(own.text("diff.css")).isEqualTo("body { color: teal; }\n");
    }
}
