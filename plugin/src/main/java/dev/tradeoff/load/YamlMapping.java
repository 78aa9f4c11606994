package dev.tradeoff.load;

import java.util.List;

/** A YAML mapping; its entries keep the order written (duplicate keys are dropped, and reported, by {@link YamlTree}). */
record YamlMapping(List<Entry> entries, int line, int column) implements YamlNode {

    /** One {@code key: value} pair; line and column are those of the key. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    YamlMapping {
        entries = List.copyOf(entries);
    }

    /** The value of {@code key}, or null. */
    YamlNode get(String key) {
        for (Entry entry : entries) {
            if (entry.key().equals(key)) {
                return entry.value();
            }
        }
        return null;
    }

    @Override
    public YamlMapping at(int line, int column) {
        return new YamlMapping(entries, line, column);
    }

    @Override
    public String found() {
        return "a mapping";
    }
}
