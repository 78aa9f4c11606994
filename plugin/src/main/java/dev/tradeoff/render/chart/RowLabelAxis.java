package dev.tradeoff.render.chart;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;

/**
 * The row axis of a horizontal bar chart whose rows are named in words (objective titles): each
 * name wrapped at spaces into up to {@code maxLines} lines of at most {@code width} pixels. A name
 * that still does not fit ends with "…" after its last whole word that does (a single word wider
 * than a line is cut, as nothing else can be done), and keeps its full text as an SVG
 * {@code <title>} around its lines, a tooltip where the chart is opened by itself. JFreeChart's
 * own wrapping cut the last line mid-word ("and payme...") and breaks lines by the default locale.
 * {@link #rowHeight} says how tall a row must be for labels of that many lines, before the chart
 * is drawn, so that the chart can be made tall enough for them.
 */
final class RowLabelAxis extends CategoryAxis {

    private static final long serialVersionUID = 1L;

    static final String ELLIPSIS = "\u2026";

    /** Space between the labels of neighbouring rows. */
    private static final int ROW_GAP = 2;

    private final double width;
    private final int maxLines;

    /**
     * @param width    the widest a line of a label may be, in pixels
     * @param maxLines the most lines a label may take
     */
    RowLabelAxis(double width, int maxLines) {
        super(null);
        if (width <= 0 || maxLines < 1) {
            throw new IllegalArgumentException("Labels need room: " + width + " px, " + maxLines + " lines");
        }
        this.width = width;
        this.maxLines = maxLines;
    }

    /**
     * How tall a row must be, in pixels, for its label not to meet its neighbours': {@code minimum},
     * or more when one of {@code rows} wraps into more lines than fit in it. Measured with the
     * axis's tick label font, as the chart will draw it.
     */
    int rowHeight(List<String> rows, int minimum) {
        SVGGraphics2D g2 = new SVGGraphics2D(1, 1);
        Font font = getTickLabelFont();
        FontMetrics metrics = new FontMeasure().metrics(font);
        int lines = 0;
        for (String row : rows) {
            lines = Math.max(lines, lines(row, width, maxLines, text -> width(text, g2, metrics)).size());
        }
        double lineHeight = TextUtils.getTextBounds("Xg", g2, metrics).getHeight();
        return Math.max(minimum, (int) Math.ceil(lines * lineHeight) + ROW_GAP);
    }

    /**
     * Each of {@code names} on one line no wider than {@code width} pixels in {@code font}, by the
     * same rule as the axis's own labels ({@link #lines}): whole, or ending with {@link #ELLIPSIS}
     * after its last whole word that fits. For charts that write names outside a category axis
     * (the roadmap's rows, the value/risk matrix's bubbles), measured as this axis measures.
     */
    static List<String> oneLine(List<String> names, double width, Font font) {
        SVGGraphics2D g2 = new SVGGraphics2D(1, 1);
        FontMetrics metrics = new FontMeasure().metrics(font);
        List<String> lines = new ArrayList<>(names.size());
        for (String name : names) {
            lines.add(lines(name, width, 1, text -> width(text, g2, metrics)).get(0));
        }
        return lines;
    }

    /** On the left, each line ends at the plot in a browser too ({@link ChartGraphics#alignedRight}). */
    @Override
    protected AxisState drawCategoryLabels(Graphics2D g2, Rectangle2D plotArea, Rectangle2D dataArea,
            RectangleEdge edge, AxisState state, PlotRenderingInfo plotState) {
        return ChartGraphics.alignedRight(g2, edge,
                () -> super.drawCategoryLabels(g2, plotArea, dataArea, edge, state, plotState));
    }

    @Override
    protected TextBlock createLabel(Comparable category, float available, RectangleEdge edge, Graphics2D g2) {
        String name = category.toString();
        Font font = getTickLabelFont(category);
        FontMetrics metrics = g2.getFontMetrics(font);
        List<String> lines = lines(name, width, maxLines, text -> width(text, g2, metrics));
        TextBlock label = String.join(" ", lines).equals(String.join(" ", words(name)))
                ? new TextBlock() : new TitledTextBlock(name);
        for (String line : lines) {
            label.addLine(line, font, getTickLabelPaint(category));
        }
        // Each line against the plot, as a column of names reads, rather than centred on the longest.
        label.setLineAlignment(edge == RectangleEdge.LEFT ? HorizontalAlignment.RIGHT : HorizontalAlignment.CENTER);
        return label;
    }

    private static double width(String text, Graphics2D g2, FontMetrics metrics) {
        return TextUtils.getTextBounds(text, g2, metrics).getWidth();
    }

    /**
     * {@code text} in at most {@code maxLines} lines no wider than {@code width} as {@code widthOf}
     * measures them, broken at spaces; the last ends with {@link #ELLIPSIS} when words are left
     * over. Runs of white space count as one space.
     */
    static List<String> lines(String text, double width, int maxLines, ToDoubleFunction<String> widthOf) {
        List<String> words = words(text);
        List<String> lines = new ArrayList<>(maxLines);
        int next = 0;
        boolean cut = false;
        while (next < words.size() && lines.size() < maxLines) {
            StringBuilder line = new StringBuilder(words.get(next++));
            if (widthOf.applyAsDouble(line.toString()) > width) {
                // One word wider than a line: it is cut, and the label ends with it.
                lines.add(line.toString());
                cut = true;
                break;
            }
            while (next < words.size() && widthOf.applyAsDouble(line + " " + words.get(next)) <= width) {
                line.append(' ').append(words.get(next++));
            }
            lines.add(line.toString());
        }
        if (cut || next < words.size()) {
            int last = lines.size() - 1;
            lines.set(last, shortened(lines.get(last), width, widthOf));
        }
        return lines;
    }

    private static List<String> words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? List.of("") : List.of(trimmed.split("\\s+"));
    }

    /** {@code line} with {@link #ELLIPSIS} after the most of its words (or, for one word, characters) that fit. */
    private static String shortened(String line, double width, ToDoubleFunction<String> widthOf) {
        // No glyph is under a pixel wide at a chart's sizes: more characters than pixels cannot fit,
        // and measuring a 100,000-character word once per character dropped would take minutes.
        int most = (int) Math.min(Integer.MAX_VALUE - 1, Math.ceil(Math.max(0, width))) + 1;
        String kept = line.codePointCount(0, line.length()) > most ? line.substring(0, line.offsetByCodePoints(0, most))
                : line;
        while (widthOf.applyAsDouble(withEllipsis(kept)) > width && kept.indexOf(' ') > 0) {
            kept = kept.substring(0, kept.lastIndexOf(' '));
        }
        while (widthOf.applyAsDouble(withEllipsis(kept)) > width && kept.codePointCount(0, kept.length()) > 1) {
            kept = kept.substring(0, kept.offsetByCodePoints(kept.length(), -1));
        }
        return withEllipsis(kept);
    }

    /** "markets…", not "markets,…". */
    private static String withEllipsis(String text) {
        int end = text.length();
        while (end > 1 && ",;:-\u2013\u2014".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end) + ELLIPSIS;
    }

    /** A label drawn inside an SVG group whose {@code <title>} holds the whole name it shortens. */
    private static final class TitledTextBlock extends TextBlock {

        private static final long serialVersionUID = 1L;

        private final String title;

        TitledTextBlock(String title) {
            this.title = title;
        }

        @Override
        public void draw(Graphics2D g2, float anchorX, float anchorY, TextBlockAnchor anchor, float rotateX,
                float rotateY, double angle) {
            g2.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, null);
            // Marked as drawn text is, so that the SVG stays in Latin-1 (see ChartGraphics).
            g2.setRenderingHint(SVGHints.KEY_ELEMENT_TITLE, ChartGraphics.mark(title));
            super.draw(g2, anchorX, anchorY, anchor, rotateX, rotateY, angle);
            g2.setRenderingHint(SVGHints.KEY_END_GROUP, Boolean.TRUE);
        }
    }
}
