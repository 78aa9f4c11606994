package dev.tradeoff.load;

/**
 * Warnings about a loaded strategy that only a later stage can find, placed at a top-level key of one
 * of its files ({@code strategy.yaml}'s {@code start}). The file is read again for the warning, as
 * {@link MarkdownPlaces} does; a file without the key, or that cannot be read now, gets it at line 0.
 */
public final class KeyPlaces {

    private final StrategySource source;

    public KeyPlaces(StrategySource source) {
        this.source = source;
    }

    /** A warning at the top-level {@code key} of {@code file} (relative to the strategy folder). */
    public Problem atKey(String file, String key, String message) {
        Problems problems = new Problems();
        String text = SourceText.readAgain(source, file, problems);
        YamlNode root = text == null ? null : YamlTree.parse(file, text, 0, problems);
        if (root instanceof YamlMapping mapping) {
            for (YamlMapping.Entry entry : mapping.entries()) {
                if (entry.key().equals(key)) {
                    return new Problem(file, entry.line(), entry.column(), message);
                }
            }
        }
        return new Problem(file, 0, 0, message);
    }
}
