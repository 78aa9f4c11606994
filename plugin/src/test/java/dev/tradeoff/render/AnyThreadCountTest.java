package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.view.ListPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same strategy gives byte-identical output, every file of it, whatever the number of render
 * threads; with more initiatives than a page of a long table shows, so its later pages are compared too.
 */
class AnyThreadCountTest {

    @Test
    void everyFileIsTheSameWithOneOrTwoThreads(@TempDir Path work) throws Exception {
        Path strategy = work.resolve("strategy");
        StrategyGenerator.write(ListPage.ROWS + 100, 11, strategy);

        Map<String, byte[]> one = build(strategy, work.resolve("one"), 1);
        Map<String, byte[]> two = build(strategy, work.resolve("two"), 2);

        assertThat(one).hasSizeGreaterThan(1_500).containsKeys("site/initiatives/index_2.html", "site/roadmap_2.html");
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
        for (String path : one.keySet()) {
            assertThat(two.get(path)).as("%s with two threads", path).isEqualTo(one.get(path));
        }
    }

    /** Every file the build wrote (site and briefs), by path relative to the output folder. */
    private static Map<String, byte[]> build(Path strategy, Path output, int threads) throws Exception {
        Tradeoff.build(new BuildRequest(strategy, output, null, threads));
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(output)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(output.relativize(file).toString().replace('\\', '/'), read(file));
            }
        }
        return files;
    }

    private static byte[] read(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
