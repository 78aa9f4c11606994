package dev.tradeoff.pipeline;

import static dev.tradeoff.pipeline.StrategyFolder.assertSameFiles;
import static dev.tradeoff.pipeline.StrategyFolder.build;
import static dev.tradeoff.pipeline.StrategyFolder.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input gives byte-identical output: whatever the threads, the folders or a previous build. */
class ReproducibleBuildTest {

    @TempDir
    static Path folder;

    static Path strategy;
    static Map<String, byte[]> singleThreaded;

    @BeforeAll
    static void buildOnce() throws Exception {
        strategy = StrategyFolder.write(folder.resolve("strategy"), StrategyFolder.complete());
        build(strategy, folder.resolve("one-thread"), 1);
        singleThreaded = snapshot(folder.resolve("one-thread"));
    }

    @Test
    void theFirstBuildWroteSomething() {
        assertThat(singleThreaded).containsKeys("site/index.html", "site/data/portfolio.json", "briefs/brief.md");
        assertThat(singleThreaded.keySet().stream().filter(path -> path.endsWith(".svg")).count()).isGreaterThan(5);
    }

    @Test
    void fourThreadsWriteTheSameBytesAsOne() throws Exception {
        build(strategy, folder.resolve("four-threads"), 4);

        assertSameFiles(snapshot(folder.resolve("four-threads")), singleThreaded);
    }

    @Test
    void aBuildInAnotherFolderWritesTheSameBytes() throws Exception {
        Path elsewhere = StrategyFolder.write(folder.resolve("elsewhere/deeper/strategy"), StrategyFolder.complete());

        build(elsewhere, folder.resolve("elsewhere/out"), 1);

        assertSameFiles(snapshot(folder.resolve("elsewhere/out")), singleThreaded);
    }

    @Test
    void rebuildingOverAPreviousOutputGivesTheSameBytesAndNothingStale() throws Exception {
        Path output = folder.resolve("again");
        Map<String, String> bigger = StrategyFolder.complete();
        bigger.put("initiatives/extra.yaml", """
                title: Extra
                kind: product
                duration: 1
                effort: 2
                value: 3
                riskReduction: 3
                """);
        build(StrategyFolder.write(folder.resolve("bigger"), bigger), output, 2);
        assertThat(snapshot(output)).containsKey("site/initiatives/extra.html");

        build(strategy, output, 3);

        assertSameFiles(snapshot(output), singleThreaded);
        assertThat(StrategyFolder.hiddenEntries(output)).isEmpty();
    }
}
