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
import dev.tradeoff.render.output.StagedDirectoryOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The one pipeline every goal runs: load → analyse → narrate and view → render → move into place. */
public final class Tradeoff {

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
        StrategyLoader loader = new StrategyLoader(request.effectiveThreads());
        DirectorySource source = new DirectorySource(request.strategyDirectory());
        Portfolio portfolio = PortfolioAnalysis.analyse(loader.load(source));
        SiteViewBuilder views = new SiteViewBuilder(request.effectiveThreads());
        SiteView view = views.build(portfolio);
        List<Problem> warnings = new ArrayList<>(loader.warnings());
        warnings.addAll(MarkdownWarnings.of(views.plainTexts(), source));
        warnings.addAll(WorkBeforeThePlanWarning.of(portfolio, source));
        SiteRenderer renderer = new SiteRenderer(request.templateDirectory(), request.effectiveThreads(),
                request.siteUrl());
        try (StagedDirectoryOutput site = new StagedDirectoryOutput(request.outputDirectory().resolve("site"));
             StagedDirectoryOutput briefs = new StagedDirectoryOutput(request.outputDirectory().resolve("briefs"))) {
            RenderStats stats = renderer.render(portfolio, view, site, briefs);
            site.commit();
            briefs.commit();
            return new BuildResult(portfolio, stats, warnings, loader.leftovers());
        }
    }
}
