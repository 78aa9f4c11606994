package dev.tradeoff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.render.RenderStats;

/** What a build produced: the analysed portfolio and what was written. */
public record BuildResult(Portfolio portfolio, RenderStats stats) {
}
