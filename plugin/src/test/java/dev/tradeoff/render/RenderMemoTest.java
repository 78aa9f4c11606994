package dev.tradeoff.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.render.output.MemoryOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render with a {@link RenderMemo} writes, after any edit, every page, brief and chart byte for
 * byte as a render without one; and it renders again far fewer than all of them.
 */
class RenderMemoTest {

    /** Edits of one initiative file, each a real change of what the site shows. */
    private static final List<String[]> EDITS = List.of(
            new String[] {"(?m)^effort: .*$", "effort: 41.5"},
            new String[] {"(?m)^title: .*$", "title: Renamed * [initiative] <b>"},
            new String[] {"(?m)^status: .*$", "status: dropped"},
            new String[] {"(?m)^status: .*$", "status: proposed"},
            new String[] {"(?m)^duration: .*$", "duration: 7"},
            new String[] {"(?m)^value: .*$", "value: 9.5"},
            new String[] {"(?m)^riskReduction: .*$", "riskReduction: 1"});

    @TempDir
    Path templates;

    @Test
    void randomEditsRenderWhatAFullRenderWrites() throws Exception {
        // Overrides that read parts of the view the theme's templates do not.
        Files.writeString(templates.resolve("initiative.md.ftl"), "# ${initiative.title}\n\n"
                + "${site.totals.npv} of ${site.organization}; ${site.teams.teams?size} teams;"
                + " <#if site.scale??>breach ${site.scale.breachQuarter!'never'}</#if>\n", UTF_8);
        SortedMap<String, String> files = new TreeMap<>(StrategyGenerator.generate(120, 9));
        List<String> initiatives = files.keySet().stream().filter(p -> p.startsWith("initiatives/")).toList();
        SiteRenderer renderer = new SiteRenderer(templates, 2);
        RenderMemo memo = new RenderMemo();
        render(renderer, memo, files);
        int all = memo.renderedByLastRender();

        SplittableRandom random = new SplittableRandom(17);
        for (int round = 0; round < 10; round++) {
            String file = initiatives.get(random.nextInt(initiatives.size()));
            String[] edit = EDITS.get(random.nextInt(EDITS.size()));
            files.put(file, files.get(file).replaceFirst(edit[0], edit[1]));

            Map<String, byte[]> incremental = render(renderer, memo, files);
            Map<String, byte[]> full = render(new SiteRenderer(templates, 1), null, files);

            assertThat(incremental.keySet()).as("round %d", round).containsExactlyElementsOf(full.keySet());
            full.forEach((path, bytes) -> assertThat(new String(incremental.get(path), UTF_8))
                    .as("%s after %s %s", path, file, edit[1]).isEqualTo(new String(bytes, UTF_8)));
            assertThat(memo.renderedByLastRender() + memo.reusedByLastRender()).isEqualTo(all);
        }
        assertThat(memo.reusedByLastRender()).isGreaterThan(all / 2);
    }

    @Test
    void anotherRendererReusesNothing() throws Exception {
        SortedMap<String, String> files = StrategyGenerator.generate(20, 2);
        RenderMemo memo = new RenderMemo();
        render(new SiteRenderer(null, 1), memo, files);

        render(new SiteRenderer(null, 1), memo, files);

        assertThat(memo.reusedByLastRender()).isZero();
    }

    /** Site and briefs of one render, by path ({@code site/...}, {@code briefs/...}). */
    private static Map<String, byte[]> render(SiteRenderer renderer, RenderMemo memo, Map<String, String> files)
            throws Exception {
        Portfolio portfolio = PortfolioAnalysis.analyse(new StrategyLoader(2).load(new MemorySource(files)));
        SiteView view = new SiteViewBuilder(2).build(portfolio);
        MemoryOutput site = new MemoryOutput();
        MemoryOutput briefs = new MemoryOutput();
        renderer.render(portfolio, view, site, briefs, memo);
        Map<String, byte[]> all = new TreeMap<>();
        site.files().forEach((path, bytes) -> all.put("site/" + path, bytes));
        briefs.files().forEach((path, bytes) -> all.put("briefs/" + path, bytes));
        return all;
    }
}
