package dev.tradeoff.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The YAML spellings of one {@link YamlName} enum, worked out once per type: the loader asks for
 * them at every status, kind and type it reads, tens of thousands of times at 10,000 initiatives.
 */
record YamlSpellings(List<String> names, Map<String, Object> constants) {

    private static final ClassValue<YamlSpellings> OF = new ClassValue<>() {
        @Override
        protected YamlSpellings computeValue(Class<?> type) {
            Object[] all = type.getEnumConstants();
            String[] names = new String[all.length];
            Map<String, Object> constants = new HashMap<>();
            for (int i = 0; i < all.length; i++) {
                names[i] = ((YamlName) all[i]).yamlName();
                constants.put(names[i], all[i]);
            }
            return new YamlSpellings(List.of(names), Map.copyOf(constants));
        }
    };

    static YamlSpellings of(Class<?> type) {
        return OF.get(type);
    }
}
