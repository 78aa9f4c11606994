package dev.tradeoff.render.chart;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Moves the inline {@code style} attributes of a JFreeSVG element into one {@code <style>} sheet
 * of classes. JFreeSVG writes every paint, stroke and font in full on each element, the same few
 * dozen strings over and over: half of a small chart's bytes, and every byte is paid again when
 * ten thousand charts are written to disk. A class rule styles an element exactly as the same
 * declarations in its {@code style} attribute did, as nothing else styles these elements.
 * Charts are standalone images ({@code <img src>}), so the short class names cannot meet another
 * chart's.
 */
final class StyleClasses {

    private static final String ATTRIBUTE = " style='";

    private StyleClasses() {
    }

    /** {@code svg} (one {@code <svg>} element) with each distinct style written once, as a class. */
    static String apply(String svg) {
        Map<String, String> classes = new LinkedHashMap<>();
        StringBuilder body = new StringBuilder(svg.length());
        int from = 0;
        for (int at = svg.indexOf(ATTRIBUTE); at >= 0; at = svg.indexOf(ATTRIBUTE, from)) {
            int valueStart = at + ATTRIBUTE.length();
            int valueEnd = svg.indexOf('\'', valueStart);
            if (valueEnd < 0) {
                break;
            }
            String style = svg.substring(valueStart, valueEnd);
            String name = classes.computeIfAbsent(style, s -> "s" + Integer.toString(classes.size(), 36));
            body.append(svg, from, at).append(" class='").append(name).append('\'');
            from = valueEnd + 1;
        }
        if (classes.isEmpty()) {
            return svg;
        }
        body.append(svg, from, svg.length());
        int endOfRootTag = body.indexOf(">") + 1;
        StringBuilder sheet = new StringBuilder(classes.size() * 80).append("<style>");
        classes.forEach((style, name) -> sheet.append('.').append(name).append('{').append(style).append('}'));
        body.insert(endOfRootTag, sheet.append("</style>"));
        return body.toString();
    }
}
