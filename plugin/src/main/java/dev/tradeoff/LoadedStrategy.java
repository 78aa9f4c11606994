package dev.tradeoff;

import dev.tradeoff.load.Problem;
import dev.tradeoff.model.Strategy;
import java.util.List;

/**
 * A strategy that loaded without problems, its warnings (valid, but probably not what was meant) and
 * the editors' leftovers the loader skipped, by path.
 */
public record LoadedStrategy(Strategy strategy, List<Problem> warnings, List<String> leftovers) {

    public LoadedStrategy {
        warnings = List.copyOf(warnings);
        leftovers = List.copyOf(leftovers);
    }
}
