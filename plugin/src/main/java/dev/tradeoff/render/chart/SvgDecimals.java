package dev.tradeoff.render.chart;

import java.util.function.DoubleFunction;
import org.jfree.svg.SVGUtils;

/**
 * Writes the numbers of an SVG exactly as JFreeSVG's {@code SVGUtils.createDoubleConverter(dp)}
 * does (a {@code DecimalFormat("0.##…")} of {@code dp} places, US symbols, half-even rounding), but
 * without a {@code DecimalFormat} for the numbers a chart is made of: ordinary coordinates that are
 * not within a hair of a rounding tie. Those (and every other value) go to the JFreeSVG converter,
 * so the text is the same for every input; a chart writes tens of thousands of numbers, and
 * {@code DecimalFormat} was most of the time it took to draw one.
 */
final class SvgDecimals implements DoubleFunction<String> {

    /** Beyond this the scaled value's rounding error could reach the tie margin. */
    private static final double FAST_LIMIT = 1e9;
    /** How close to a .5 tie a scaled value may be before the exact converter decides. */
    private static final double TIE_MARGIN = 1e-6;

    private final int places;
    private final long scale;
    private final DoubleFunction<String> exact;

    SvgDecimals(int places) {
        if (places < 1 || places > 9) {
            throw new IllegalArgumentException("decimal places must be 1 to 9: " + places);
        }
        this.places = places;
        long s = 1;
        for (int i = 0; i < places; i++) {
            s *= 10;
        }
        this.scale = s;
        this.exact = SVGUtils.createDoubleConverter(places);
    }

    @Override
    public String apply(double value) {
        double scaled = value * scale;
        if (!(Math.abs(scaled) < FAST_LIMIT)) {
            return exact.apply(value); // also NaN and the infinities
        }
        double floor = Math.floor(scaled);
        double fraction = scaled - floor;
        if (Math.abs(fraction - 0.5) < TIE_MARGIN) {
            return exact.apply(value);
        }
        long units = (long) floor + (fraction > 0.5 ? 1 : 0);
        // DecimalFormat keeps the sign of a negative value that rounds to zero ("-0").
        boolean negative = units < 0 || (units == 0 && (value < 0 || Double.doubleToRawLongBits(value) < 0));
        long magnitude = Math.abs(units);
        long whole = magnitude / scale;
        long fractional = magnitude % scale;
        StringBuilder text = new StringBuilder(24);
        if (negative) {
            text.append('-');
        }
        text.append(whole);
        if (fractional != 0) {
            int digits = places;
            while (fractional % 10 == 0) {
                fractional /= 10;
                digits--;
            }
            text.append('.');
            String tail = Long.toString(fractional);
            for (int pad = digits - tail.length(); pad > 0; pad--) {
                text.append('0');
            }
            text.append(tail);
        }
        return text.toString();
    }
}
