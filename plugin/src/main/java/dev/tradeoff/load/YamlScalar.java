package dev.tradeoff.load;

import java.math.BigInteger;

/**
 * A single value, with the text as written and what the YAML parser took it for. {@code number} is
 * a {@link Long} or {@link BigInteger} for {@link Type#INTEGER} and a {@link Double} (possibly NaN
 * or infinite) for {@link Type#FLOAT}; null otherwise.
 */
record YamlScalar(Type type, String text, Number number, int line, int column) implements YamlNode {

    enum Type { NOTHING, TRUE, FALSE, INTEGER, FLOAT, STRING }

    private static final int SHOWN_LENGTH = 40;

    @Override
    public YamlScalar at(int line, int column) {
        return new YamlScalar(type, text, number, line, column);
    }

    boolean isBoolean() {
        return type == Type.TRUE || type == Type.FALSE;
    }

    @Override
    public boolean isNothing() {
        // `key:` with no value reaches us as an empty string; both mean "not given".
        return type == Type.NOTHING || type == Type.STRING && text.isEmpty();
    }

    @Override
    public String found() {
        if (isNothing()) {
            return "nothing";
        }
        // Quoted, a tab or spaces alone would read as "found ''", which says nothing.
        return text.isBlank() ? "only white space" : "'" + shown() + "'" + HiddenCharacters.note(shown());
    }

    /** The text as a message quotes it: trimmed, its first line only, cut after {@code SHOWN_LENGTH} characters. */
    public String shown() {
        String shown = text.trim();
        int newline = shown.indexOf('\n');
        if (newline >= 0) {
            shown = shown.substring(0, newline) + "...";
        }
        if (shown.length() > SHOWN_LENGTH) {
            shown = shown.substring(0, SHOWN_LENGTH) + "...";
        }
        return shown;
    }
}
