package dev.tradeoff.render.chart;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places one label beside each circle so that labels do not cover each other: each label tries
 * the spots around its circle in a fixed order (above, below, right, left, the diagonals, then
 * further above and below) and takes the first that touches no label placed before it, no other
 * circle and no keep-out area, and stays inside the bounds; when none is free, the spot that
 * covers least. Circles are served in the order given, so the first get the best spots. Pure
 * geometry in Java2D units, so the same input always gives the same places.
 */
final class LabelPlacer {

    /** Space between a circle's edge and its label. */
    static final double GAP = 2;

    /** Covering another label or leaving the bounds costs this much more than covering a circle. */
    private static final double HARD = 1_000;

    private final Rectangle2D bounds;
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final List<Ellipse2D> circles;

    /**
     * @param bounds  where labels must stay
     * @param circles every circle, in the order labels will be asked for
     * @param keepOut areas labels should not cover (other text already on the chart)
     */
    LabelPlacer(Rectangle2D bounds, List<Ellipse2D> circles, List<Rectangle2D> keepOut) {
        this.bounds = bounds;
        this.circles = circles;
        this.taken.addAll(keepOut);
    }

    /** The box of the label of {@code circles.get(index)}, {@code width × height}, now taken. */
    Rectangle2D place(int index, double width, double height) {
        Ellipse2D circle = circles.get(index);
        Rectangle2D best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (Rectangle2D spot : spots(circle, width, height)) {
            double cost = cost(spot, index);
            if (cost < bestCost) {
                best = spot;
                bestCost = cost;
                if (cost == 0) {
                    break;
                }
            }
        }
        taken.add(best);
        return best;
    }

    private double cost(Rectangle2D spot, int index) {
        double cost = HARD * (area(spot) - area(spot.createIntersection(bounds)));
        for (Rectangle2D label : taken) {
            cost += HARD * overlap(spot, label);
        }
        for (int i = 0; i < circles.size(); i++) {
            if (i != index) {
                cost += overlap(spot, circles.get(i).getBounds2D());
            }
        }
        return cost;
    }

    private static List<Rectangle2D> spots(Ellipse2D circle, double width, double height) {
        double x = circle.getCenterX();
        double y = circle.getCenterY();
        double r = circle.getWidth() / 2 + GAP;
        double d = r * Math.sqrt(0.5);
        List<Rectangle2D> spots = new ArrayList<>();
        spots.add(box(x - width / 2, y - r - height, width, height));
        spots.add(box(x - width / 2, y + r, width, height));
        spots.add(box(x + r + GAP, y - height / 2, width, height));
        spots.add(box(x - r - GAP - width, y - height / 2, width, height));
        spots.add(box(x + d, y - d - height, width, height));
        spots.add(box(x - d - width, y - d - height, width, height));
        spots.add(box(x + d, y + d, width, height));
        spots.add(box(x - d - width, y + d, width, height));
        for (int step = 1; step <= 2; step++) {
            spots.add(box(x - width / 2, y - r - height * (step + 1), width, height));
            spots.add(box(x - width / 2, y + r + height * step, width, height));
        }
        return spots;
    }

    private static Rectangle2D box(double x, double y, double width, double height) {
        return new Rectangle2D.Double(x, y, width, height);
    }

    private static double overlap(Rectangle2D a, Rectangle2D b) {
        if (!a.intersects(b)) {
            return 0;
        }
        return area(a.createIntersection(b));
    }

    private static double area(Rectangle2D r) {
        return r.isEmpty() ? 0 : r.getWidth() * r.getHeight();
    }
}
