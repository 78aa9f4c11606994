package dev.tradeoff.view;

/**
 * What {@link SafeMarkdown} or {@link SafeMarkdownSource} made of a text: {@code text}, the HTML or
 * the inert Markdown, and {@code plainText}, why the text is shown as written instead of formatted
 * (null when it is formatted).
 */
record MarkdownRendering(String text, PlainTextReason plainText) {

    static MarkdownRendering formatted(String text) {
        return new MarkdownRendering(text, null);
    }

    boolean isPlainText() {
        return plainText != null;
    }
}
