package dev.tradeoff.load;

import java.util.Locale;

/**
 * Characters that pasted text brings in and a message cannot show: invisible ones (a zero-width
 * space, a byte-order mark inside a line), spaces that are not U+0020, and dashes that look like
 * '-'. "found 'product​'" beside "did you mean 'product'?" reads as nonsense until the character is
 * named.
 */
final class HiddenCharacters {

    private HiddenCharacters() {
    }

    /**
     * " (it holds U+200B ZERO WIDTH SPACE, which does not show)" for the first such character of
     * {@code text}, with how many more there are; "" when there is none.
     */
    static String note(String text) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (kindOf(text.charAt(i)) != null) {
                count++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (first < 0) {
            return "";
        }
        char hidden = text.charAt(first);
        String more = count == 1 ? "" : (count == 2 ? " and 1 more such character" : " and " + (count - 1)
                + " more such characters");
        return " (it holds " + String.format(Locale.ROOT, "U+%04X", (int) hidden) + " " + Character.getName(hidden)
                + ", " + kindOf(hidden) + more + ")";
    }

    /** What is wrong with {@code c} in words, or null for an ordinary character. */
    private static String kindOf(char c) {
        if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014' || c == '\u2212') {
            return "where '-' is probably meant";
        }
        if (Character.getType(c) == Character.SPACE_SEPARATOR && c != ' ') {
            return "not an ordinary space";
        }
        if (Character.getType(c) == Character.FORMAT) {
            return "which does not show";
        }
        return null;
    }
}
