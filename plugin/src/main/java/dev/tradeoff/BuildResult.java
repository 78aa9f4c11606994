package dev.tradeoff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.load.Problem;
import dev.tradeoff.render.RenderStats;
import java.util.List;

/**
 * What a build produced: the analysed portfolio, what was written, and the strategy's warnings: the
 * loader's, then those of Markdown that the site or a brief shows as plain text ({@link MarkdownWarnings}),
 * then one for work not yet started that is planned before the plan ({@link WorkBeforeThePlanWarning}).
 */
public record BuildResult(Portfolio portfolio, RenderStats stats, List<Problem> warnings) {

    public BuildResult {
        warnings = List.copyOf(warnings);
    }
}
