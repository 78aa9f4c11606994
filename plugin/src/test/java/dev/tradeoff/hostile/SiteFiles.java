package dev.tradeoff.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The files of a built site (path relative to {@code site/}, '/'-separated → bytes), and the
 * same-site links between them. Shared by the hostile corpus and the property tests.
 */
public final class SiteFiles {

    /** A URL with a scheme ({@code https:}, {@code javascript:}) or protocol-relative: not a file of the site. */
    private static final Pattern EXTERNAL = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*:|//).*", Pattern.DOTALL);

    private final SortedMap<String, byte[]> files;
    private final Map<String, Document> parsed = new HashMap<>();

    public SiteFiles(SortedMap<String, byte[]> files) {
        this.files = new TreeMap<>(files);
    }

    /** Every regular file below {@code siteFolder}. */
    public static SiteFiles read(Path siteFolder) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(siteFolder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(siteFolder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SiteFiles(files);
    }

    public SortedMap<String, byte[]> files() {
        return files;
    }

    public List<String> htmlPages() {
        return files.keySet().stream().filter(path -> path.endsWith(".html")).toList();
    }

    public String text(String path) {
        return new String(files.get(path), UTF_8);
    }

    /** The page parsed as HTML, its base URI set so relative links can be read. */
    public Document html(String path) {
        return parsed.computeIfAbsent(path, p -> Jsoup.parse(text(p), "file:///site/" + p));
    }

    /**
     * Same-site references that lead nowhere, as {@code page: attribute="value"}: links, images,
     * stylesheets and scripts whose file is not in the site, and {@code #fragments} that name no
     * element of their page.
     */
    public List<String> brokenLinks() {
        return brokenLinks(element -> true);
    }

    /**
     * The broken references of the theme itself: those outside {@code .prose}, where the user's own
     * Markdown may link to anything it likes.
     */
    public List<String> brokenThemeLinks() {
        return brokenLinks(element -> element.closest(".prose") == null);
    }

    private List<String> brokenLinks(Predicate<Element> checked) {
        List<String> broken = new ArrayList<>();
        for (String page : htmlPages()) {
            for (Element element : html(page).select("a[href], img[src], link[href], script[src]")) {
                if (!checked.test(element)) {
                    continue;
                }
                String attribute = element.hasAttr("src") ? "src" : "href";
                String value = element.attr(attribute);
                if (!resolves(page, value)) {
                    broken.add(page + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
                }
            }
        }
        return broken;
    }

    /** Whether {@code reference}, written on {@code page}, leads to a file of the site (or is external). */
    public boolean resolves(String page, String reference) {
        if (EXTERNAL.matcher(reference.strip()).matches()) {
            return true;
        }
        String fragment = null;
        String path = reference;
        int hash = path.indexOf('#');
        if (hash >= 0) {
            fragment = path.substring(hash + 1);
            path = path.substring(0, hash);
        }
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        String target = path.isEmpty() ? page : resolve(page, URLDecoder.decode(path, UTF_8));
        if (target == null || !files.containsKey(target)) {
            return false;
        }
        if (fragment == null || fragment.isEmpty() || !target.endsWith(".html")) {
            return true;
        }
        String id = URLDecoder.decode(fragment, UTF_8);
        return html(target).getElementById(id) != null || !html(target).select("a[name=" + id + "]").isEmpty();
    }

    /**
     * {@code relative} resolved against the folder of {@code page}; null when it climbs out of the
     * site or starts with '/' (which breaks the site served from a sub-path or opened from a file).
     */
    static String resolve(String page, String relative) {
        if (relative.startsWith("/")) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        String[] folders = page.split("/");
        for (int i = 0; i < folders.length - 1; i++) {
            parts.add(folders[i]);
        }
        for (String segment : relative.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(segment);
            }
        }
        if (relative.endsWith("/")) {
            parts.add("index.html");
        }
        return String.join("/", parts);
    }
}
