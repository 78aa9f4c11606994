package dev.tradeoff.load;

/** An id written in one file that must name something defined elsewhere, with where it was written. */
record Reference(String id, String file, int line, int column) {

    static Reference at(String id, String file, YamlNode node) {
        return new Reference(id, file, node.line(), node.column());
    }
}
