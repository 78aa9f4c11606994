package dev.tradeoff;

import dev.tradeoff.load.MarkdownPlaces;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategySource;
import dev.tradeoff.view.PlainTextMarkdown;
import java.util.List;

/**
 * The Markdown the view shows as plain text ({@link dev.tradeoff.view.SiteViewBuilder#plainTexts()}),
 * as warnings in the shape of the loader's, {@code file:line:column: message}: the formatting the user
 * wrote vanished, and they should hear why rather than find out.
 */
public final class MarkdownWarnings {

    private MarkdownWarnings() {
    }

    /** A warning for each text, in their order, at its place in the files of {@code source}. */
    public static List<Problem> of(List<PlainTextMarkdown> plainTexts, StrategySource source) {
        if (plainTexts.isEmpty()) {
            return List.of();
        }
        MarkdownPlaces places = new MarkdownPlaces(source);
        return plainTexts.stream()
                .map(text -> text.initiative() != null
                        ? places.inSummary(text.initiative(), text.index(), text.message())
                        : places.inPage(text.page(), text.index(), text.message()))
                .toList();
    }

}
