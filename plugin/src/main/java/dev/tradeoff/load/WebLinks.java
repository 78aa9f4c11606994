package dev.tradeoff.load;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The URLs of an initiative's {@code links}, taken as a browser takes a pasted address: a space,
 * {@code |}, {@code {}} and the other characters a URL may not hold are percent-encoded rather than
 * refused (a wiki page title or a Jira query has them), and what is still wrong is named.
 */
final class WebLinks {

    /** Characters browsers encode in an address bar; anything else below a space, and DEL, stays wrong. */
    private static final String ENCODED = " \"<>\\^`{|}";
    private static final int SHOWN_LENGTH = 200;

    private WebLinks() {
    }

    static String encodeWhatBrowsersEncode(String url) {
        StringBuilder out = null;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (ENCODED.indexOf(c) >= 0) {
                if (out == null) {
                    out = new StringBuilder(url.length() + 8).append(url, 0, i);
                }
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? url : out.toString();
    }

    /**
     * Why {@code url} is not an http(s) link with a host, as a clause for the error: {@code ""} when
     * its scheme is what is wrong (the message names the schemes wanted), {@code " (it names no host)"}
     * and the like for an http(s) URL; null when it is a web link.
     */
    static String problem(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return "";
        }
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c < ' ' || c == 0x7F) {
                String what = c == '\n' || c == '\r' ? "a line break" : c == '\t' ? "a tab" : "a control character";
                return " (it holds " + what + " at position " + (i + 1) + ")";
            }
        }
        try {
            URI uri = new URI(url);
            return uri.getRawAuthority() == null || uri.getRawAuthority().isEmpty() ? " (it names no host)" : null;
        } catch (URISyntaxException e) {
            return " (" + e.getReason().toLowerCase(Locale.ROOT) + " at position " + (e.getIndex() + 1) + ")";
        }
    }

    /** A host name, perhaps with a port and a path, written without a scheme: wiki.example.com/page. */
    private static final Pattern BARE_HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\\.[a-z]{2,}(?::[0-9]+)?(?:[/?#]\\S*)?");

    /** " (did you mean 'https://wiki.example.com/page'?)" for a link written without its scheme; "" otherwise. */
    static String schemeHint(String url) {
        return BARE_HOST.matcher(url).matches() ? " (did you mean 'https://" + shown(url) + "'?)" : "";
    }

    /** The URL as written, on one line: cut at a line break, and whole up to a length that still fits a line. */
    static String shown(String url) {
        int lineBreak = url.indexOf('\n') >= 0 ? url.indexOf('\n') : url.indexOf('\r');
        String line = lineBreak >= 0 ? url.substring(0, lineBreak) : url;
        return line.length() <= SHOWN_LENGTH && lineBreak < 0 ? line : line.substring(0, Math.min(line.length(), SHOWN_LENGTH)) + "...";
    }
}
