package dev.tradeoff.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared fixtures under {@code src/test/resources/schema-fixtures/<kind>/<verdict>/<name>.yaml}.
 * A kind is a schema name; a verdict says what both validators must say:
 * <ul>
 * <li>{@code valid}: the schema and the loader accept it;</li>
 * <li>{@code invalid}: both reject it;</li>
 * <li>{@code loader-only}: the schema accepts it and the loader rejects it, for a reason no JSON
 *     Schema can see (another file, the file name, a key written twice, a range on a quoted number,
 *     a number other than 0 below 1e-15 in size, money written as text above 1e15).</li>
 * </ul>
 * Nothing the loader accepts may be rejected by the schema: an editor must never flag a valid file.
 */
record SchemaFixtures(String kind, String verdict, String name, String text) {

    static final String VALID = "valid";
    static final String INVALID = "invalid";
    static final String LOADER_ONLY = "loader-only";

    /** A strategy folder with no problems, that every fixture is added to (or replaces a file of). */
    static final Map<String, String> BASE = Map.of(
            "strategy.yaml", """
                    organization: Acme Pay
                    start: 2027-Q1
                    costPerPersonMonth: 15k
                    capacity: 120
                    """,
            "teams.yaml", """
                    teams:
                      - id: payments-core
                        name: Payments Core
                        type: platform
                        people: 8
                    """,
            "initiatives/base-product.yaml", """
                    title: Checkout redesign
                    kind: product
                    duration: 2
                    effort: 12
                    value: 8
                    riskReduction: 3
                    """,
            "okrs/base-goal.yaml", """
                    objective: Grow
                    quarter: 2027-Q4
                    keyResults:
                      - id: kr-one
                        title: Revenue
                        baseline: 1
                        target: 2
                        current: 1.5
                    """);

    /** Where in the strategy folder a fixture of this kind goes. */
    String path() {
        return switch (kind) {
            case "strategy", "teams", "signals", "scale", "platform" -> kind + ".yaml";
            case "initiative" -> "initiatives/" + name + ".yaml";
            case "objective" -> "okrs/" + name + ".yaml";
            default -> throw new IllegalStateException("unknown fixture kind " + kind);
        };
    }

    @Override
    public String toString() {
        return kind + "/" + verdict + "/" + name;
    }

    static Path root() {
        try {
            return Path.of(SchemaFixtures.class.getClassLoader().getResource("schema-fixtures").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<SchemaFixtures> all() {
        List<SchemaFixtures> fixtures = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Path relative = root().relativize(file);
                String fileName = relative.getFileName().toString();
                fixtures.add(new SchemaFixtures(relative.getName(0).toString(), relative.getName(1).toString(),
                        fileName.substring(0, fileName.length() - ".yaml".length()),
                        Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fixtures;
    }

    static SchemaFixtures of(String kind, String verdict, String name) {
        return all().stream()
                .filter(f -> f.kind.equals(kind) && f.verdict.equals(verdict) && f.name.equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no fixture " + kind + "/" + verdict + "/" + name));
    }
}
