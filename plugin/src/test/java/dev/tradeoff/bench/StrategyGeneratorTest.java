package dev.tradeoff.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's synthetic strategies load without problems and are the same for the same seed. */
class StrategyGeneratorTest {

    @Test
    void twoHundredInitiativesLoadWithoutProblems(@TempDir Path folder) throws Exception {
        StrategyGenerator.write(200, 42, folder);

        StrategyLoader loader = new StrategyLoader();
        Strategy strategy = loader.load(folder);

        // Nothing probably unmeant either: no status the dates contradict, no start after the plan.
        assertThat(loader.warnings()).isEmpty();
        assertThat(strategy.initiatives()).hasSize(200);
        assertThat(strategy.objectives()).hasSize(20);
        assertThat(strategy.teams()).hasSize(10);
        assertThat(strategy.signals()).extracting(s -> s.indicator().yamlName())
                .containsAll(Set.of("release-velocity", "outages", "compliance", "data-silos", "maintenance"));
        assertThat(strategy.scale()).isNotNull();
        assertThat(strategy.platformMetrics()).isNotEmpty();
        assertThat(strategy.initiatives()).extracting(Initiative::status).containsAll(Arrays.asList(Status.values()));
        assertThat(strategy.initiatives()).extracting(Initiative::kind).contains(Kind.PLATFORM, Kind.PRODUCT);
        assertThat(strategy.initiatives()).anySatisfy(i -> assertThat(i.benefits()).anySatisfy(
                b -> assertThat(b.ramp()).isPositive()));
        assertThat(strategy.initiatives()).anySatisfy(i -> assertThat(i.keyResults()).isNotEmpty());
        assertThat(strategy.initiatives()).anySatisfy(i -> assertThat(i.addresses()).contains("scalability"));
        assertThat(strategy.initiatives()).anySatisfy(i -> assertThat(i.owner()).isNotNull());
        Map<String, Initiative> byId = strategy.initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        assertThat(strategy.initiatives()).anySatisfy(i -> assertThat(i.enables()).isNotEmpty());
        for (Initiative initiative : strategy.initiatives()) {
            for (Enablement enablement : initiative.enables()) {
                assertThat(initiative.kind()).isEqualTo(Kind.PLATFORM);
                assertThat(byId.get(enablement.productId()).kind()).isEqualTo(Kind.PRODUCT);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFilesAndAnotherSeedOthers() {
        assertThat(StrategyGenerator.generate(50, 7)).isEqualTo(StrategyGenerator.generate(50, 7));
        assertThat(StrategyGenerator.generate(50, 7)).isNotEqualTo(StrategyGenerator.generate(50, 8));
        assertThat(StrategyGenerator.generate(50, 8).keySet()).isEqualTo(StrategyGenerator.generate(50, 7).keySet());
    }
}
