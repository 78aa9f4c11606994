package dev.tradeoff.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.hostile.SiteFiles;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Whole builds of random strategies, written out as YAML and built as a user would: every link
 * between the site's pages leads somewhere, and the same input gives the same bytes whatever the
 * number of threads. Few tries: each one is a full build.
 */
class SitePropertiesTest {

    private Path temp;

    @Provide
    Arbitrary<Strategy> strategies() {
        return RandomStrategies.strategies();
    }

    @BeforeTry
    void createFolder() throws IOException {
        temp = Files.createTempDirectory("tradeoff-site-property");
    }

    @AfterTry
    void deleteFolder() throws IOException {
        try (Stream<Path> walk = Files.walk(temp)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 30)
    void everyLinkBetweenPagesResolves(@ForAll("strategies") Strategy strategy) throws Exception {
        Path output = build(strategy, temp.resolve("out"), 2);

        SiteFiles site = SiteFiles.read(output.resolve("site"));
        assertThat(site.htmlPages()).contains("index.html", "initiatives/index.html", "okrs/index.html");
        assertThat(site.brokenLinks()).isEmpty();
    }

    @Property(tries = 20)
    void twoBuildsAreByteIdentical(@ForAll("strategies") Strategy strategy) throws Exception {
        SortedMap<String, byte[]> first = files(build(strategy, temp.resolve("one"), 1));
        SortedMap<String, byte[]> second = files(build(strategy, temp.resolve("two"), 4));

        assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
        assertThat(second).allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.get(path)));
    }

    private Path build(Strategy strategy, Path output, int threads) throws Exception {
        Path folder = temp.resolve("strategy");
        if (!Files.exists(folder)) {
            StrategyYaml.write(strategy, folder);
        }
        Tradeoff.build(new BuildRequest(folder, output, null, threads));
        return output;
    }

    private static SortedMap<String, byte[]> files(Path root) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
