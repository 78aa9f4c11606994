package dev.tradeoff.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A build that fails after rendering has begun (here: a user's template that breaks, on the first
 * page or on the very last brief) leaves the previous output exactly as it was, with no staging
 * folder behind, and says which template failed.
 */
class FailedBuildLeavesOutputTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.ftlh", "matrix.ftlh", "initiative.md.ftl", "brief.md.ftl"})
    void aTemplateThatFailsLeavesThePreviousOutput(String template, @TempDir Path temp) throws Exception {
        Path strategy = temp.resolve("strategy");
        HostileCase.all().stream().filter(c -> c.name().equals("byte-order-mark")).findFirst().orElseThrow()
                .layOut(strategy, temp);
        Path output = temp.resolve("out");
        Tradeoff.build(new BuildRequest(strategy, output, null, 2));
        SortedMap<String, byte[]> before = snapshot(output);
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve(template), "${site.noSuchField.either}\n");

        Throwable failure = catchThrowable(() -> Tradeoff.build(new BuildRequest(strategy, output, templates, 2)));

        assertThat(failure).isInstanceOf(IOException.class).hasMessageContaining(template);
        assertThat(snapshot(output).keySet()).containsExactlyElementsOf(before.keySet());
        assertThat(snapshot(output)).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("site", "briefs");
        }
    }

    private static SortedMap<String, byte[]> snapshot(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
