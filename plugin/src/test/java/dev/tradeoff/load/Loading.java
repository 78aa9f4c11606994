package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Loading a strategy from memory in tests. */
final class Loading {

    private Loading() {
    }

    static Strategy load(Map<String, String> files) {
        try {
            return new StrategyLoader().load(new MemorySource(files));
        } catch (StrategyException e) {
            throw new AssertionError("expected a valid strategy, got:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The formatted warnings of a strategy that must load. */
    static List<String> warnings(Map<String, String> files) {
        StrategyLoader loader = new StrategyLoader();
        try {
            loader.load(new MemorySource(files));
        } catch (StrategyException e) {
            throw new AssertionError("expected a valid strategy, got:\n" + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loader.warnings().stream().map(p -> p.format("")).toList();
    }

    /** The formatted problems of a strategy that must fail. */
    static List<String> problems(Map<String, String> files) {
        StrategyException e = catchThrowableOfType(StrategyException.class,
                () -> new StrategyLoader().load(new MemorySource(files)));
        assertThat(e).as("the strategy should fail to load").isNotNull();
        return e.problems().stream().map(p -> p.format("")).toList();
    }

    /** The valid strategy with one file replaced must fail with exactly {@code expected}. */
    static void assertOnlyProblem(String path, String text, String expected) {
        assertThat(problems(ValidStrategy.with(path, text))).containsExactly(expected);
    }
}
