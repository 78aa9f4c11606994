package dev.tradeoff.render.chart;

/**
 * Removes the clip path that covers the whole canvas from a JFreeSVG element. JFreeChart clips
 * to the chart's area before drawing, and JFreeSVG then names that clip on every element it
 * writes; it cuts nothing away, yet it was a fifth of a small chart's bytes. Clips that do cut
 * something (the plot area) stay.
 */
final class WholeCanvasClip {

    private static final String REFERENCE_START = " clip-path='url(#";
    private static final String REFERENCE_END = ")'";

    private WholeCanvasClip() {
    }

    /** {@code svg} without the {@code width × height} canvas clip and every reference to it. */
    static String remove(String svg, int width, int height) {
        String path = "<path d='M0,0L" + width + ",0L" + width + "," + height + "L0," + height + "L0,0Z'/></clipPath>";
        int pathAt = svg.indexOf(path);
        if (pathAt < 0) {
            return svg;
        }
        int definitionStart = svg.lastIndexOf("<clipPath id='", pathAt);
        int idStart = definitionStart + "<clipPath id='".length();
        int idEnd = svg.indexOf('\'', idStart);
        if (definitionStart < 0 || idEnd < 0 || svg.indexOf('>', idEnd) + 1 != pathAt) {
            return svg;
        }
        String reference = REFERENCE_START + svg.substring(idStart, idEnd) + REFERENCE_END;
        StringBuilder out = new StringBuilder(svg.length());
        out.append(svg, 0, definitionStart);
        int from = pathAt + path.length();
        for (int at = svg.indexOf(reference, from); at >= 0; at = svg.indexOf(reference, from)) {
            out.append(svg, from, at);
            from = at + reference.length();
        }
        out.append(svg, from, svg.length());
        int emptyDefinitions = out.indexOf("<defs></defs>");
        if (emptyDefinitions >= 0) {
            out.delete(emptyDefinitions, emptyDefinitions + "<defs></defs>".length());
        }
        return out.toString();
    }
}
