package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Bubbles at the same scores are drawn just beside them, each on its own side of the quadrant lines. */
class BubbleTest {

    private static final double RADIUS = 0.2;
    private static final double THRESHOLD = 5;

    private static Bubble bubble(String id, double value, double riskReduction) {
        return new Bubble(id, Kind.PRODUCT, value, riskReduction, 20);
    }

    @Test
    void twoAtTheSamePointSitSideBySideInIdOrderAndOthersStayPut() {
        List<Bubble> spread = Bubble.spread(List.of(bubble("partner-api", 8, 3), bubble("instant-payouts", 8, 3),
                bubble("multi-currency-wallets", 7, 3)), RADIUS, THRESHOLD);

        assertThat(spread).extracting(Bubble::id).containsExactly("partner-api", "instant-payouts",
                "multi-currency-wallets");
        assertThat(spread.get(1).value()).as("instant-payouts, first by id, to the left").isCloseTo(7.8, within(1e-9));
        assertThat(spread.get(0).value()).isCloseTo(8.2, within(1e-9));
        assertThat(spread.get(0).riskReduction()).isCloseTo(3, within(1e-9));
        assertThat(spread.get(1).riskReduction()).isCloseTo(3, within(1e-9));
        assertThat(spread.get(2)).isEqualTo(bubble("multi-currency-wallets", 7, 3));
        assertThat(spread.get(0).effort()).isEqualTo(20);
    }

    @Test
    void placesDoNotDependOnTheOrderOfTheBubbles() {
        List<Bubble> bubbles = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            bubbles.add(bubble("b-%02d".formatted(i), 1 + i % 3, 9 - i % 2));
        }
        Map<String, Bubble> forwards = byId(Bubble.spread(bubbles, RADIUS, THRESHOLD));
        Collections.reverse(bubbles);
        Map<String, Bubble> backwards = byId(Bubble.spread(bubbles, RADIUS, THRESHOLD));

        assertThat(backwards).isEqualTo(forwards);
    }

    @Test
    void manyAtOnePointEachGetAPlaceOfTheirOwnNearIt() {
        List<Bubble> bubbles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            bubbles.add(bubble("b-%02d".formatted(i), 8, 8));
        }
        List<Bubble> spread = Bubble.spread(bubbles, RADIUS, THRESHOLD);

        assertThat(places(spread)).hasSize(12);
        assertThat(spread).allSatisfy(b -> assertThat(Math.hypot(b.value() - 8, b.riskReduction() - 8))
                .isCloseTo(RADIUS, within(1e-9)));
    }

    @Test
    void bubblesOnOrNearTheQuadrantLinesStayOnTheirSide() {
        double[] scores = {THRESHOLD, THRESHOLD + 0.05, THRESHOLD - 0.05, THRESHOLD + 0.15, THRESHOLD - 0.3};
        for (double value : scores) {
            for (double riskReduction : scores) {
                List<Bubble> bubbles = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    bubbles.add(bubble("b-" + i, value, riskReduction));
                }
                List<Bubble> spread = Bubble.spread(bubbles, RADIUS, THRESHOLD);

                String point = "(" + value + ", " + riskReduction + ")";
                assertThat(places(spread)).as(point).hasSize(bubbles.size());
                assertThat(spread).as(point).allSatisfy(b -> {
                    assertThat(b.value() > THRESHOLD).isEqualTo(value > THRESHOLD);
                    assertThat(b.riskReduction() > THRESHOLD).isEqualTo(riskReduction > THRESHOLD);
                    assertThat(Math.abs(b.value() - value)).isLessThanOrEqualTo(RADIUS + 1e-9);
                    assertThat(Math.abs(b.riskReduction() - riskReduction)).isLessThanOrEqualTo(RADIUS + 1e-9);
                });
            }
        }
    }

    private static Map<String, Bubble> byId(List<Bubble> bubbles) {
        return bubbles.stream().collect(Collectors.toMap(Bubble::id, Function.identity()));
    }

    private static Set<List<Double>> places(List<Bubble> bubbles) {
        Set<List<Double>> places = new HashSet<>();
        bubbles.forEach(b -> places.add(List.of(b.value(), b.riskReduction())));
        return places;
    }
}
