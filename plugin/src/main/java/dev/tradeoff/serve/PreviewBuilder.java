package dev.tradeoff.serve;

import static dev.tradeoff.view.NumberFormats.counted;

import dev.tradeoff.MarkdownWarnings;
import dev.tradeoff.WorkBeforeThePlanWarning;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.ParsedFiles;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.load.StrategySource;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.RenderMemo;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.view.PlainTextMarkdown;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

/**
 * Runs the pipeline into memory: the same load, analysis, view and renderer as {@code tradeoff:build},
 * with {@link BuiltFiles} in place of the staged folders. Never throws for a bad strategy or a
 * broken template: the snapshot then carries the page that says what is wrong.
 *
 * <p>A rebuild follows an edit of one or two files, so each build keeps what the next can reuse:
 * the parsed strategy files ({@link ParsedFiles}, reused where the bytes are the same), the renderer
 * with its parsed templates (replaced when the template folder changes) and what it rendered
 * ({@link RenderMemo}, reused where a file's inputs are the same). An edit that leaves the strategy
 * as it was (a comment, a blank line) and the templates as they were gives the last site at once.
 * The files are always those a full build would write.
 */
final class PreviewBuilder {

    /** The last site built, and what it was built from. */
    private record Built(Strategy strategy, TemplateFolder templates, SortedMap<String, byte[]> files) {
    }

    private final PreviewRequest request;
    private final PreviewLog log;
    private final ParsedFiles parsedFiles = new ParsedFiles();
    private final RenderMemo memo = new RenderMemo();
    /** Kept: it holds the Markdown parser, built once. */
    private final SiteViewBuilder views;
    private SiteRenderer renderer;
    private TemplateFolder rendererTemplates;
    private Built last;
    private List<Problem> lastWarnings = List.of();
    /** The Markdown the last view showed as plain text: the same while the strategy is. */
    private List<PlainTextMarkdown> lastPlainTexts = List.of();
    private List<Problem> lastPlanWarnings = List.of();

    PreviewBuilder(PreviewRequest request, PreviewLog log) {
        this.request = request;
        this.log = log;
        this.views = new SiteViewBuilder(request.effectiveThreads());
    }

    /** Builds on the calling thread; one build at a time. */
    Snapshot build(long version, Snapshot previous) {
        long started = System.nanoTime();
        String built = previous != null && previous.isBroken() ? "Fixed; built" : "Built";
        try {
            int threads = request.effectiveThreads();
            StrategyLoader loader = new StrategyLoader(threads, parsedFiles);
            DirectorySource source = new DirectorySource(request.strategyDirectory());
            Strategy strategy = loader.load(source);
            TemplateFolder templates = TemplateFolder.read(request.templateDirectory());
            if (last != null && templates != null && templates.sameAs(last.templates())
                    && strategy.equals(last.strategy())) {
                warnOfNew(loader.warnings(), lastPlainTexts, source);
                log.info(String.format(Locale.ROOT, "%s %s in %d ms (the strategy and templates are as"
                        + " before: nothing to render)", built, counted(strategy.initiatives().size(), "initiative"),
                        millisSince(started)));
                // The same site as the one served (a good build's is always last's files): the pages
                // open need not reload for a comment edited or a file touched.
                return previous != null && !previous.isBroken() ? previous : Snapshot.built(version, last.files());
            }
            Portfolio portfolio = PortfolioAnalysis.analyse(strategy);
            SiteRenderer renderer = renderer(templates);
            // The charts need only the portfolio: they are drawn while the view is built.
            SiteRenderer.Started render = renderer.start(portfolio, memo);
            SiteView view = views.build(portfolio);
            lastPlainTexts = views.plainTexts();
            lastPlanWarnings = WorkBeforeThePlanWarning.of(portfolio, source);
            warnOfNew(loader.warnings(), lastPlainTexts, source);
            BuiltFiles site = new BuiltFiles();
            // The server serves the site only; briefs are still rendered, so that a broken brief
            // template fails here as it would fail the build.
            renderer.finish(render, view, site, new BuiltFiles());
            last = templates == null ? null : new Built(strategy, templates, site.files());
            int rendered = memo.renderedByLastRender();
            log.info(String.format(Locale.ROOT, "%s %s in %d ms (%s rendered, %d unchanged)", built,
                    counted(portfolio.initiatives().size(), "initiative"), millisSince(started),
                    counted(rendered, "file"), memo.reusedByLastRender()));
            return Snapshot.built(version, site.files());
        } catch (StrategyException e) {
            String prefix = request.strategyLabel().isEmpty() ? "" : request.strategyLabel() + "/";
            int count = e.problems().size();
            log.warn("The strategy has " + (count == 1 ? "1 problem; the browser shows it until it is fixed:"
                    : count + " problems; the browser shows them until they are fixed:"));
            e.problems().forEach(problem -> log.warn(problem.format(prefix)));
            return Snapshot.broken(version, previous,
                    ProblemPage.problems(e.problems(), prefix, version, request.strategyDirectory()));
        } catch (IOException | RuntimeException e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            log.warn("Could not build the site: " + message);
            return Snapshot.broken(version, previous, ProblemPage.failure(message, version));
        }
    }

    /**
     * Logs the strategy's warnings, as the build does (the loader's, unstarted work before the plan,
     * then the Markdown shown as plain text), when they differ from the last build's: each edit
     * should not repeat them.
     */
    private void warnOfNew(List<Problem> loaderWarnings, List<PlainTextMarkdown> plainTexts, StrategySource source) {
        List<Problem> warnings = new ArrayList<>(loaderWarnings);
        warnings.addAll(lastPlanWarnings);
        warnings.addAll(MarkdownWarnings.of(plainTexts, source));
        if (!warnings.equals(lastWarnings)) {
            String prefix = request.strategyLabel().isEmpty() ? "" : request.strategyLabel() + "/";
            warnings.forEach(warning -> log.warn(warning.format(prefix)));
            lastWarnings = warnings;
        }
    }

    /**
     * The renderer for the template folder as it is now ({@code templates}, null when it could not be
     * read): the last one unless the folder changed.
     */
    private SiteRenderer renderer(TemplateFolder templates) {
        if (renderer == null || templates == null || !templates.sameAs(rendererTemplates)) {
            renderer = new SiteRenderer(request.templateDirectory(), request.effectiveThreads());
        }
        rendererTemplates = templates;
        return renderer;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
