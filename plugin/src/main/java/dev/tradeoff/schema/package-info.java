/**
 * The JSON Schemas of the strategy files, shipped in the plugin jar under
 * {@code dev/tradeoff/schemas/}: editors (VS Code's YAML extension, IntelliJ) use them to complete
 * and check {@code strategy.yaml}, initiatives, objectives, {@code teams.yaml}, {@code signals.yaml},
 * {@code scale.yaml} and {@code platform.yaml} as they are typed. They accept everything the loader
 * accepts; what they cannot see (references to other files, an id against its file name, keys
 * written twice) only the loader checks. A test holds both to the same fixtures.
 */
package dev.tradeoff.schema;
