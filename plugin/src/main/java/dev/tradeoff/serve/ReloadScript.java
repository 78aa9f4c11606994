package dev.tradeoff.serve;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live-reload script and how it gets into a page. The site's Content-Security-Policy allows
 * scripts from the same origin only, so the script is an external file ({@value #PATH}) and never
 * inline; the policy's {@code connect-src} is widened to {@code 'self'} so that the script may open
 * its event stream. Nothing else of the page changes.
 */
final class ReloadScript {

    static final String PATH = "/__tradeoff/reload.js";

    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CSP = Pattern.compile(
            "http-equiv\\s*=\\s*([\"']?)content-security-policy\\1", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT = Pattern.compile(
            "(\\bcontent\\s*=\\s*)(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    private ReloadScript() {
    }

    /** The script itself, from next to this class. */
    static byte[] source() {
        try (InputStream in = ReloadScript.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IllegalStateException("reload.js is missing from the plugin");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tag that loads the script into a page built as {@code version}. */
    static String tag(long version) {
        return "<script src=\"" + PATH + "?v=" + version + "\" defer></script>";
    }

    /**
     * {@code html} with the script tag before {@code </head>} (or {@code </body>}, or at the end)
     * and its policy widened.
     */
    static byte[] inject(byte[] html, long version) {
        String page = allowInPolicy(new String(html, UTF_8));
        String tag = tag(version);
        Matcher end = HEAD_END.matcher(page);
        if (!end.find()) {
            end = BODY_END.matcher(page);
            if (!end.find()) {
                return (page + tag + "\n").getBytes(UTF_8);
            }
        }
        return (page.substring(0, end.start()) + tag + "\n" + page.substring(end.start())).getBytes(UTF_8);
    }

    /** Widens every Content-Security-Policy meta tag of {@code page} so that the reload script can run and connect. */
    static String allowInPolicy(String page) {
        Matcher meta = META.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 64);
        while (meta.find()) {
            String tag = meta.group();
            if (CSP.matcher(tag).find()) {
                Matcher content = CONTENT.matcher(tag);
                if (content.find()) {
                    boolean doubleQuoted = content.group(2) != null;
                    String policy = doubleQuoted ? content.group(2) : content.group(3);
                    String widened = allowSelf(allowSelf(policy, "script-src"), "connect-src");
                    String quote = doubleQuoted ? "\"" : "'";
                    tag = tag.substring(0, content.start()) + content.group(1) + quote + widened + quote
                            + tag.substring(content.end());
                }
            }
            meta.appendReplacement(out, Matcher.quoteReplacement(tag));
        }
        meta.appendTail(out);
        return out.toString();
    }

    /** {@code policy} with {@code 'self'} among the sources of {@code directive} ({@code 'none'} removed). */
    static String allowSelf(String policy, String directive) {
        List<String> directives = new ArrayList<>();
        boolean found = false;
        for (String part : policy.split(";")) {
            String trimmed = part.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] words = trimmed.split("\\s+");
            if (words[0].toLowerCase(Locale.ROOT).equals(directive)) {
                found = true;
                List<String> sources = new ArrayList<>();
                boolean hasSelf = false;
                for (int i = 1; i < words.length; i++) {
                    if (words[i].equalsIgnoreCase("'none'")) {
                        continue;
                    }
                    hasSelf |= words[i].equalsIgnoreCase("'self'");
                    sources.add(words[i]);
                }
                if (!hasSelf) {
                    sources.add("'self'");
                }
                trimmed = directive + " " + String.join(" ", sources);
            }
            directives.add(trimmed);
        }
        if (!found) {
            directives.add(directive + " 'self'");
        }
        return String.join("; ", directives);
    }
}
