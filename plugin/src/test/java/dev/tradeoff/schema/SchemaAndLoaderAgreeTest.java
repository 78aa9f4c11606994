package dev.tradeoff.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.tradeoff.load.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The JSON Schemas and the loader never disagree: every shared fixture gets the verdict its folder
 * names from both (see {@link SchemaFixtures}), and at every level of every file the loader knows
 * exactly the keys the schema lists.
 */
class SchemaAndLoaderAgreeTest {

    private static final String PROBE = "zzzzzz";
    private static final Pattern EXPECTED_KEYS =
            Pattern.compile("unknown key '" + PROBE + "' \\(expected (.*), or a key of your own starting with x-\\)");

    @TestFactory
    Stream<DynamicTest> everyFixtureGetsTheSameVerdictFromBoth() {
        return SchemaFixtures.all().stream().map(fixture -> DynamicTest.dynamicTest(fixture.toString(), () -> {
            Set<ValidationMessage> schemaErrors = Validators.schemaErrors(fixture.kind(), fixture.text());
            List<Problem> problems = Validators.loaderProblems(Map.of(fixture.path(), fixture.text()));
            String is = fixture + ": ";
            assertThat(problems).as(is + "problems outside the fixture's own file")
                    .allMatch(p -> p.file().equals(fixture.path()));
            switch (fixture.verdict()) {
                case SchemaFixtures.VALID -> {
                    assertThat(problems).as(is + "loader problems with a valid fixture").isEmpty();
                    assertThat(schemaErrors).as(is + "schema errors on a valid fixture").isEmpty();
                }
                case SchemaFixtures.INVALID -> {
                    assertThat(problems).as(is + "loader problems with an invalid fixture").isNotEmpty();
                    assertThat(schemaErrors).as(is + "schema errors on an invalid fixture (loader said " + problems + ")")
                            .isNotEmpty();
                }
                case SchemaFixtures.LOADER_ONLY -> {
                    assertThat(problems).as(is + "loader problems with a loader-only fixture").isNotEmpty();
                    assertThat(schemaErrors).as(is + "schema errors on a fixture only the loader can judge").isEmpty();
                }
                default -> throw new AssertionError("unknown verdict folder " + fixture.verdict());
            }
        }));
    }

    @Test
    void thereAreFixturesOfEveryVerdictForEverySchema() {
        List<SchemaFixtures> all = SchemaFixtures.all();
        for (String name : StrategySchemas.NAMES) {
            assertThat(all).as(name + " valid").anyMatch(f -> f.kind().equals(name) && f.verdict().equals("valid"));
            assertThat(all).as(name + " invalid").anyMatch(f -> f.kind().equals(name) && f.verdict().equals("invalid"));
            assertThat(all).as(name + " every-key").anyMatch(f -> f.kind().equals(name) && f.name().equals("every-key"));
        }
        assertThat(all).extracting(SchemaFixtures::kind).allMatch(StrategySchemas.NAMES::contains);
    }

    /**
     * Adds an unknown key to every mapping of each every-key fixture and reads the keys the loader
     * then lists as expected: they must be the properties of the schema at that place.
     */
    @TestFactory
    Stream<DynamicTest> theLoaderKnowsExactlyTheKeysOfTheSchema() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : StrategySchemas.NAMES) {
            SchemaFixtures fixture = SchemaFixtures.of(name, "valid", "every-key");
            JsonNode document = read(fixture.text());
            probe(fixture, document, document, Validators.schemaJson(name), Validators.schemaJson(name), "", tests);
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(StrategySchemas.NAMES.size() + 6);
        return tests.stream();
    }

    private void probe(SchemaFixtures fixture, JsonNode document, JsonNode node, JsonNode schema, JsonNode root,
            String where, List<DynamicTest> tests) {
        schema = resolve(schema, root, node);
        if (node.isObject() && schema.has("properties")) {
            ObjectNode mapping = (ObjectNode) node;
            Set<String> schemaKeys = new TreeSet<>();
            schema.get("properties").fieldNames().forEachRemaining(schemaKeys::add);
            String label = fixture.kind() + (where.isEmpty() ? " (top level)" : " at " + where);
            tests.add(DynamicTest.dynamicTest(label, () -> {
                mapping.put(PROBE, 1);
                String probed;
                try {
                    probed = Validators.YAML.writeValueAsString(document);
                } finally {
                    mapping.remove(PROBE);
                }
                List<Problem> problems = Validators.loaderProblems(Map.of(fixture.path(), probed));
                Set<String> loaderKeys = problems.stream()
                        .map(p -> EXPECTED_KEYS.matcher(p.message()))
                        .filter(Matcher::find)
                        .findFirst()
                        .map(m -> keys(m.group(1)))
                        .orElseThrow(() -> new AssertionError("no 'unknown key' problem listing the expected keys in "
                                + problems));
                assertThat(loaderKeys).as("keys the loader knows " + label).isEqualTo(schemaKeys);
            }));
            for (Iterator<Map.Entry<String, JsonNode>> fields = mapping.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property != null) {
                    probe(fixture, document, field.getValue(), property, root,
                            where.isEmpty() ? field.getKey() : where + "." + field.getKey(), tests);
                }
            }
        } else if (node.isArray() && schema.has("items") && node.size() > 0) {
            probe(fixture, document, node.get(0), schema.get("items"), root, where + "[0]", tests);
        }
    }

    /** Follows {@code $ref} and picks the {@code anyOf} branch of the node's type. */
    private static JsonNode resolve(JsonNode schema, JsonNode root, JsonNode node) {
        if (schema.has("$ref")) {
            String pointer = schema.get("$ref").asText().substring(1);
            return resolve(root.at(pointer), root, node);
        }
        if (schema.has("anyOf")) {
            String type = node.isObject() ? "object" : node.isArray() ? "array" : null;
            for (JsonNode branch : schema.get("anyOf")) {
                if (type != null && type.equals(branch.path("type").asText())) {
                    return branch;
                }
            }
        }
        return schema;
    }

    /** "a, b, c or d" → {a, b, c, d}. */
    private static Set<String> keys(String list) {
        Set<String> keys = new TreeSet<>();
        for (String part : list.split(", ")) {
            keys.addAll(Arrays.asList(part.split(" or ")));
        }
        return keys;
    }

    private static JsonNode read(String yaml) {
        try {
            return Validators.YAML.readTree(yaml);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
