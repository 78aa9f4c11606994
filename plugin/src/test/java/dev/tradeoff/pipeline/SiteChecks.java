package dev.tradeoff.pipeline;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Checks over a built site's HTML pages, parsed with jsoup. */
final class SiteChecks {

    /** The attributes that make a browser follow or load a URL. */
    static final String LINKING = "a[href], img[src], link[href], script[src], source[src], iframe[src]";

    static List<Path> htmlPages(Path site) throws IOException {
        try (Stream<Path> paths = Files.walk(site)) {
            return paths.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    static Document parse(Path page) throws IOException {
        return Jsoup.parse(page.toFile(), "UTF-8");
    }

    static String url(Element element) {
        return element.hasAttr("href") ? element.attr("href") : element.attr("src");
    }

    static boolean isExternal(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:");
    }

    /**
     * Every relative link or resource of every page that does not lead to a file of the site:
     * "page -> url (why)". External http(s) and mailto links and same-page fragments are skipped.
     */
    static List<String> brokenLinks(Path site) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        List<String> broken = new ArrayList<>();
        for (Path page : htmlPages(root)) {
            String name = root.relativize(page).toString().replace('\\', '/');
            for (Element element : parse(page).select(LINKING)) {
                String url = url(element);
                if (url.startsWith("#") || isExternal(url)) {
                    continue;
                }
                String path = url;
                int cut = indexOfAny(path, '#', '?');
                if (cut >= 0) {
                    path = path.substring(0, cut);
                }
                if (path.isEmpty()) {
                    broken.add(name + " -> '" + url + "' (empty)");
                    continue;
                }
                if (path.startsWith("/") || path.contains(":") || path.contains("\\")) {
                    broken.add(name + " -> " + url + " (not a relative path: breaks on file:// and sub-paths)");
                    continue;
                }
                Path target = page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(root)) {
                    broken.add(name + " -> " + url + " (outside the site)");
                } else if (!Files.isRegularFile(target)) {
                    broken.add(name + " -> " + url + " (no such file)");
                }
            }
        }
        return broken;
    }

    /** How many relative links and resources the pages hold: what {@link #brokenLinks} checks. */
    static long relativeLinks(Path site) throws IOException {
        long count = 0;
        for (Path page : htmlPages(site)) {
            count += parse(page).select(LINKING).stream()
                    .map(SiteChecks::url)
                    .filter(url -> !url.startsWith("#") && !isExternal(url))
                    .count();
        }
        return count;
    }

    /** Same-page links ({@code #id}) whose id is not on the page. */
    static List<String> brokenFragments(Path site) throws IOException {
        Path root = site.toAbsolutePath().normalize();
        List<String> broken = new ArrayList<>();
        for (Path page : htmlPages(root)) {
            Document document = parse(page);
            for (Element link : document.select("a[href^=#]")) {
                String id = link.attr("href").substring(1);
                if (!id.isEmpty() && document.getElementById(id) == null) {
                    broken.add(root.relativize(page) + " -> #" + id);
                }
            }
        }
        return broken;
    }

    private static int indexOfAny(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    private SiteChecks() {
    }
}
