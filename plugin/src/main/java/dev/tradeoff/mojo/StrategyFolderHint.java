package dev.tradeoff.mojo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the strategy probably is, when the folder given holds no {@code strategy.yaml}: the file
 * itself was named, or the folder is one level off (Maven run from {@code src/strategy}, or
 * {@code -Dtradeoff.strategyDirectory=src}).
 */
final class StrategyFolderHint {

    private static final String STRATEGY_YAML = "strategy.yaml";

    private StrategyFolderHint() {
    }

    /**
     * The hint for {@code given}, looking also around {@code current} (the folder Maven runs in);
     * {@code shown} names a path as messages do. Empty when {@code given} holds strategy.yaml, or
     * nothing near does.
     */
    static Optional<String> of(Path given, Path current, Function<Path, String> shown) {
        Path folder = given.toAbsolutePath().normalize();
        if (Files.isRegularFile(folder.resolve(STRATEGY_YAML))) {
            return Optional.empty();
        }
        if (Files.isRegularFile(folder) && folder.getFileName().toString().equals(STRATEGY_YAML)) {
            return Optional.of("tradeoff.strategyDirectory names the file strategy.yaml: give the folder that holds"
                    + " it, -Dtradeoff.strategyDirectory=" + shown.apply(folder.getParent()));
        }
        Path here = current.toAbsolutePath().normalize();
        for (Path candidate : List.of(here, here.resolve("strategy"), here.resolve("src/strategy"),
                folder.resolve("strategy"), folder.resolve("src/strategy"))) {
            if (!candidate.equals(folder) && Files.isRegularFile(candidate.resolve(STRATEGY_YAML))) {
                return Optional.of("Did you mean -Dtradeoff.strategyDirectory=" + shown.apply(candidate)
                        + "? It holds strategy.yaml.");
            }
        }
        return Optional.empty();
    }
}
