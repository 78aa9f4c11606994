package dev.tradeoff.view;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.AttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The last word on every link and image URL, checked after flexmark has decoded entities and
 * escapes: {@code &#106;avascript:} is still {@code javascript:}. A URL with a scheme other than
 * http, https or mailto loses its attribute, so the text stays but nothing can run.
 */
final class SafeLinks implements AttributeProvider {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.\\-]*):");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x20\\x7f-\\x9f\\u200b-\\u200f\\u2028\\u2029\\ufeff]");

    static AttributeProviderFactory factory() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new SafeLinks();
            }
        };
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Link || node instanceof Image || node instanceof LinkRef || node instanceof ImageRef
                || node instanceof AutoLink || node instanceof MailLink) {
            var href = attributes.get("href");
            if (href != null && !isSafe(href.getValue())) {
                attributes.remove("href");
            }
            // The site works offline under a strict CSP: images may only come from the site itself.
            var src = attributes.get("src");
            if (src != null && !isRelative(src.getValue())) {
                attributes.remove("src");
            }
        }
    }

    /**
     * A URL without a scheme or host: a path inside the site. Browsers read a backslash as a slash in
     * http(s) and file URLs, so {@code /\host/x.png} and {@code \\host/x.png} name another host as
     * {@code //host/x.png} does.
     */
    static boolean isRelative(String url) {
        String plain = INVISIBLE.matcher(url).replaceAll("").replace('\\', '/');
        return !plain.startsWith("//") && isSafe(plain) && !SCHEME.matcher(plain.toLowerCase(Locale.ROOT)).find();
    }

    /** Relative URLs, fragments and http(s) or mailto URLs are safe; any other scheme is not. */
    static boolean isSafe(String url) {
        String plain = INVISIBLE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        var scheme = SCHEME.matcher(plain);
        if (!scheme.find()) {
            // No scheme: relative. A colon before any slash would still be read as a scheme by browsers.
            int colon = plain.indexOf(':');
            int slash = plain.indexOf('/');
            return colon < 0 || (slash >= 0 && slash < colon);
        }
        String name = scheme.group(1);
        return name.equals("http") || name.equals("https") || name.equals("mailto");
    }
}
