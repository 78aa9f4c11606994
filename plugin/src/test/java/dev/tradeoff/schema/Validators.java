package dev.tradeoff.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The two validators held to the same fixtures: a JSON Schema validator and Tradeoff's own loader. */
final class Validators {

    static final YAMLMapper YAML = new YAMLMapper();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private Validators() {
    }

    static JsonNode schemaJson(String name) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(StrategySchemas.read(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the schema {@code name} says about a YAML text, as an editor would parse it: empty when valid. */
    static Set<ValidationMessage> schemaErrors(String name, String yaml) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(name, n -> FACTORY.getSchema(schemaJson(n)));
        try {
            JsonNode document = YAML.readTree(yaml);
            return schema.validate(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loader's problems with the base folder plus {@code files}: empty when it loads. */
    static List<Problem> loaderProblems(Map<String, String> files) {
        Map<String, String> folder = new HashMap<>(SchemaFixtures.BASE);
        folder.putAll(files);
        try {
            new StrategyLoader().load(new MemorySource(folder));
            return List.of();
        } catch (StrategyException e) {
            return e.problems();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
