package dev.tradeoff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.load.Problem;
import dev.tradeoff.render.RenderStats;
import java.util.List;

/**
 * What a build produced: the analysed portfolio, what was written, and the strategy's warnings: the
 * loader's, then those of Markdown that the site or a brief shows as plain text ({@link MarkdownWarnings}),
 * then one for work not yet started that is planned before the plan ({@link WorkBeforeThePlanWarning});
 * and the editors' leftovers the loader skipped ({@code initiatives/x.yaml~}), by path, to be
 * mentioned once.
 */
public record BuildResult(Portfolio portfolio, RenderStats stats, List<Problem> warnings, List<String> leftovers) {

    public BuildResult {
        warnings = List.copyOf(warnings);
        leftovers = List.copyOf(leftovers);
    }
}
