package dev.tradeoff.render.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link JFreeChart} onto one JFreeSVG {@link SVGGraphics2D} (through {@link ChartGraphics},
 * which leaves out the clip that cuts nothing, writes each other clip once and keeps the text in
 * Latin-1) and returns a standalone
 * {@code <svg>} element: namespaced, with a {@code viewBox}, {@code role='img'} and a
 * {@code <title>}. The same chart gives the same bytes: the ids JFreeSVG writes (clip paths) are
 * prefixed with the chart's {@code key} instead of the clock. Styles are written as classes of one
 * sheet ({@link StyleClasses}). The element is meant to be its own file, shown
 * with {@code <img>}, as every page of the site does.
 */
public final class SvgChart {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private SvgChart() {
    }

    /**
     * A responsive SVG: {@code width='100%'} of its container, the height following the
     * {@code width × height} aspect ratio of the {@code viewBox} it is drawn in.
     */
    public static String toSvg(JFreeChart chart, String key, int width, int height, String title) {
        return draw(chart, key, width, height, title, " width='100%'");
    }

    /** An SVG of a fixed {@code width × height} pixels (for sparklines and other inline figures). */
    public static String toFixedSizeSvg(JFreeChart chart, String key, int width, int height, String title) {
        return draw(chart, key, width, height, title, " width='" + width + "' height='" + height + "'");
    }

    /** The prefix of every id in a chart drawn with {@code key}: an XML name, unique per key. */
    static String idPrefix(String key) {
        StringBuilder prefix = new StringBuilder("tc-");
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (plain) {
                prefix.append(c);
            } else {
                prefix.append('_').append(Integer.toHexString(c)).append('_');
            }
        }
        return prefix.append('-').toString();
    }

    private static String draw(JFreeChart chart, String key, int width, int height, String title, String size) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("Chart size must be positive: " + width + "×" + height);
        }
        ChartGraphics g2 = new ChartGraphics(width, height);
        SVGGraphics2D canvas = g2.canvas();
        canvas.setDefsKeyPrefix(idPrefix(key));
        canvas.setGeomDoubleConverter(new SvgDecimals(2));
        canvas.setTransformDoubleConverter(new SvgDecimals(4));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String clips = g2.clipPathDefinitions();
        String element = StyleClasses.apply(canvas.getSVGElement(null, false, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET));
        int endOfTag = element.indexOf('>');
        StringBuilder svg = new StringBuilder(element.length() + 200);
        svg.append(element, 0, endOfTag)
                .append(size)
                .append(" role='img'>");
        if (title != null && !title.isEmpty()) {
            svg.append("<title>").append(SVGUtils.escapeForXML(ChartGraphics.mark(title))).append("</title>");
        }
        svg.append(clips);
        svg.append(element, endOfTag + 1, element.length());
        return ChartGraphics.restore(svg.append('\n').toString());
    }
}
