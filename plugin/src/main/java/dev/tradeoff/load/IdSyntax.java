package dev.tradeoff.load;

import java.util.Locale;
import java.util.regex.Pattern;

/** The form of an id, {@code [a-z0-9][a-z0-9-]*}: safe as a file name and in a URL, never a path. */
final class IdSyntax {

    static final String RULE = "lower-case letters, digits and '-', starting with a letter or digit";

    private static final int MAX_SUGGESTED_LENGTH = 100;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private IdSyntax() {
    }

    static boolean isValid(String text) {
        return text != null && ID.matcher(text).matches();
    }

    /** A valid id close to {@code text} ("Checkout V2" → "checkout-v2"), or null. */
    static String suggest(String text) {
        if (text.length() > MAX_SUGGESTED_LENGTH) {
            return null;
        }
        String slug = text.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return isValid(slug) ? slug : null;
    }

    /** {@code " (did you mean 'checkout-v2'?)"} or "". */
    static String didYouMean(String text) {
        String slug = suggest(text);
        return slug == null || slug.equals(text) ? "" : " (did you mean '" + slug + "'?)";
    }
}
