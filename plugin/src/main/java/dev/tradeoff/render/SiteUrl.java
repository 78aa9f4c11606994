package dev.tradeoff.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address the site is published at ({@code https://strategy.example.com/northwind/}), for links
 * that must work where a file is pasted rather than next to the site: the briefs link their
 * initiatives and pages there instead of to the files beside them. Always http(s), with a host, a
 * path ending in {@code /} and no query, fragment or user name; every character of the path outside
 * {@code A-Z a-z 0-9 - . _ ~ / %} is percent-encoded. So it can be written into a Markdown link as it
 * is: it holds no space, bracket, parenthesis, backslash, {@code &} or {@code @}.
 */
public record SiteUrl(String text) {

    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");
    private static final String EXAMPLE = "https://strategy.example.com/northwind/";
    private static final int MAX_PORT = 65_535;
    /** A last segment that names a page ({@code index.html}), not a folder. */
    private static final Pattern PAGE = Pattern.compile("\\.(?i:html?|php|aspx?|jsp|md)$");

    /**
     * {@code configured} as a site address; empty when it is null or blank (links stay relative).
     *
     * @throws IllegalArgumentException what is wrong with it, and what was probably meant
     */
    public static Optional<SiteUrl> parse(String configured) {
        if (configured == null || configured.isBlank()) {
            return Optional.empty();
        }
        String written = configured.strip();
        URI uri;
        try {
            uri = new URI(written);
        } catch (URISyntaxException e) {
            boolean space = e.getIndex() >= 0 && e.getIndex() < written.length()
                    && Character.isWhitespace(written.charAt(e.getIndex()));
            throw wrong(written, "it is not a web address (" + e.getReason().toLowerCase(Locale.ROOT)
                    + " at character " + (e.getIndex() + 1) + (space ? ": write a space as %20" : "") + ")");
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme == null || uri.isOpaque()) {
            throw wrong(written, "it has no https:// (or http://) in front; did you mean 'https://"
                    + written.replaceFirst("^/+", "") + "'?");
        }
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw wrong(written, "links from a brief can only go to an http or https address, not " + scheme + ":");
        }
        if (uri.getRawUserInfo() != null) {
            throw wrong(written, "it holds a user name (before '@'); leave it out: a pasted brief would show it");
        }
        if (uri.getHost() == null || !HOST.matcher(uri.getHost()).matches()) {
            throw wrong(written, "it names no host, or one with characters a host name cannot have"
                    + " (write a name outside ASCII in its xn-- form)");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw wrong(written, "it has a query ('?') or fragment ('#'): the page names are added to its end,"
                    + " so it must end with the site's folder");
        }
        if (uri.getPort() > MAX_PORT) {
            throw wrong(written, "its port " + uri.getPort() + " is more than " + MAX_PORT + ", the highest there is");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (PAGE.matcher(path).find()) {
            // The page names are added after the address: a page's own address would lead nowhere.
            throw wrong(written, "it ends with a page, not the site's folder; did you mean '"
                    + written.substring(0, written.length() - path.length() + path.lastIndexOf('/') + 1) + "'?");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return Optional.of(new SiteUrl(scheme + "://" + host + port + folder(URI.create(uri.normalize().toASCIIString()).getRawPath())));
    }

    /**
     * The path (ASCII, characters beyond it already encoded as UTF-8) as a folder, ending in
     * {@code /}, with every character a Markdown link could misread encoded.
     */
    private static String folder(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        StringBuilder encoded = new StringBuilder(path.length() + 8);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean encodedAlready = c == '%' && isHex(path, i + 1) && isHex(path, i + 2);
            if (isUnreserved(c) || c == '/' || encodedAlready) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            }
        }
        if (encoded.charAt(encoded.length() - 1) != '/') {
            encoded.append('/');
        }
        return encoded.toString();
    }

    private static boolean isUnreserved(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.'
                || c == '_' || c == '~';
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static IllegalArgumentException wrong(String written, String why) {
        return new IllegalArgumentException("siteUrl '" + written + "' cannot be used: " + why
                + (why.endsWith("?") ? " " : ". ") + "Write the address the site is published at, for example " + EXAMPLE);
    }

    @Override
    public String toString() {
        return text;
    }
}
