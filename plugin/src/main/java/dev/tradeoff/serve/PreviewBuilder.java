package dev.tradeoff.serve;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.ParsedFiles;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.render.RenderMemo;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.IOException;
import java.util.Locale;

/**
 * Runs the pipeline into memory: the same load, analysis, view and renderer as {@code tradeoff:build},
 * with {@link BuiltFiles} in place of the staged folders. Never throws for a bad strategy or a
 * broken template: the snapshot then carries the page that says what is wrong.
 *
 * <p>A rebuild follows an edit of one or two files, so each build keeps what the next can reuse:
 * the parsed strategy files ({@link ParsedFiles}, reused where the bytes are the same), the renderer
 * with its parsed templates (replaced when the template folder changes) and what it rendered
 * ({@link RenderMemo}, reused where a file's inputs are the same). The files are those a full build
 * would write.
 */
final class PreviewBuilder {

    private final PreviewRequest request;
    private final PreviewLog log;
    private final ParsedFiles parsedFiles = new ParsedFiles();
    private final RenderMemo memo = new RenderMemo();
    private TemplateFolder templates;
    private SiteRenderer renderer;

    PreviewBuilder(PreviewRequest request, PreviewLog log) {
        this.request = request;
        this.log = log;
    }

    /** Builds on the calling thread; one build at a time. */
    Snapshot build(long version, Snapshot previous) {
        long started = System.nanoTime();
        try {
            int threads = request.effectiveThreads();
            Portfolio portfolio = PortfolioAnalysis.analyse(new StrategyLoader(threads, parsedFiles)
                    .load(new DirectorySource(request.strategyDirectory())));
            SiteView view = new SiteViewBuilder(threads).build(portfolio);
            BuiltFiles site = new BuiltFiles();
            // The server serves the site only; briefs are still rendered, so that a broken brief
            // template fails here as it would fail the build.
            renderer().render(portfolio, view, site, new BuiltFiles(), memo);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info(String.format(Locale.ROOT, "%s %d initiatives in %d ms (%d pages, briefs and charts rendered,"
                            + " %d unchanged)", previous != null && previous.isBroken() ? "Fixed; built" : "Built",
                    portfolio.initiatives().size(), millis, memo.renderedByLastRender(), memo.reusedByLastRender()));
            return Snapshot.built(version, site.files());
        } catch (StrategyException e) {
            String prefix = request.strategyLabel().isEmpty() ? "" : request.strategyLabel() + "/";
            int count = e.problems().size();
            log.warn("The strategy has " + count + (count == 1 ? " problem" : " problems")
                    + "; the browser shows them until they are fixed:");
            e.problems().forEach(problem -> log.warn(problem.format(prefix)));
            return Snapshot.broken(version, previous, ProblemPage.problems(e.problems(), prefix, version));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            log.warn("Could not build the site: " + message);
            return Snapshot.broken(version, previous, ProblemPage.failure(message, version));
        }
    }

    /** The renderer for the template folder as it is now: the last one unless the folder changed. */
    private SiteRenderer renderer() {
        TemplateFolder now = TemplateFolder.read(request.templateDirectory());
        if (renderer == null || now == null || !now.sameAs(templates)) {
            renderer = new SiteRenderer(request.templateDirectory(), request.effectiveThreads());
        }
        templates = now;
        return renderer;
    }
}
