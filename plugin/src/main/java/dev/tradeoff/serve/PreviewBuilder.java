package dev.tradeoff.serve;

import dev.tradeoff.Tradeoff;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.render.output.MemoryOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.IOException;
import java.util.Locale;

/**
 * Runs the pipeline into memory: the same load, analysis, view and renderer as {@code tradeoff:build},
 * with a {@link MemoryOutput} in place of the staged folders. Never throws for a bad strategy or a
 * broken template: the snapshot then carries the page that says what is wrong.
 */
final class PreviewBuilder {

    private final PreviewRequest request;
    private final PreviewLog log;

    PreviewBuilder(PreviewRequest request, PreviewLog log) {
        this.request = request;
        this.log = log;
    }

    Snapshot build(long version, Snapshot previous) {
        long started = System.nanoTime();
        try {
            Portfolio portfolio = Tradeoff.analyse(request.strategyDirectory());
            SiteView view = new SiteViewBuilder().build(portfolio);
            MemoryOutput site = new MemoryOutput();
            MemoryOutput briefs = new MemoryOutput();
            new SiteRenderer(request.templateDirectory(), request.effectiveThreads())
                    .render(portfolio, view, site, briefs);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info(String.format(Locale.ROOT, "%s %d initiatives in %d ms",
                    previous != null && previous.isBroken() ? "Fixed; built" : "Built",
                    portfolio.initiatives().size(), millis));
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
}
