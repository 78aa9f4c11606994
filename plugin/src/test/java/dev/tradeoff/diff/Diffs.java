package dev.tradeoff.diff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyLoader;
import java.util.List;

/** Compares two in-memory versions of a strategy, as the pipeline does with files. */
final class Diffs {

    private Diffs() {
    }

    static Portfolio analyse(StrategyFiles files) throws Exception {
        return PortfolioAnalysis.analyse(new StrategyLoader().load(new MemorySource(files.files())));
    }

    static DiffResult compare(StrategyFiles base, StrategyFiles head) throws Exception {
        MemorySource before = new MemorySource(base.files());
        MemorySource after = new MemorySource(head.files());
        return StrategyDiff.compare(
                new StrategyDiff.Side("base", before, PortfolioAnalysis.analyse(new StrategyLoader().load(before))),
                new StrategyDiff.Side("head", after, PortfolioAnalysis.analyse(new StrategyLoader().load(after))),
                null);
    }

    static String markdown(DiffResult result) {
        return DiffMarkdown.write(new DiffViewBuilder(result.currency()).build(result, List.of()));
    }
}
