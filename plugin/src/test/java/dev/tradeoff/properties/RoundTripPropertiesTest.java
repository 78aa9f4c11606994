package dev.tradeoff.properties;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.PortfolioJson;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A strategy written back out as YAML and loaded again is the same strategy, down to the last figure. */
class RoundTripPropertiesTest {

    @Provide
    Arbitrary<Strategy> strategies() {
        return RandomStrategies.strategies();
    }

    @Property(tries = 200)
    void writtenOutAndLoadedAgainGivesTheSameFigures(@ForAll("strategies") Strategy strategy) throws Exception {
        Strategy loaded;
        try {
            loaded = new StrategyLoader().load(new MemorySource(StrategyYaml.files(strategy)));
        } catch (StrategyException e) {
            throw new AssertionError("a valid strategy, written out, did not load:\n" + e.getMessage()
                    + "\n\nfiles:\n" + StrategyYaml.files(strategy), e);
        }

        String before = new String(PortfolioJson.write(PortfolioAnalysis.analyse(strategy)), UTF_8);
        String after = new String(PortfolioJson.write(PortfolioAnalysis.analyse(loaded)), UTF_8);
        assertThat(after).isEqualTo(before);
        assertThat(loaded.teams()).isEqualTo(strategy.teams());
        assertThat(loaded.signals()).isEqualTo(strategy.signals());
        assertThat(loaded.scale()).isEqualTo(strategy.scale());
        assertThat(loaded.platformMetrics()).isEqualTo(strategy.platformMetrics());
        assertThat(loaded.objectives()).isEqualTo(strategy.objectives());
    }
}
