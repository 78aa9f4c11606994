package dev.tradeoff.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExistingFilesExceptionTest {

    private static final Path FOLDER = Path.of("src/strategy");

    @Test
    void namesEachFileInTheWayAndWhereAStarterGoes() {
        ExistingFilesException e = new ExistingFilesException(FOLDER, List.of(FOLDER.resolve("teams.yaml")));

        assertThat(e.explanation(Path::toString).split(System.lineSeparator())).containsExactly(
                "Not writing a starter strategy into src/strategy: 1 file is already there:",
                "  " + Path.of("src/strategy/teams.yaml"),
                "A starter goes into a new or empty folder: move them away, or pass"
                        + " -Dtradeoff.strategyDirectory=<another folder>.");
    }

    @Test
    void theFolderMavenRunsInIsNamedDot() {
        ExistingFilesException e = new ExistingFilesException(FOLDER, List.of(FOLDER.resolve("teams.yaml")));

        assertThat(e.explanation(path -> path.equals(FOLDER) ? "" : "teams.yaml"))
                .startsWith("Not writing a starter strategy into .: 1 file is already there:");
    }

    @Test
    void aWholeStrategyInTheWayIsNamedInTenLinesAndCounted() {
        List<Path> files = IntStream.range(0, 40).mapToObj(i -> FOLDER.resolve("initiatives/i" + i + ".yaml")).toList();

        String[] lines = new ExistingFilesException(FOLDER, files).explanation(Path::toString)
                .split(System.lineSeparator());

        assertThat(lines[0]).endsWith(": 40 files are already there:");
        assertThat(lines).hasSize(1 + ExistingFilesException.NAMED + 2);
        assertThat(lines[ExistingFilesException.NAMED + 1]).isEqualTo("  and 30 more");
    }
}
