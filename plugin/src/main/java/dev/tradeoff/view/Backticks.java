package dev.tradeoff.view;

/** Code spans and code blocks around text of the user's, fenced so nothing in the text can close them. */
final class Backticks {

    private Backticks() {
    }

    /** {@code text} as an inline code span: shown as written, nothing in it parsed. */
    static String codeSpan(String text) {
        String fence = fence(text, 1);
        // A backtick next to the fence would lengthen it; CommonMark strips one space each side.
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** {@code text} as a fenced code block, ending in a line break. */
    static String codeBlock(String text) {
        String fence = fence(text, 3);
        return fence + "\n" + text + (text.endsWith("\n") || text.endsWith("\r") ? "" : "\n") + fence + "\n";
    }

    /** A run of backticks longer than any in {@code text}, and at least {@code shortest} long. */
    private static String fence(String text, int shortest) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return "`".repeat(Math.max(shortest, longest + 1));
    }
}
