package dev.tradeoff.load;

/** A node of a parsed YAML file, with the 1-based line and column where it starts. */
sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    int line();

    int column();

    /** The same node placed elsewhere (where an alias to it was written). */
    YamlNode at(int line, int column);

    /** What the user wrote, for "found ..." in messages: {@code 'twelve'}, {@code a list}, {@code nothing}. */
    String found();

    /** Nothing was written: {@code ~}, {@code null} or an empty value. */
    default boolean isNothing() {
        return false;
    }
}
