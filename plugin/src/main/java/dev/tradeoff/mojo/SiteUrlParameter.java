package dev.tradeoff.mojo;

import dev.tradeoff.render.SiteUrl;
import java.util.function.Function;

/** The {@code siteUrl} parameter of the goals that write Markdown, read before anything else is. */
final class SiteUrlParameter {

    private SiteUrlParameter() {
    }

    /**
     * {@code value} as the site's address, null when none is set; an unusable one fails the goal with
     * {@code failure} of what is wrong, naming the parameter.
     */
    static <E extends Exception> SiteUrl parse(String value, Function<String, E> failure) throws E {
        try {
            return SiteUrl.parse(value).orElse(null);
        } catch (IllegalArgumentException e) {
            throw failure.apply(e.getMessage() + " (parameter siteUrl, property tradeoff.siteUrl)");
        }
    }
}
