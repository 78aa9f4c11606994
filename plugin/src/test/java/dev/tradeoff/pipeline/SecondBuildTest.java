package dev.tradeoff.pipeline;

import static dev.tradeoff.pipeline.StrategyFolder.assertSameFiles;
import static dev.tradeoff.pipeline.StrategyFolder.hiddenEntries;
import static dev.tradeoff.pipeline.StrategyFolder.snapshot;
import static dev.tradeoff.testing.AcmePayStrategy.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second build into the same folder, after one initiative changed, leaves exactly what a build
 * into an empty folder would, and writes only the files that changed: the others are the last
 * build's files, with their time stamps (which rsync and web caches go by).
 */
class SecondBuildTest {

    private static final FileTime LAST_BUILD = FileTime.fromMillis(1_700_000_000_000L);

    @TempDir
    Path folder;

    @Test
    void writesOnlyWhatChangedAndLeavesWhatAFreshBuildWould() throws Exception {
        Map<String, String> files = StrategyFolder.complete();
        Path output = folder.resolve("out");
        StrategyFolder.build(StrategyFolder.write(folder.resolve("first"), files), output, 2);
        Map<String, byte[]> first = snapshot(output);
        for (Path file : regularFiles(output)) {
            Files.setLastModifiedTime(file, LAST_BUILD);
        }
        files.put("initiatives/checkout-v2.yaml",
                replaceOnce(files.get("initiatives/checkout-v2.yaml"), "effort: 24", "effort: 30"));
        Path edited = StrategyFolder.write(folder.resolve("edited"), files);

        StrategyFolder.build(edited, output, 2);
        Path fresh = folder.resolve("fresh");
        StrategyFolder.build(edited, fresh, 2);

        Map<String, byte[]> second = snapshot(output);
        assertSameFiles(second, snapshot(fresh));
        List<String> same = second.keySet().stream()
                .filter(path -> Arrays.equals(second.get(path), first.get(path))).toList();
        List<String> changed = second.keySet().stream().filter(path -> !same.contains(path)).toList();
        assertThat(same).contains("site/assets/tradeoff.css", "site/initiatives/old-ledger.html");
        assertThat(changed).contains("site/initiatives/checkout-v2.html", "site/charts/cashflow-checkout-v2.svg",
                "briefs/initiatives/checkout-v2.md", "site/data/portfolio.json");
        for (String path : same) {
            assertThat(Files.getLastModifiedTime(output.resolve(path))).as(path).isEqualTo(LAST_BUILD);
        }
        for (String path : changed) {
            assertThat(Files.getLastModifiedTime(output.resolve(path))).as(path).isNotEqualTo(LAST_BUILD);
        }
        for (Path file : regularFiles(output)) {
            assertThat(Files.getAttribute(file, "unix:nlink")).as("links to %s", file).isEqualTo(1);
        }
        assertThat(hiddenEntries(output)).as("staging or old folders left behind").isEmpty();
    }

    private static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).toList();
        }
    }
}
