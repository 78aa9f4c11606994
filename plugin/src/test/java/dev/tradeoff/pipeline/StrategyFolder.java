package dev.tradeoff.pipeline;

import static dev.tradeoff.testing.AcmePayStrategy.replaceOnce;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.BuildResult;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.testing.AcmePayStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Strategy folders written to disk for whole-pipeline tests, and helpers to build and read them. */
final class StrategyFolder {

    /** A small strategy that uses every file of SPEC.md section 1: three initiatives (one dropped), two objectives. */
    static Map<String, String> complete() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("strategy.yaml",
                replaceOnce(AcmePayStrategy.STRATEGY, "start: 2027-Q1\n", "start: 2027-Q1\nhorizon: 8\n"));
        files.put("initiatives/payments-platform.yaml", AcmePayStrategy.PAYMENTS_PLATFORM_PLAN + """
                addresses: [outages, compliance, scalability]
                tags: [core, pci]
                summary: |
                  One PCI-scoped core instead of three forks. See [the notes](../pages/notes.html).
                links:
                  design: https://wiki.example.com/payments
                """);
        files.put("initiatives/checkout-v2.yaml", AcmePayStrategy.CHECKOUT_V2 + """
                summary: A faster checkout with **one-click** payments.
                """);
        files.put("initiatives/old-ledger.yaml", """
                title: Old ledger migration
                kind: product
                status: dropped
                start: 2027-Q3
                duration: 2
                effort: 10
                value: 2
                riskReduction: 2
                """);
        files.put("okrs/expand-regions.yaml", AcmePayStrategy.EXPAND_REGIONS);
        files.put("okrs/reliability.yaml", """
                objective: Be reliable at scale
                quarter: 2028-Q2
                keyResults:
                  - id: uptime
                    title: Payment API uptime
                    unit: "%"
                    baseline: 99.5
                    target: 99.95
                    current: 99.6
                """);
        files.put("teams.yaml", AcmePayStrategy.TEAMS);
        files.put("signals.yaml", """
                signals:
                  - indicator: outages
                    metric: Sev1 incidents per quarter
                    better: lower
                    threshold: 4
                    values:
                      "2026-Q2": 2
                      "2026-Q3": 3
                      "2026-Q4": 5
                """);
        files.put("scale.yaml", """
                metric: peak transactions per second
                unit: tps
                capacity: 20000
                values:
                  "2026-Q2": 3500
                  "2026-Q3": 4700
                  "2026-Q4": 6000
                """);
        files.put("platform.yaml", AcmePayStrategy.PLATFORM);
        files.put("pages/notes.md", """
                ---
                title: Planning notes
                order: 1
                ---
                # Planning notes

                Back to the [summary](../index.html) or the [matrix](../matrix.html).

                | Assumption | Value |
                |---|---|
                | Discount rate | 10% |
                """);
        return files;
    }

    static Path write(Path folder, Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BuildResult build(Path strategy, Path output, int threads) throws Exception {
        return Tradeoff.build(new BuildRequest(strategy, output, null, threads));
    }

    /** Every regular file below {@code root}, by '/'-separated relative path, with its bytes. */
    static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    /** The same relative paths with the same bytes; names the first files that differ. */
    static void assertSameFiles(Map<String, byte[]> actual, Map<String, byte[]> expected) {
        org.assertj.core.api.Assertions.assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        java.util.List<String> different = expected.keySet().stream()
                .filter(path -> !java.util.Arrays.equals(actual.get(path), expected.get(path)))
                .toList();
        org.assertj.core.api.Assertions.assertThat(different).as("files whose bytes differ").isEmpty();
    }

    /** Names in {@code folder} that start with '.': staging or set-aside folders left behind. */
    static java.util.List<String> hiddenEntries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.startsWith(".")).sorted().toList();
        }
    }

    private StrategyFolder() {
    }
}
