package dev.tradeoff.diff;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small strategy as files (relative path → YAML text) that the tests edit into the versions they
 * compare. The base version: plan 2027-Q1, 8 quarters, 10k per person-month, band [0.2, 0.3].
 * <pre>
 * core-platform   platform  committed  2027-Q1 × 2  effort 20  cloud-saving 50k   grow/revenue, scalability
 * checkout        product   committed  2027-Q1 × 2  effort 60  revenue 100k       grow/revenue
 * legacy-cleanup  platform  proposed   2027-Q2 × 1  effort 10  no benefits        grow/uptime
 * reporting       product   proposed   2027-Q3 × 2  effort 20  revenue 20k
 * </pre>
 * Allocation: 2027-Q1 25% (within), Q2 40% (above), Q3 and Q4 0% (below), then idle. Load in
 * scale.yaml breaches in 2028-Q1, so core-platform's latest start is 2027-Q3.
 */
final class StrategyFiles {

    private final Map<String, String> files = new TreeMap<>();

    private StrategyFiles() {
    }

    static StrategyFiles base() {
        StrategyFiles s = new StrategyFiles();
        s.put("strategy.yaml", """
                organization: Acme Pay
                currency: USD
                start: 2027-Q1
                horizon: 8
                costPerPersonMonth: 10k
                capacity: 100
                """);
        s.put("okrs/grow.yaml", """
                objective: Grow revenue reliably
                quarter: 2027-Q4
                keyResults:
                  - id: revenue
                    title: Quarterly revenue
                    baseline: 100
                    target: 200
                    current: 120
                  - id: uptime
                    title: Uptime of the payment path
                    baseline: 99
                    target: 99.9
                    current: 99.5
                """);
        s.put("scale.yaml", """
                metric: peak tps
                capacity: 1000
                headroom: 0.8
                growth: 0.1
                values:
                  "2026-Q3": 400
                  "2026-Q4": 500
                """);
        s.put("initiatives/core-platform.yaml", """
                title: Core platform
                kind: platform
                status: committed
                start: 2027-Q1
                duration: 2
                effort: 20
                benefits:
                  - type: cloud-saving
                    amount: 50k
                value: 6
                riskReduction: 8
                keyResults: [grow/revenue]
                addresses: [scalability]
                """);
        s.put("initiatives/checkout.yaml", """
                title: Checkout
                kind: product
                status: committed
                start: 2027-Q1
                duration: 2
                effort: 60
                benefits:
                  - type: revenue
                    amount: 100k
                value: 8
                riskReduction: 3
                keyResults: [grow/revenue]
                """);
        s.put("initiatives/legacy-cleanup.yaml", """
                title: Legacy cleanup
                kind: platform
                status: proposed
                start: 2027-Q2
                duration: 1
                effort: 10
                value: 3
                riskReduction: 7
                keyResults: [grow/uptime]
                """);
        s.put("initiatives/reporting.yaml", """
                title: Reporting
                kind: product
                status: proposed
                start: 2027-Q3
                duration: 2
                effort: 20
                benefits:
                  - type: revenue
                    amount: 20k
                value: 4
                riskReduction: 2
                """);
        return s;
    }

    /**
     * The head version of the main scenario: new-api added, reporting removed, checkout renamed and
     * bigger, core-platform three quarters later (late for the breach), legacy-cleanup dropped.
     * Allocation: Q1 and Q2 0% (below), Q3 0% (below), Q4 and 2028-Q1 100% (above).
     */
    static StrategyFiles head() {
        StrategyFiles s = base();
        s.remove("initiatives/reporting.yaml");
        s.put("initiatives/new-api.yaml", """
                title: Partner API
                kind: product
                status: proposed
                start: 2027-Q3
                duration: 1
                effort: 30
                benefits:
                  - type: revenue
                    amount: 40k
                value: 7
                riskReduction: 2
                """);
        s.edit("initiatives/checkout.yaml", "title: Checkout\n", "title: Checkout v2\n");
        s.edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 80\n");
        s.edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q4\n");
        s.edit("initiatives/legacy-cleanup.yaml", "status: proposed\n", "status: dropped\n");
        return s;
    }

    StrategyFiles copy() {
        StrategyFiles copy = new StrategyFiles();
        copy.files.putAll(files);
        return copy;
    }

    StrategyFiles put(String path, String text) {
        files.put(path, text);
        return this;
    }

    StrategyFiles remove(String path) {
        files.remove(path);
        return this;
    }

    /** Moves the file at {@code from} to {@code to}, as {@code git mv} does. */
    StrategyFiles rename(String from, String to) {
        String text = files.remove(from);
        if (text == null) {
            throw new IllegalArgumentException("no " + from);
        }
        files.put(to, text);
        return this;
    }

    /** A platform team "core" of 5 people (12 person-months a quarter) that owns core-platform. */
    StrategyFiles withCoreTeamOwningCorePlatform() {
        return put("teams.yaml", "teams:\n  - id: core\n    name: Core\n    type: platform\n    people: 5\n")
                .edit("initiatives/core-platform.yaml", "status: committed\n", "owner: core\nstatus: committed\n");
    }

    /** Replaces {@code from} (which must be there) by {@code to} in one file. */
    StrategyFiles edit(String path, String from, String to) {
        String text = files.get(path);
        if (text == null || !text.contains(from)) {
            throw new IllegalArgumentException(path + " has no '" + from.strip() + "'");
        }
        files.put(path, text.replace(from, to));
        return this;
    }

    Map<String, String> files() {
        return new LinkedHashMap<>(files);
    }

    /** Makes {@code folder} hold exactly these files. */
    void writeTo(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    if (!p.equals(folder)) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), UTF_8);
        }
    }
}
