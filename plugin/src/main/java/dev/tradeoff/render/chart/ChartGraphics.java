package dev.tradeoff.render.chart;

import java.awt.Graphics;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import org.jfree.svg.SVGGraphics2D;

/**
 * The JFreeSVG canvas every chart is drawn on, with three changes that make a chart cheaper to draw
 * and smaller, and look the same:
 * <ul>
 * <li>The clip to the whole canvas that JFreeChart sets before drawing is not set: it cuts nothing
 * away, yet JFreeSVG named it on every element it wrote and intersected every later clip with it
 * (a fifth of a small chart's bytes before they were removed again afterwards).</li>
 * <li>Text is kept within Latin-1: a character beyond it (the axes' U+2212 minus, a euro sign,
 * letters of a title) goes into the SVG as a marker, and {@link #restore} writes it as a character
 * reference ({@code &#x2212;}). One such character would otherwise make Java hold the whole SVG as
 * UTF-16, twice the bytes, and every later pass over it slower. Text is measured for layout before
 * it reaches {@link #drawString}, so the markers never change where anything goes.</li>
 * <li>A point drawn as a circle is written as an {@code <ellipse>}, not as a path of curves
 * ({@link #fill}).</li>
 * </ul>
 * Together a third less time per cash-flow chart (0.42 → 0.29 ms with C1, 0.17 → 0.13 ms with C2)
 * and a sixth fewer bytes; in Chromium the same pixels but for the anti-aliasing of a dot's edge.
 */
final class ChartGraphics extends DelegatingGraphics2D {

    /** Starts a marked character: not allowed in XML, so no chart text means it (see {@link #mark}). */
    private static final char MARKER = '\u0001';
    private static final char REPLACEMENT = '\uFFFD';

    private final SVGGraphics2D canvas;
    private final int width;
    private final int height;

    ChartGraphics(int width, int height) {
        this(new SVGGraphics2D(width, height), width, height);
    }

    private ChartGraphics(SVGGraphics2D canvas, int width, int height) {
        super(canvas);
        this.canvas = canvas;
        this.width = width;
        this.height = height;
    }

    /** The JFreeSVG canvas drawn on, for its settings and its SVG element. */
    SVGGraphics2D canvas() {
        return canvas;
    }

    @Override
    public Graphics create() {
        return new ChartGraphics((SVGGraphics2D) canvas.create(), width, height);
    }

    @Override
    public void clip(Shape shape) {
        boolean wholeCanvas = canvas.getClip() == null && canvas.getTransform().isIdentity()
                && shape instanceof Rectangle2D area && area.contains(0, 0, width, height);
        if (!wholeCanvas) {
            canvas.clip(shape);
        }
    }

    /**
     * A filled shape that is exactly an ellipse's outline is written as an {@code <ellipse>}:
     * JFreeChart moves each point's shape into place by turning it into a path, which JFreeSVG then
     * writes as four Bézier curves, fourteen numbers, where an ellipse needs four.
     */
    @Override
    public void fill(Shape shape) {
        canvas.fill(shape instanceof Path2D path ? asEllipse(path) : shape);
    }

    /** {@code path} as the {@link Ellipse2D} whose outline it is segment for segment, else {@code path}. */
    static Shape asEllipse(Path2D path) {
        Rectangle2D bounds = path.getBounds2D();
        Ellipse2D ellipse = new Ellipse2D.Double(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        PathIterator expected = ellipse.getPathIterator(null);
        PathIterator actual = path.getPathIterator(null);
        double[] want = new double[6];
        double[] got = new double[6];
        while (!expected.isDone() && !actual.isDone()) {
            int type = expected.currentSegment(want);
            if (actual.currentSegment(got) != type) {
                return path;
            }
            for (int i = 0; i < coordinates(type); i++) {
                if (Math.abs(want[i] - got[i]) > 1e-9) {
                    return path;
                }
            }
            expected.next();
            actual.next();
        }
        return expected.isDone() && actual.isDone() ? ellipse : path;
    }

    private static int coordinates(int segment) {
        return switch (segment) {
            case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
            case PathIterator.SEG_QUADTO -> 4;
            case PathIterator.SEG_CUBICTO -> 6;
            default -> 0;
        };
    }

    @Override
    public void drawString(String text, float x, float y) {
        canvas.drawString(mark(text), x, y);
    }

    @Override
    public void drawString(String text, int x, int y) {
        canvas.drawString(mark(text), x, y);
    }

    /**
     * {@code text} with each character beyond Latin-1 written as the marker, its code point in hex
     * and a semicolon. Control characters and lone surrogates, which XML does not allow in any form,
     * become U+FFFD first; so every marker in a drawn SVG comes from here.
     */
    static String mark(String text) {
        int first = 0;
        while (first < text.length() && isPlain(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return text;
        }
        StringBuilder marked = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (c <= 0xff && isPlain((char) c)) {
                marked.append((char) c);
            } else {
                boolean allowed = c >= 0xa0 && !Character.isSurrogate((char) c) && c != 0xfffe && c != 0xffff
                        || c > 0xffff;
                marked.append(MARKER).append(Integer.toHexString(allowed ? c : REPLACEMENT)).append(';');
            }
        }
        return marked.toString();
    }

    /** {@code svg} with every marked character written as a character reference. */
    static String restore(String svg) {
        int at = svg.indexOf(MARKER);
        if (at < 0) {
            return svg;
        }
        StringBuilder restored = new StringBuilder(svg.length() + 32);
        int from = 0;
        for (; at >= 0; at = svg.indexOf(MARKER, from)) {
            int end = svg.indexOf(';', at) + 1;
            restored.append(svg, from, at).append("&#x").append(svg, at + 1, end);
            from = end;
        }
        return restored.append(svg, from, svg.length()).toString();
    }

    /** Latin-1 and printable (tab, line feed and carriage return are allowed in XML text). */
    private static boolean isPlain(char c) {
        return c <= 0xff && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') && !(c >= 0x7f && c < 0xa0);
    }
}
