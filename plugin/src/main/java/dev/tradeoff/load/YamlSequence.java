package dev.tradeoff.load;

import java.util.List;

/** A YAML sequence (a list). */
record YamlSequence(List<YamlNode> items, int line, int column) implements YamlNode {

    YamlSequence {
        items = List.copyOf(items);
    }

    @Override
    public YamlSequence at(int line, int column) {
        return new YamlSequence(items, line, column);
    }

    @Override
    public String found() {
        return items.isEmpty() ? "an empty list" : "a list";
    }
}
