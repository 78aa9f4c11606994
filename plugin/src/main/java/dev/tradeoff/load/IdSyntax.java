package dev.tradeoff.load;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of an id, {@code [a-z0-9][a-z0-9-]*} of at most {@link #MAX_LENGTH} characters: safe as a
 * file name and in a URL, never a path. The length leaves room in a file name ({@code cashflow-<id>.svg},
 * 255 bytes on most file systems) and in Windows' 260-character paths.
 */
public final class IdSyntax {

    static final int MAX_LENGTH = 100;

    static final String RULE = "lower-case letters, digits and '-', starting with a letter or digit";

    private static final int MAX_SUGGESTED_LENGTH = MAX_LENGTH;
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

    private IdSyntax() {
    }

    static boolean isValid(String text) {
        return text != null && text.length() <= MAX_LENGTH && ID.matcher(text).matches();
    }

    /** Whether {@code text} has an id's form but more than {@link #MAX_LENGTH} characters. */
    static boolean isTooLong(String text) {
        return text != null && text.length() > MAX_LENGTH && ID.matcher(text).matches();
    }

    /** "an id of at most 100 characters, found one of 243 characters", for a too-long id. */
    static String tooLong(String text) {
        return "an id of at most " + MAX_LENGTH + " characters, found one of " + text.length() + " characters";
    }

    /** A valid id close to {@code text} ("Checkout V2" → "checkout-v2", "Überblick" → "uberblick"), or null. */
    static String suggest(String text) {
        if (text.length() > MAX_SUGGESTED_LENGTH) {
            return null;
        }
        String slug = withoutAccents(text).toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return isValid(slug) ? slug : null;
    }

    /**
     * The letters without their accents ("Stratégie" → "Strategie", "überblick" → "uberblick"), so that
     * an id made of a name keeps them rather than a gap where each was. Letters that are not Latin with
     * marks (ß, 戦) stay as they are.
     */
    public static String withoutAccents(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }

    /** {@code " (did you mean 'checkout-v2'?)"} or "". */
    static String didYouMean(String text) {
        String slug = suggest(text);
        return slug == null || slug.equals(text) ? "" : " (did you mean '" + slug + "'?)";
    }
}
