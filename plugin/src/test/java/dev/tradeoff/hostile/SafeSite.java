package dev.tradeoff.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What "the output is safe" means for a built site, as a list of violations (empty when safe):
 * <ul>
 * <li>the only {@code <script>} of a page is the theme's own {@code assets/tradeoff.js}, loaded by
 *     {@code src} with no inline code;</li>
 * <li>no element has an event-handler attribute ({@code on*}), in pages and in SVG charts;</li>
 * <li>no URL attribute is {@code javascript:}, {@code data:} or {@code vbscript:};</li>
 * <li>no element that embeds or redirects ({@code iframe object embed frame base form meta-refresh}),
 *     and a Content-Security-Policy without {@code unsafe-inline} or {@code unsafe-eval};</li>
 * <li>{@code data/portfolio.json} is valid JSON.</li>
 * </ul>
 */
final class SafeSite {

    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "srcset", "data", "background", "cite", "manifest", "codebase", "longdesc", "usemap", "ping");
    private static final Set<String> UNSAFE_SCHEMES = Set.of("javascript:", "data:", "vbscript:");
    private static final Set<String> FORBIDDEN_ELEMENTS =
            Set.of("iframe", "object", "embed", "frame", "frameset", "base", "form", "applet", "portal", "foreignobject");
    private static final Set<String> SCRIPT_FREE_META = Set.of("viewport", "color-scheme", "description", "generator");

    private SafeSite() {
    }

    static List<String> violations(SiteFiles site) {
        List<String> violations = new ArrayList<>();
        for (String page : site.htmlPages()) {
            page(page, site.html(page), violations);
        }
        for (String path : site.files().keySet()) {
            if (path.endsWith(".svg")) {
                markup(path, Jsoup.parse(site.text(path), "", Parser.xmlParser()), violations);
                if (!Jsoup.parse(site.text(path), "", Parser.xmlParser()).select("script").isEmpty()) {
                    violations.add(path + ": an SVG chart contains a <script>");
                }
            }
        }
        if (site.files().containsKey("data/portfolio.json")) {
            try {
                new ObjectMapper().readTree(site.files().get("data/portfolio.json"));
            } catch (IOException e) {
                violations.add("data/portfolio.json: not valid JSON: " + e.getMessage());
            }
        } else {
            violations.add("data/portfolio.json is missing");
        }
        return violations;
    }

    private static void page(String page, Document document, List<String> violations) {
        List<Element> scripts = document.select("script");
        String theme = page.contains("/") ? "../".repeat(page.split("/").length - 1) + "assets/tradeoff.js"
                : "assets/tradeoff.js";
        if (scripts.size() != 1) {
            violations.add(page + ": expected exactly the theme's script, found " + scripts.size() + " <script> elements: "
                    + scripts);
        }
        for (Element script : scripts) {
            if (!script.attr("src").equals(theme) || !script.data().isEmpty() || script.parent() != document.head()) {
                violations.add(page + ": a <script> that is not the theme's " + theme + " in <head>: " + script.outerHtml());
            }
        }
        markup(page, document, violations);
        Element csp = document.selectFirst("head > meta[http-equiv=Content-Security-Policy]");
        if (csp == null) {
            violations.add(page + ": no Content-Security-Policy meta tag in <head>");
        } else if (csp.attr("content").contains("unsafe-inline") || csp.attr("content").contains("unsafe-eval")) {
            violations.add(page + ": the Content-Security-Policy allows inline code: " + csp.attr("content"));
        }
        for (Element meta : document.select("meta")) {
            boolean fine = meta.hasAttr("charset") && meta.attributesSize() == 1
                    || SCRIPT_FREE_META.contains(meta.attr("name").toLowerCase(Locale.ROOT))
                    || meta.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy") && meta.parent() == document.head();
            if (!fine) {
                violations.add(page + ": unexpected <meta>: " + meta.outerHtml());
            }
        }
        if (document.select("head > title").size() != 1) {
            violations.add(page + ": expected one <title> in <head>, found " + document.select("title"));
        }
    }

    /** Event handlers, unsafe URLs and embedding elements, in HTML or SVG. */
    private static void markup(String path, Document document, List<String> violations) {
        for (Element element : document.getAllElements()) {
            String tag = element.tagName().toLowerCase(Locale.ROOT);
            if (FORBIDDEN_ELEMENTS.contains(tag)) {
                violations.add(path + ": forbidden element <" + tag + ">: " + shorten(element.outerHtml()));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    violations.add(path + ": event handler " + name + " on <" + tag + ">: " + shorten(element.outerHtml()));
                }
                if (URL_ATTRIBUTES.contains(name) || name.endsWith(":href")) {
                    String url = normalisedUrl(attribute.getValue());
                    for (String scheme : UNSAFE_SCHEMES) {
                        if (url.startsWith(scheme)) {
                            violations.add(path + ": " + scheme + " URL in " + name + " of <" + tag + ">: "
                                    + shorten(element.outerHtml()));
                        }
                    }
                }
            }
        }
    }

    /** A URL as a browser reads its scheme: without whitespace and control characters, lower case. */
    static String normalisedUrl(String url) {
        StringBuilder out = new StringBuilder();
        for (char c : url.toCharArray()) {
            if (c > ' ' && c != 0x7F) {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String html) {
        return html.length() <= 300 ? html : html.substring(0, 300) + "…";
    }
}
