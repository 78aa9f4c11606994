package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's template folder replaces single templates and assets; everything else comes from the theme. */
class TemplateOverrideBuildTest {

    @TempDir
    Path folder;

    @Test
    void userTemplatesAndAssetsReplaceTheThemesOnesByName() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates/assets"));
        Files.writeString(folder.resolve("templates/index.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title="Home" root="" current="summary"><p id="mine">${site.organization} has ${site.initiatives?size} initiatives</p></@layout.page>
                """, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("templates/brief.md.ftl"), "# Brief of ${site.organization}\n");
        Files.writeString(templates.resolve("tradeoff.css"), "/* mine */\n");
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), StrategyFolder.complete());

        Tradeoff.build(new BuildRequest(strategy, folder.resolve("out"), folder.resolve("templates"), 2));

        Path site = folder.resolve("out/site");
        Document index = SiteChecks.parse(site.resolve("index.html"));
        assertThat(index.select("#mine").text()).isEqualTo("Acme Pay has 3 initiatives");
        assertThat(index.select("nav a")).isNotEmpty();
        assertThat(Files.readString(folder.resolve("out/briefs/brief.md"))).isEqualTo("# Brief of Acme Pay\n");
        assertThat(Files.readString(site.resolve("assets/tradeoff.css"))).isEqualTo("/* mine */\n");
        // Pages the user did not override still come from the theme.
        assertThat(SiteChecks.parse(site.resolve("matrix.html")).select("h1")).isNotEmpty();
        assertThat(Files.readString(site.resolve("assets/tradeoff.js"))).isNotBlank();
        assertThat(Files.readString(folder.resolve("out/briefs/initiatives/checkout-v2.md"))).startsWith("# Checkout v2");
        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }

    /**
     * An override of a list template written before long lists went over pages lists every row, so it
     * is one page: not the same page again as okrs/index_2.html, which nothing would link to. One that
     * reads listPage (a comment naming it does not count) goes over pages as the theme's does.
     */
    @Test
    void aListTemplateThatDoesNotReadListPageIsOnePage() throws Exception {
        java.util.Map<String, String> files = StrategyFolder.complete();
        for (int i = 1; i <= dev.tradeoff.view.ListPage.ROWS + 1; i++) {
            files.put("okrs/objective-" + i + ".yaml", """
                    objective: Objective %d
                    quarter: 2028-Q2
                    keyResults:
                      - id: kr
                        title: Key result
                        baseline: 0
                        target: 10
                        current: 4
                    """.formatted(i));
        }
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), files);
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("okrs.ftlh"), """
                <#import "layout.ftlh" as layout>
                <#-- Written before listPage: every objective on one page. -->
                <@layout.page title="OKRs" root="../" current="okrs"><ul id="objectives"><#list site.okrs.objectives as o><li>${o.objective}</li></#list></ul></@layout.page>
                """, StandardCharsets.UTF_8);

        Tradeoff.build(new BuildRequest(strategy, folder.resolve("old"), templates, 2));
        Tradeoff.build(new BuildRequest(strategy, folder.resolve("theme"), null, 2));
        Files.writeString(templates.resolve("okrs.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title="OKRs" root="../" current="okrs"><p id="page">${listPage.number} of ${listPage.count}</p></@layout.page>
                """, StandardCharsets.UTF_8);
        Tradeoff.build(new BuildRequest(strategy, folder.resolve("paged"), templates, 2));

        Path old = folder.resolve("old/site/okrs");
        // The two objectives of the complete strategy and those added.
        assertThat(SiteChecks.parse(old.resolve("index.html")).select("#objectives li"))
                .hasSize(2 + dev.tradeoff.view.ListPage.ROWS + 1);
        assertThat(old.resolve("index_2.html")).doesNotExist();
        assertThat(folder.resolve("theme/site/okrs/index_2.html")).exists();
        assertThat(SiteChecks.parse(folder.resolve("paged/site/okrs/index_2.html")).select("#page").text())
                .isEqualTo("2 of 2");
    }

    @Test
    void theUsersOwnKeysReachTheirTemplates() throws Exception {
        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("templates/index.ftlh"),
                "<p id='site'>${site.extensions['x-logo']}</p>", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("templates/initiative.ftlh"),
                "<p id='jira'>${(initiative.extensions['x-jira'])!'none'}</p>", StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("templates/objective.ftlh"),
                "<p id='sponsor'>${(objective.extensions['x-sponsor'].name)!'none'}</p>", StandardCharsets.UTF_8);
        var files = StrategyFolder.complete();
        files.put("strategy.yaml", files.get("strategy.yaml") + "x-logo: acme.svg\n");
        files.put("initiatives/checkout-v2.yaml", files.get("initiatives/checkout-v2.yaml") + "x-jira: CHK-12\n");
        files.put("okrs/reliability.yaml", files.get("okrs/reliability.yaml") + "x-sponsor:\n  name: <CFO>\n");
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), files);

        Tradeoff.build(new BuildRequest(strategy, folder.resolve("out"), folder.resolve("templates"), 2));

        Path site = folder.resolve("out/site");
        assertThat(SiteChecks.parse(site.resolve("index.html")).select("#site").text()).isEqualTo("acme.svg");
        assertThat(SiteChecks.parse(site.resolve("initiatives/checkout-v2.html")).select("#jira").text()).isEqualTo("CHK-12");
        assertThat(SiteChecks.parse(site.resolve("initiatives/payments-platform.html")).select("#jira").text()).isEqualTo("none");
        // Escaped like everything a user writes.
        assertThat(Files.readString(site.resolve("okrs/reliability.html"))).contains("<p id='sponsor'>&lt;CFO&gt;</p>");
    }

    @Test
    void otherFilesInTheOverridesAssetsAreCopiedForTheUsersTemplates() throws Exception {
        Path assets = Files.createDirectories(folder.resolve("templates/assets"));
        byte[] logo = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);
        Files.write(assets.resolve("logo.svg"), logo);
        Files.writeString(assets.resolve(".DS_Store"), "finder's own");
        Files.createDirectories(assets.resolve("fonts"));
        Files.writeString(folder.resolve("templates/index.ftlh"), """
                <#import "layout.ftlh" as layout>
                <@layout.page title="Home" root="" current="summary"><img id="logo" src="assets/logo.svg" alt="Acme"></@layout.page>
                """, StandardCharsets.UTF_8);
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), StrategyFolder.complete());

        Tradeoff.build(new BuildRequest(strategy, folder.resolve("out"), folder.resolve("templates"), 2));

        Path site = folder.resolve("out/site");
        assertThat(site.resolve("assets/logo.svg")).hasBinaryContent(logo);
        assertThat(site.resolve("assets/.DS_Store")).doesNotExist();
        assertThat(site.resolve("assets/fonts")).doesNotExist();
        assertThat(site.resolve("assets/tradeoff.css")).exists();
        assertThat(SiteChecks.brokenLinks(site)).isEmpty();
    }

    @Test
    void everyBrokenTemplateIsListedAndTheLastOutputStays() throws Exception {
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), StrategyFolder.complete());
        Path out = folder.resolve("out");
        Tradeoff.build(new BuildRequest(strategy, out, folder.resolve("templates"), 2));
        String before = Files.readString(out.resolve("site/index.html"));
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("index.ftlh"), "<p>\n<#if site.organization??>\n");
        Files.writeString(templates.resolve("teams.ftlh"), "<#list site.teams as>\n");

        assertThatThrownBy(() -> Tradeoff.build(new BuildRequest(strategy, out, templates, 2)))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("2 templates have syntax errors:" + System.lineSeparator()
                        + templates.resolve("index.ftlh") + ":2:")
                .hasMessageContaining(System.lineSeparator() + templates.resolve("teams.ftlh") + ":1:");
        assertThat(Files.readString(out.resolve("site/index.html"))).isEqualTo(before);
    }
}
