package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.DoubleFunction;
import org.jfree.svg.SVGUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast SVG number writer gives exactly the text of JFreeSVG's own converter, whatever the value. */
class SvgDecimalsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 6, 9})
    void writesEveryNumberAsJFreeSvgDoes(int places) {
        DoubleFunction<String> fast = new SvgDecimals(places);
        DoubleFunction<String> reference = SVGUtils.createDoubleConverter(places);
        for (double value : values(places)) {
            assertThat(fast.apply(value)).as("%s with %d places", value, places).isEqualTo(reference.apply(value));
        }
    }

    private static List<Double> values(int places) {
        List<Double> values = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 2.5, -2.5,
                Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE,
                Double.MAX_VALUE, -Double.MAX_VALUE, 1e9, -1e9, 123456789.123, 1e15 + 0.3, 1.005, 1.015, 2.675,
                0.125, 0.375, -0.125, 1e-3, -1e-3, -4e-5, 4e-5, 99.995, 99.9949999, 720.0, 319.99999999));
        double unit = Math.pow(10, -places);
        SplittableRandom random = new SplittableRandom(places);
        for (int i = 0; i < 50_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-6, 10));
            double value = (random.nextDouble() * 2 - 1) * magnitude;
            values.add(value);
            // Exact and near ties at the last place, where the rounding rule decides.
            double tie = (Math.floor(value / unit) + 0.5) * unit;
            values.add(tie);
            values.add(Math.nextUp(tie));
            values.add(Math.nextDown(tie));
            values.add(Math.rint(value));
            values.add(Math.rint(value * 4) / 4);
            values.add(Math.rint(value * 1000) / 1000);
        }
        return values;
    }
}
