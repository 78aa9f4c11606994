package dev.tradeoff.render.chart;

import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.MeetOrSlice;
import org.jfree.svg.PreserveAspectRatio;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link JFreeChart} onto one JFreeSVG {@link SVGGraphics2D} and returns a standalone
 * {@code <svg>} element: namespaced, with a {@code viewBox}, {@code role='img'} and a
 * {@code <title>}. The same chart gives the same bytes: the ids JFreeSVG writes (clip paths) are
 * prefixed with the chart's {@code key} instead of the clock. The element is trimmed for size (no
 * clip that cuts nothing, styles as classes of one sheet) and is meant to be its own file, shown
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
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(idPrefix(key));
        g2.setGeomDoubleConverter(new SvgDecimals(2));
        g2.setTransformDoubleConverter(new SvgDecimals(4));
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String element = StyleClasses.apply(WholeCanvasClip.remove(g2.getSVGElement(null, false, new ViewBox(0, 0, width, height),
                PreserveAspectRatio.XMID_YMID, MeetOrSlice.MEET), width, height));
        int endOfTag = element.indexOf('>');
        StringBuilder svg = new StringBuilder(element.length() + 200);
        svg.append(element, 0, endOfTag)
                .append(size)
                .append(" role='img'>");
        if (title != null && !title.isEmpty()) {
            svg.append("<title>").append(SVGUtils.escapeForXML(title)).append("</title>");
        }
        svg.append(element, endOfTag + 1, element.length());
        return svg.append('\n').toString();
    }
}
