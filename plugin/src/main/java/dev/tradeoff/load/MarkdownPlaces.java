package dev.tradeoff.load;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Page;

/**
 * Warnings about the Markdown of a loaded strategy that only the view can find (a text it shows as
 * written, because reading it as Markdown would take too long), placed at their line and column in
 * the strategy's files. The file is read again for each warning: such texts are rare, so loading
 * keeps no places for every text. A file that no longer holds the same text (edited since it was
 * loaded), or cannot be read again, gets the warning at line 0, as a problem with a whole file.
 */
public final class MarkdownPlaces {

    private static final String SUMMARY = "summary";

    private final StrategySource source;

    public MarkdownPlaces(StrategySource source) {
        this.source = source;
    }

    /** A warning at {@code index} of {@code initiative}'s summary, where that is in its file. */
    public Problem inSummary(Initiative initiative, int index, String message) {
        String file = initiative.sourcePath();
        Problems placed = new Problems();
        String text = SourceText.readAgain(source, file, placed);
        YamlNode root = text == null ? null : YamlTree.parse(file, text, 0, placed);
        if (root instanceof YamlMapping mapping && mapping.get(SUMMARY) instanceof YamlScalar summary
                && summary.text().equals(initiative.summary())) {
            new NodeReader(file, placed, text).warningInText(summary, summary.text(), index, message);
            return placed.warnings().get(0);
        }
        return new Problem(file, 0, 0, message);
    }

    /** A warning at {@code index} of {@code page}'s Markdown, where that is in its file. */
    public Problem inPage(Page page, int index, String message) {
        String file = StrategyFolder.PAGES + "/" + page.slug() + ".md";
        String text = SourceText.readAgain(source, file, new Problems());
        // The body is the rest of the file after the front matter, with \r\n read as \n.
        String normalized = text == null ? "" : text.replace("\r\n", "\n");
        if (text == null || !normalized.endsWith(page.markdown())) {
            return new Problem(file, 0, 0, message);
        }
        TextPosition at = TextPosition.of(normalized, normalized.length() - page.markdown().length() + index);
        return new Problem(file, at.line(), at.column(), message);
    }
}
