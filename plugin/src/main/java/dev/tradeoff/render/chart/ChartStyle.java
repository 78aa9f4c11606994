package dev.tradeoff.render.chart;

import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.view.MoneyFormat;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.NumberFormat;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look every chart shares: a light palette, the plugin's own font ({@link ChartFonts}, so no
 * machine's installed fonts leak into the layout), white background, no
 * gradients or shadows, grey dashed guides, and axes whose labels never use the default locale.
 */
public final class ChartStyle {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        // Text is placed by its exact width, not by whole pixels: a label JFreeChart right-aligns is
        // written anchored at its end (ChartGraphics), which a rounded width left up to a pixel off.
        // JFreeChart's setting, but of the copy in this plugin's class realm: no other plugin sees it.
        TextUtils.setUseFontMetricsGetStringBounds(true);
    }

    public static final Color PLATFORM = new Color(0x4f46e5);
    public static final Color PRODUCT = new Color(0x0ea5e9);
    public static final Color COSTS = new Color(0xef4444);
    /** The costs' red for small text on white: 4.8:1, the site's --critical. */
    public static final Color CRITICAL_TEXT = new Color(0xdc2626);
    /** What is neither platform nor product, good nor bad: a team's load within its capacity. */
    public static final Color NEUTRAL = new Color(0x64748b);
    /** A warning's amber, dark enough for small text on white (the site's --warning). */
    public static final Color WARNING = new Color(0xb45309);
    /** Dark enough for 3:1 against white (3.8), as a chart's marks that carry meaning need. */
    public static final Color BENEFITS = new Color(0x059669);
    public static final Color NET = new Color(0x111827);
    /** Bands, thresholds and other guide lines. */
    public static final Color GUIDE = new Color(0x9ca3af);
    public static final Color GRID = new Color(0xe5e7eb);
    public static final Color TEXT = new Color(0x374151);
    public static final Color MUTED = new Color(0x6b7280);
    /** Fill of dropped initiatives. */
    public static final Color DROPPED = new Color(0xe5e7eb);

    /** Grey dashed guide lines: bands, thresholds, capacity headroom. */
    public static final Stroke DASHED = dashed(1.2f);
    public static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke THIN = new BasicStroke(1f);

    /** Quarter steps the quarter axis may label: every one, every other, yearly, … */
    private static final int[] QUARTER_STEPS = {1, 2, 4, 8, 12, 20, 40, 80, 200};

    /**
     * Bars a chart of one bar per item (objective, team) shows at most: at 30 px a bar, a bar for each
     * of thousands would make the chart metres tall. The pages beside the chart list every item.
     */
    static final int MAX_BARS = 60;

    private ChartStyle() {
    }

    /** {@code all} when it fits in {@link #MAX_BARS} bars; else the first {@link #MAX_BARS} in {@code order}. */
    static <T> List<T> bars(List<T> all, Comparator<? super T> order) {
        return all.size() <= MAX_BARS ? all : all.stream().sorted(order).limit(MAX_BARS).toList();
    }

    /**
     * Each item's row label: its name, or "name (id)" for all when two share a name, so that every
     * bar keeps a row of its own and a reader can still tell them apart (the roadmap's rows and the
     * matrix's bubbles are named the same way, {@link InitiativeLabels}).
     */
    static <T> List<String> rowLabels(List<T> items, Function<T, String> name, Function<T, String> id) {
        Set<String> names = new HashSet<>();
        items.forEach(item -> names.add(name.apply(item)));
        boolean unique = names.size() == items.size();
        return items.stream().map(item -> unique ? name.apply(item) : name.apply(item) + " (" + id.apply(item) + ")")
                .toList();
    }

    /**
     * Fails, saying what to install, when this machine has no font for Java to measure chart text
     * with ({@link ChartFonts#requireAvailable}).
     */
    public static void requireFonts() {
        ChartFonts.requireAvailable();
    }

    /** The charts' font ({@link ChartFonts}), plain. */
    public static Font font(int size) {
        return ChartFonts.plain(size);
    }

    public static Font bold(int size) {
        return ChartFonts.bold(size);
    }

    public static Color colour(Kind kind) {
        return kind == Kind.PLATFORM ? PLATFORM : PRODUCT;
    }

    /** The same colour with {@code alpha} (0..255). */
    public static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /** Parses {@code #rrggbb} (or {@code #rgb}); throws {@link IllegalArgumentException} on anything else. */
    public static Color parseColour(String hex) {
        if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
            return new Color(Integer.parseInt(hex.substring(1), 16));
        }
        if (hex != null && hex.matches("#[0-9a-fA-F]{3}")) {
            int r = Character.digit(hex.charAt(1), 16);
            int g = Character.digit(hex.charAt(2), 16);
            int b = Character.digit(hex.charAt(3), 16);
            return new Color(r * 17, g * 17, b * 17);
        }
        throw new IllegalArgumentException("Not a colour (expected #rrggbb): " + hex);
    }

    static Stroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {5f, 4f}, 0f);
    }

    /**
     * The dashes of {@link #dashed} made small enough for a legend's 10 px swatch: at 5 on and 4 off
     * its outline showed as loose corner fragments.
     */
    static Stroke legendDashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {2f, 2f}, 0f);
    }

    /** A chart around {@code plot} with the shared look: no title drawn, legend at the bottom when asked. */
    static JFreeChart chart(Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, null, plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(8, 8, 8, 12));
        chart.setTextAntiAlias(true);
        LegendTitle legendTitle = chart.getLegend();
        if (legendTitle != null) {
            legendTitle.setItemFont(font(12));
            legendTitle.setItemPaint(TEXT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Color.WHITE);
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        }
        return chart;
    }

    static void style(XYPlot plot) {
        plain(plot);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(THIN);
        plot.setRangeGridlineStroke(THIN);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i));
        }
    }

    static void style(CategoryPlot plot) {
        plain(plot);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(THIN);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        for (int i = 0; i < plot.getDomainAxisCount(); i++) {
            style(plot.getDomainAxis(i));
        }
        for (int i = 0; i < plot.getRangeAxisCount(); i++) {
            style(plot.getRangeAxis(i));
        }
    }

    /**
     * What every plot shares, whatever its kind (JFreeChart's XY and category plots have no common
     * type for their gridlines and axes): the no-data message, a white ground, no outline, insets.
     */
    private static void plain(Plot plot) {
        plot.setNoDataMessageFont(font(13));
        plot.setNoDataMessagePaint(MUTED);
        if (plot.getNoDataMessage() == null) {
            plot.setNoDataMessage("Nothing to show");
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    }

    static void style(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(font(12));
        axis.setLabelPaint(MUTED);
        axis.setTickLabelFont(font(11));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(GRID);
        axis.setTickMarkPaint(GRID);
        axis.setTickMarkInsideLength(0f);
        axis.setTickMarkOutsideLength(3f);
        if (axis instanceof CategoryAxis category) {
            category.setCategoryMargin(0.2);
            category.setLowerMargin(0.01);
            category.setUpperMargin(0.01);
        }
    }

    /**
     * A value axis whose tick labels all go through {@code format}: as the axis's number format
     * override, it is what JFreeChart measures labels with to choose the tick size, and what it
     * writes them with, so the default locale never shapes the labels or their layout. (The tick
     * units' own formats are then never used: giving them {@code format} too only made another
     * {@code NumberTickUnitSource}, six {@code DecimalFormat}s, for every chart.)
     */
    static NumberAxis numberAxis(String label, NumberFormat format) {
        NumberAxis axis = new AlignedNumberAxis(label);
        axis.setNumberFormatOverride(format);
        axis.setAutoRangeIncludesZero(true);
        return axis;
    }

    /** A value axis for money, labelled compactly with {@code currencySymbol}. */
    static NumberAxis moneyAxis(String label, String currencySymbol) {
        return numberAxis(label, new MoneyAxisFormat(currencySymbol));
    }

    /**
     * A value axis for money as {@code money} writes it: in a currency without minor units (JPY)
     * the ticks are whole units, so a small range is never labelled "¥0.25".
     */
    static NumberAxis moneyAxis(String label, MoneyFormat money) {
        NumberAxis axis = moneyAxis(label, money.symbol());
        if (money.wholeUnits()) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        return axis;
    }

    /** A value axis for shares, labelled {@code 0%}, {@code 25%}, … */
    static NumberAxis percentAxis(String label) {
        return numberAxis(label, PercentAxisFormat.INSTANCE);
    }

    /**
     * An axis of quarters from {@code first} to {@code last}: values are
     * {@link Quarter#ordinal()}s, each quarter is centred on its value, and labels step by 1, 2, 4,
     * … quarters as space allows (so the labels shown are Q1s once they step by a year or more).
     */
    static NumberAxis quarterAxis(String label, Quarter first, Quarter last) {
        NumberAxis axis = new NumberAxis(label);
        TickUnits units = new TickUnits();
        for (int step : QUARTER_STEPS) {
            units.add(new NumberTickUnit(step, QuarterAxisFormat.INSTANCE, 0));
        }
        axis.setStandardTickUnits(units);
        axis.setNumberFormatOverride(QuarterAxisFormat.INSTANCE);
        axis.setAutoRangeIncludesZero(false);
        axis.setRange(first.ordinal() - 0.5, Math.max(first.ordinal(), last.ordinal()) + 0.5);
        axis.setMinorTickCount(0);
        return axis;
    }

    /**
     * A dashed guide line at {@code value} that is drawn across the plot horizontally, with an
     * optional small label above its right end.
     */
    static ValueMarker horizontalGuide(double value, String label, Color colour) {
        return guide(value, label, colour, TextAnchor.BOTTOM_RIGHT);
    }

    /**
     * A dashed guide line at {@code value} that is drawn across the plot vertically, with an
     * optional small label to the right of its top end.
     */
    static ValueMarker verticalGuide(double value, String label, Color colour) {
        return guide(value, label, colour, TextAnchor.TOP_LEFT);
    }

    private static ValueMarker guide(double value, String label, Color colour, TextAnchor labelAnchor) {
        ValueMarker marker = new ValueMarker(value, colour, DASHED);
        if (label != null) {
            label(marker, label, MUTED);
            marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(labelAnchor);
        }
        return marker;
    }

    /** Moves a vertical line's label to the left of the line: near the right edge it would be cut off. */
    static ValueMarker labelOnTheLeft(ValueMarker marker) {
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        return marker;
    }

    /** Labels a marker in small text of {@code colour} on a translucent white ground. */
    static void label(ValueMarker marker, String text, Color colour) {
        marker.setLabel(text);
        marker.setLabelFont(font(11));
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
        marker.setLabelOffset(new RectangleInsets(3, 3, 3, 3));
    }
}
