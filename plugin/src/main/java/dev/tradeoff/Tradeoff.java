package dev.tradeoff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.RenderStats;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.render.output.CountedOutput;
import dev.tradeoff.render.output.StagedDirectoryOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/** The one pipeline every goal runs: load → analyse → narrate and view → render → move into place. */
public final class Tradeoff {

    /** How often a build tells {@link BuildProgress#rendering} how far it got. */
    public static final long PROGRESS_EVERY_MILLIS = 10_000;

    private Tradeoff() {
    }

    /** Loads and validates a strategy folder; every problem is in the exception. */
    public static Strategy load(Path strategyDirectory) throws StrategyException, IOException {
        return validate(strategyDirectory).strategy();
    }

    /** Loads and validates a strategy folder: every problem is in the exception, the warnings in the result. */
    public static LoadedStrategy validate(Path strategyDirectory) throws StrategyException, IOException {
        StrategyLoader loader = new StrategyLoader();
        Strategy strategy = loader.load(new DirectorySource(strategyDirectory));
        return new LoadedStrategy(strategy, loader.warnings(), loader.leftovers());
    }

    /** Loads and analyses a strategy folder, writing nothing. */
    public static Portfolio analyse(Path strategyDirectory) throws StrategyException, IOException {
        return PortfolioAnalysis.analyse(load(strategyDirectory));
    }

    /**
     * Builds the site and briefs. Everything is written to staging folders first and moved into
     * place only when all of it rendered, so a failed build leaves the previous output as it was.
     */
    public static BuildResult build(BuildRequest request) throws StrategyException, IOException {
        return build(request, BuildProgress.NONE);
    }

    /** {@link #build(BuildRequest)}, telling {@code progress} how it goes. */
    public static BuildResult build(BuildRequest request, BuildProgress progress) throws StrategyException, IOException {
        long started = System.nanoTime();
        StrategyLoader loader = new StrategyLoader(request.effectiveThreads());
        DirectorySource source = new DirectorySource(request.strategyDirectory());
        Strategy strategy = loader.load(source);
        progress.loaded(strategy.initiatives().size(), strategy.objectives().size(), strategy.teams().size(),
                millisSince(started));
        Portfolio portfolio = PortfolioAnalysis.analyse(strategy);
        SiteViewBuilder views = new SiteViewBuilder(request.effectiveThreads());
        SiteView view = views.build(portfolio);
        List<Problem> warnings = new ArrayList<>(loader.warnings());
        warnings.addAll(MarkdownWarnings.of(views.plainTexts(), source));
        warnings.addAll(WorkBeforeThePlanWarning.of(portfolio, source));
        SiteRenderer renderer = new SiteRenderer(request.templateDirectory(), request.effectiveThreads(),
                request.siteUrl());
        progress.laidOut(millisSince(started));
        LongAdder written = new LongAdder();
        try (StagedDirectoryOutput site = new StagedDirectoryOutput(request.outputDirectory().resolve("site"),
                SiteRenderer.PORTFOLIO_JSON);
             StagedDirectoryOutput briefs = new StagedDirectoryOutput(request.outputDirectory().resolve("briefs"),
                     SiteRenderer.BRIEF)) {
            RenderStats stats;
            try (Ticker ticker = new Ticker(() -> progress.rendering(written.sum(), millisSince(started)))) {
                stats = renderer.render(portfolio, view, new CountedOutput(site, written),
                        new CountedOutput(briefs, written));
            }
            progress.rendered(written.sum(), millisSince(started));
            site.commit();
            briefs.commit();
            return new BuildResult(portfolio, stats, warnings, loader.leftovers());
        }
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    /** Runs a report every {@link #PROGRESS_EVERY_MILLIS} on a daemon thread of its own until closed. */
    private static final class Ticker implements AutoCloseable {

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "tradeoff-progress");
            thread.setDaemon(true);
            return thread;
        });

        Ticker(Runnable report) {
            timer.scheduleAtFixedRate(report, PROGRESS_EVERY_MILLIS, PROGRESS_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        }

        /** Stops the reports; one under way ends first, so that nothing is told after what comes next. */
        @Override
        public void close() {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
