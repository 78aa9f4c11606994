package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A template renders the same with the site view tracked as with the view itself, and the reads
 * noted are what it read: the part it used, or the whole record where it may have seen all of it.
 */
class TrackedRecordTest {

    private static SiteView view;

    @TempDir
    Path templates;

    @BeforeAll
    static void buildAView() throws Exception {
        view = new SiteViewBuilder(1).build(PortfolioAnalysis.analyse(
                new StrategyLoader(1).load(new MemorySource(StrategyGenerator.generate(20, 3)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "${site.organization}                              | organization",
        "${site.organization()}                            | organization",
        "${site.totals.npv} ${site.totals.pvCosts}         | ~totals, totals.npv, totals.pvCosts",
        "<#if site.scale??>yes</#if>                       | ~scale",
        "${site.scale.starts?size} ${site.scale.metric}    | ~scale, scale.starts, scale.metric",
        "<#list site.initiatives as i>${i.title} </#list>  | initiatives",
        "${site.totals}                                    | ~totals, totals.",
        "${site.totals.toString()}                         | ~totals, totals.",
        "<#list site.totals?keys as k>${k} </#list>        | ~totals, totals.",
        "${site.totals?has_content?c}                      | ~totals, totals.",
        "${site.totals.hashCode?is_number?c}               | ~totals, totals.",
        "<#assign t = site.teams>${t.platformShareOfPeople} | ~teams, teams.platformShareOfPeople",
        "${site?is_hash?c} ${site?is_string?c}             | none",
        "${site?keys?size} ${site.organization}            | site, organization",
        "${(site.scale.nothing)!'none'}                    | ~scale, scale.",
    })
    void rendersTheSameAndNotesWhatItRead(String template, String expected) throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), template, StandardCharsets.UTF_8);
        TemplateEngine engine = new TemplateEngine(templates);
        SiteReads reads = new SiteReads();

        String tracked = engine.render("t.ftlh", Map.of("site", engine.tracked(view, reads)));

        assertThat(tracked).isEqualTo(engine.render("t.ftlh", Map.of("site", view)));
        assertThat(reads.all()).containsExactlyInAnyOrderElementsOf(reads(expected));
    }

    /**
     * "~scale, scale.starts": a read of which record scale is, and of the whole of scale.starts;
     * "x." is all of x; "site" all of the view; "none" is no read at all (a type check needs none).
     */
    private static Set<ViewRead> reads(String expected) {
        if (expected.equals("none")) {
            return Set.of();
        }
        return java.util.Arrays.stream(expected.split(",")).map(String::trim).map(read -> {
            boolean shape = read.startsWith("~");
            String path = shape ? read.substring(1) : read;
            path = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
            return new ViewRead(path.equals("site") ? List.of() : List.of(path.split("\\.")), !shape);
        }).collect(java.util.stream.Collectors.toSet());
    }
}
