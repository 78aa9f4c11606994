package dev.tradeoff.schema;

import dev.tradeoff.render.output.SiteOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * The JSON Schema (draft-07) of each kind of strategy file, by name: {@code strategy},
 * {@code initiative}, {@code objective}, {@code teams}, {@code signals}, {@code scale} and
 * {@code platform}, each in {@code <name>.schema.json}.
 */
public final class StrategySchemas {

    /** Where the schemas are in the plugin jar. */
    public static final String RESOURCE_FOLDER = "dev/tradeoff/schemas/";

    /** Every schema, in the order of the format reference. */
    public static final List<String> NAMES =
            List.of("strategy", "initiative", "objective", "teams", "signals", "scale", "platform");

    private StrategySchemas() {
    }

    /** The file name of the schema {@code name}: {@code initiative.schema.json}. */
    public static String fileName(String name) {
        return name + ".schema.json";
    }

    /** The schema {@code name} as bytes (UTF-8 JSON). */
    public static byte[] read(String name) throws IOException {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No schema named '" + name + "'; there are " + NAMES);
        }
        try (InputStream in = StrategySchemas.class.getClassLoader()
                .getResourceAsStream(RESOURCE_FOLDER + fileName(name))) {
            if (in == null) {
                throw new IOException("The plugin jar has no " + RESOURCE_FOLDER + fileName(name));
            }
            return in.readAllBytes();
        }
    }

    /**
     * Writes every schema into {@code folder} of {@code output}: {@code "schemas/"} gives
     * {@code schemas/initiative.schema.json} and the others. Returns how many files it wrote.
     */
    public static int writeTo(SiteOutput output, String folder) throws IOException {
        String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
        for (String name : NAMES) {
            output.write(prefix + fileName(name), read(name));
        }
        return NAMES.size();
    }
}
