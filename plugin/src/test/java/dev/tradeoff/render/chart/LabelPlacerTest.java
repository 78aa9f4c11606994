package dev.tradeoff.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelPlacerTest {

    private static final Rectangle2D BOUNDS = new Rectangle2D.Double(0, 0, 400, 300);

    private static Ellipse2D circle(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    @Test
    void aLoneCircleIsLabelledCentredJustAboveIt() {
        LabelPlacer placer = new LabelPlacer(BOUNDS, List.of(circle(200, 150, 20)), List.of());

        Rectangle2D label = placer.place(0, 60, 12);

        // Centred on x = 200, its bottom 2 px above the circle's top (150 − 20 − 2 = 128).
        assertThat(label).isEqualTo(new Rectangle2D.Double(170, 116, 60, 12));
    }

    @Test
    void twoCirclesAtTheSamePointGetLabelsThatDoNotCoverEachOther() {
        List<Ellipse2D> circles = List.of(circle(200, 150, 20), circle(200, 150, 20));
        LabelPlacer placer = new LabelPlacer(BOUNDS, circles, List.of());

        Rectangle2D first = placer.place(0, 60, 12);
        Rectangle2D second = placer.place(1, 60, 12);

        assertThat(first.intersects(second)).isFalse();
        assertThat(second.getY()).as("the second goes below: above is taken").isEqualTo(172);
    }

    @Test
    void aCircleAtTheTopEdgeIsLabelledBelowWithinTheBounds() {
        LabelPlacer placer = new LabelPlacer(BOUNDS, List.of(circle(200, 10, 8)), List.of());

        Rectangle2D label = placer.place(0, 60, 12);

        assertThat(BOUNDS.contains(label)).isTrue();
        assertThat(label.getY()).isEqualTo(20);
    }

    @Test
    void labelsStayOffTextAlreadyOnTheChart() {
        Rectangle2D quadrantName = new Rectangle2D.Double(150, 100, 100, 20);
        LabelPlacer placer = new LabelPlacer(BOUNDS, List.of(circle(200, 150, 20)), List.of(quadrantName));

        Rectangle2D label = placer.place(0, 60, 12);

        assertThat(label.intersects(quadrantName)).isFalse();
    }

    @Test
    void labelsStayOffOtherBubblesWhenThereIsRoom() {
        // A big bubble right above a small one: the small one's label goes below instead.
        List<Ellipse2D> circles = List.of(circle(200, 100, 40), circle(200, 150, 8));
        LabelPlacer placer = new LabelPlacer(BOUNDS, circles, List.of());

        placer.place(0, 60, 12);
        Rectangle2D small = placer.place(1, 60, 12);

        assertThat(small.intersects(circles.get(0).getBounds2D())).isFalse();
        assertThat(small.getY()).isEqualTo(160);
    }

    @Test
    void aCrowdedClusterStillGetsSeparateLabelsWhileTheSpotsLast() {
        List<Ellipse2D> circles = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            circles.add(circle(200 + 3 * i, 150, 10));
        }
        LabelPlacer placer = new LabelPlacer(BOUNDS, circles, List.of());
        List<Rectangle2D> labels = new ArrayList<>();
        for (int i = 0; i < circles.size(); i++) {
            labels.add(placer.place(i, 50, 12));
        }

        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j))).as("labels %d and %d", i, j).isFalse();
            }
        }
    }
}
