package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StrategyFolderHintTest {

    @TempDir
    Path project;

    private final Function<Path, String> shown = path -> project.relativize(path).toString();

    @Test
    void theFileItselfNamedGetsTheFolderThatHoldsIt() throws Exception {
        Path yaml = strategyIn(project.resolve("src/strategy"));

        assertThat(StrategyFolderHint.of(yaml, project, shown)).contains("tradeoff.strategyDirectory names the file"
                + " strategy.yaml: give the folder that holds it, -Dtradeoff.strategyDirectory=src/strategy");
    }

    @Test
    void aFolderOneLevelOffGetsTheOneThatHoldsStrategyYaml() throws Exception {
        strategyIn(project.resolve("src/strategy"));

        // -Dtradeoff.strategyDirectory=src: the folder exists, but strategy.yaml is one level down.
        assertThat(StrategyFolderHint.of(project.resolve("src"), project.resolve("elsewhere"), shown))
                .contains("Did you mean -Dtradeoff.strategyDirectory=src/strategy? It holds strategy.yaml.");
        // Maven run inside the strategy folder looks for src/strategy below it.
        Path inside = project.resolve("src/strategy");
        assertThat(StrategyFolderHint.of(inside.resolve("src/strategy"), inside, shown))
                .contains("Did you mean -Dtradeoff.strategyDirectory=src/strategy? It holds strategy.yaml.");
    }

    @Test
    void nothingIsSaidOfAStrategyFolderOrWhereNoneIsNear() throws Exception {
        Path folder = strategyIn(project.resolve("src/strategy")).getParent();

        assertThat(StrategyFolderHint.of(folder, project, shown)).isEmpty();
        assertThat(StrategyFolderHint.of(project.resolve("nowhere/near"), project.resolve("nowhere"), shown)).isEmpty();
    }

    private static Path strategyIn(Path folder) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve("strategy.yaml"), "organization: Acme\n");
    }
}
