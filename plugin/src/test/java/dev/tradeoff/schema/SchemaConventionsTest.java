package dev.tradeoff.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How every schema is written: draft-07, a description on every property, no unknown keys but x-. */
class SchemaConventionsTest {

    /** Conditions only restate properties declared (and described) elsewhere. */
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "not");

    @Test
    void everySchemaIsAValidDraft07Schema() {
        var metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
        for (String name : StrategySchemas.NAMES) {
            JsonNode schema = Validators.schemaJson(name);
            assertThat(schema.path("$schema").asText()).isEqualTo("http://json-schema.org/draft-07/schema#");
            assertThat(schema.path("title").asText()).startsWith("Tradeoff ");
            assertThat(metaSchema.validate(schema)).as(name).isEmpty();
        }
    }

    @Test
    void everyPropertyIsDescribedAndOnlyXKeysMayBeAdded() {
        List<String> findings = new ArrayList<>();
        for (String name : StrategySchemas.NAMES) {
            check(name, "", Validators.schemaJson(name), findings);
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void theSharedDefinitionsAreTheSameInEverySchema() {
        JsonNode first = Validators.schemaJson(StrategySchemas.NAMES.get(0)).get("definitions");
        for (String name : StrategySchemas.NAMES) {
            JsonNode definitions = Validators.schemaJson(name).get("definitions");
            for (Iterator<String> shared = first.fieldNames(); shared.hasNext();) {
                String definition = shared.next();
                assertThat(definitions.get(definition)).as(name + " #/definitions/" + definition)
                        .isEqualTo(first.get(definition));
            }
        }
    }

    private static void check(String schema, String where, JsonNode node, List<String> findings) {
        if (node.isObject()) {
            if (node.has("properties")) {
                if (!node.path("additionalProperties").isBoolean() || node.get("additionalProperties").asBoolean()) {
                    findings.add(schema + where + ": additionalProperties must be false");
                }
                if (node.path("patternProperties").size() != 1 || !node.path("patternProperties").has("^x-")) {
                    findings.add(schema + where + ": patternProperties must allow exactly ^x-");
                }
                for (Iterator<Map.Entry<String, JsonNode>> properties = node.get("properties").fields();
                        properties.hasNext();) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    if (property.getValue().path("description").asText().isBlank()) {
                        findings.add(schema + where + "/properties/" + property.getKey() + ": no description");
                    }
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!CONDITIONS.contains(field.getKey())) {
                    check(schema, where + "/" + field.getKey(), field.getValue(), findings);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(schema, where + "/" + i, node.get(i), findings);
            }
        }
    }
}
