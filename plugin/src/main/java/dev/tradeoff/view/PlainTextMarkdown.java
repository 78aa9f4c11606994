package dev.tradeoff.view;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Page;
import java.util.Optional;

/**
 * A text of the user's that the site or a brief shows as written, without its Markdown formatting,
 * because reading it as Markdown would take far longer than a text of its length should: an
 * initiative's summary, or a page (the other is null); where in that text the trouble starts
 * ({@code index}, a char index); and the build's warning about it, which says where it shows as
 * plain text, why and what to do.
 */
public record PlainTextMarkdown(Initiative initiative, Page page, int index, String message) {

    private static final String UNFORMATTED = ", without its Markdown formatting: ";

    /** {@code initiative}'s summary, when its page or its brief shows it as plain text. */
    static Optional<PlainTextMarkdown> ofSummary(Initiative initiative, MarkdownRendering onPage,
            MarkdownRendering inBrief) {
        if (!onPage.isPlainText() && !inBrief.isPlainText()) {
            return Optional.empty();
        }
        String where = onPage.isPlainText() && inBrief.isPlainText() ? "on its page and in its brief"
                : onPage.isPlainText() ? "on its page" : "in its brief";
        // The page's reason first: it was found in the text as written, the brief's maybe in a rewritten one.
        PlainTextReason why = onPage.isPlainText() ? onPage.plainText() : inBrief.plainText();
        return Optional.of(new PlainTextMarkdown(initiative, null, why.index(),
                "summary: shown as plain text " + where + UNFORMATTED + why.reason()));
    }

    /** {@code page}, when the site shows it as plain text. */
    static Optional<PlainTextMarkdown> ofPage(Page page, MarkdownRendering rendered) {
        return rendered.isPlainText()
                ? Optional.of(new PlainTextMarkdown(null, page, rendered.plainText().index(),
                        "shown as plain text on the site" + UNFORMATTED + rendered.plainText().reason()))
                : Optional.empty();
    }
}
