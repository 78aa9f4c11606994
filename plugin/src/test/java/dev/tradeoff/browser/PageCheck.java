package dev.tradeoff.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a loaded page must look like in the browser: no console errors, every image loaded and
 * drawn at a non-zero size, and the same-site references it makes (links, images, stylesheets,
 * scripts), resolved by the browser itself, for the caller to check; and what its accessibility
 * tree tells a screen reader.
 */
final class PageCheck {

    /** Opens every {@code <details>} so what is inside is laid out too, then reports every image. */
    private static final String IMAGES = """
            document.querySelectorAll('details').forEach(function (d) { d.open = true; });
            return Array.prototype.map.call(document.images, function (img) {
              var box = img.getBoundingClientRect();
              var style = getComputedStyle(img);
              return { src: img.currentSrc || img.src, complete: img.complete, naturalWidth: img.naturalWidth,
                       width: box.width, height: box.height,
                       shown: style.display !== 'none' && style.visibility !== 'hidden' };
            });
            """;

    /** Every URL the page refers to, as the browser resolved it, with the element that refers to it. */
    private static final String REFERENCES = """
            var found = [];
            document.querySelectorAll('a[href], link[href]').forEach(function (e) {
              found.push({ tag: e.tagName.toLowerCase(), url: e.href, written: e.getAttribute('href') });
            });
            document.querySelectorAll('img[src], script[src]').forEach(function (e) {
              found.push({ tag: e.tagName.toLowerCase(), url: e.src, written: e.getAttribute('src') });
            });
            return found;
            """;

    /** A reference from a page: the element, the URL the browser resolved, and what the page wrote. */
    record Reference(String tag, String url, String written) {
    }

    private PageCheck() {
    }

    /** Problems with the images of the open page: not loaded, or drawn with no size. */
    @SuppressWarnings("unchecked")
    static List<String> imageProblems(Browser browser) {
        List<String> problems = new ArrayList<>();
        for (Object item : browser.scriptList(IMAGES)) {
            Map<String, Object> image = (Map<String, Object>) item;
            String src = String.valueOf(image.get("src"));
            if (!Boolean.TRUE.equals(image.get("complete")) || number(image.get("naturalWidth")) <= 0) {
                problems.add("image did not load: " + src);
            } else if (!Boolean.TRUE.equals(image.get("shown"))
                    || number(image.get("width")) <= 0 || number(image.get("height")) <= 0) {
                problems.add("image drawn at no size (" + image.get("width") + " × " + image.get("height") + "): " + src);
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    static List<Reference> references(Browser browser) {
        List<Reference> references = new ArrayList<>();
        for (Object item : browser.scriptList(REFERENCES)) {
            Map<String, Object> reference = (Map<String, Object>) item;
            references.add(new Reference(String.valueOf(reference.get("tag")), String.valueOf(reference.get("url")),
                    String.valueOf(reference.get("written"))));
        }
        return references;
    }

    /**
     * The nodes of the open page's accessibility tree that a screen reader is told about (ignored
     * nodes left out), as Chromium's DevTools protocol gives them.
     */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> accessibilityTree(Browser browser) {
        browser.cdp("Accessibility.enable", Map.of());
        Object tree = browser.cdp("Accessibility.getFullAXTree", Map.of());
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) ((Map<String, Object>) tree).get("nodes");
        return nodes.stream().filter(node -> !Boolean.TRUE.equals(node.get("ignored"))).toList();
    }

    /** A node's {@code role} or {@code name} from {@link #accessibilityTree}: its value, or "". */
    @SuppressWarnings("unchecked")
    static String axValue(Map<String, Object> node, String property) {
        Object value = node.get(property) instanceof Map<?, ?> map ? ((Map<String, Object>) map).get("value") : null;
        return value == null ? "" : String.valueOf(value);
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : -1;
    }
}
