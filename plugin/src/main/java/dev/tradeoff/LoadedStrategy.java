package dev.tradeoff;

import dev.tradeoff.load.Problem;
import dev.tradeoff.model.Strategy;
import java.util.List;

/** A strategy that loaded without problems, and its warnings: valid, but probably not what was meant. */
public record LoadedStrategy(Strategy strategy, List<Problem> warnings) {

    public LoadedStrategy {
        warnings = List.copyOf(warnings);
    }
}
