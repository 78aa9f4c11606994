package dev.tradeoff.render.chart;

import java.util.Arrays;

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
        // The distinct styles, as ranges of svg: a chart has a dozen, and most elements repeat the
        // style just before theirs, so a look back through a few ranges beats hashing every style.
        int[] styleStart = new int[16];
        int[] styleEnd = new int[16];
        int styles = 0;
        StringBuilder body = new StringBuilder(svg.length());
        int from = 0;
        for (int at = svg.indexOf(ATTRIBUTE); at >= 0; at = svg.indexOf(ATTRIBUTE, from)) {
            int valueStart = at + ATTRIBUTE.length();
            int valueEnd = svg.indexOf('\'', valueStart);
            if (valueEnd < 0) {
                break;
            }
            int style = styles - 1;
            while (style >= 0 && !sameText(svg, styleStart[style], styleEnd[style], valueStart, valueEnd)) {
                style--;
            }
            if (style < 0) {
                if (styles == styleStart.length) {
                    styleStart = Arrays.copyOf(styleStart, styles * 2);
                    styleEnd = Arrays.copyOf(styleEnd, styles * 2);
                }
                style = styles++;
                styleStart[style] = valueStart;
                styleEnd[style] = valueEnd;
            }
            body.append(svg, from, at).append(" class='").append(name(style)).append('\'');
            from = valueEnd + 1;
        }
        if (styles == 0) {
            return svg;
        }
        body.append(svg, from, svg.length());
        int endOfRootTag = body.indexOf(">") + 1;
        StringBuilder sheet = new StringBuilder(styles * 80).append("<style>");
        for (int style = 0; style < styles; style++) {
            sheet.append('.').append(name(style)).append('{').append(svg, styleStart[style], styleEnd[style]).append('}');
        }
        body.insert(endOfRootTag, sheet.append("</style>"));
        return body.toString();
    }

    private static boolean sameText(String svg, int start, int end, int otherStart, int otherEnd) {
        return end - start == otherEnd - otherStart && svg.regionMatches(start, svg, otherStart, end - start);
    }

    private static final String[] NAMES = new String[64];

    static {
        for (int i = 0; i < NAMES.length; i++) {
            NAMES[i] = "s" + Integer.toString(i, 36);
        }
    }

    private static String name(int style) {
        return style < NAMES.length ? NAMES[style] : "s" + Integer.toString(style, 36);
    }
}
