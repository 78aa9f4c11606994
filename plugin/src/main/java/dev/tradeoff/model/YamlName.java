package dev.tradeoff.model;

import java.util.List;
import java.util.Locale;

/** An enum constant whose YAML spelling is its name in lower-kebab-case ({@code IN_PROGRESS} → {@code in-progress}). */
public interface YamlName {

    String name();

    default String yamlName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant spelt {@code text} in YAML, or null. */
    static <E extends Enum<E> & YamlName> E fromYaml(Class<E> type, String text) {
        return text == null ? null : type.cast(YamlSpellings.of(type).constants().get(text));
    }

    /** Every constant's YAML spelling, in the order the constants are declared. */
    static <E extends Enum<E> & YamlName> List<String> spellings(Class<E> type) {
        return YamlSpellings.of(type).names();
    }
}
