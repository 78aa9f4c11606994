package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** SPEC.md section 3, value/risk matrix: where an initiative falls, with t = matrixThreshold ("high" is strictly above t). */
public final class ValueRiskMatrix {

    private ValueRiskMatrix() {
    }

    /** The quadrant of {@code initiative}; the caller decides whether it is dropped (dropped ones have none). */
    public static Quadrant quadrant(Initiative initiative, double threshold) {
        return quadrant(initiative.value(), initiative.riskReduction(), threshold);
    }

    public static Quadrant quadrant(double value, double riskReduction, double threshold) {
        boolean highValue = value > threshold;
        boolean highRiskReduction = riskReduction > threshold;
        if (highValue) {
            return highRiskReduction ? Quadrant.INVEST_BOTH : Quadrant.SHIP_PRODUCT;
        }
        return highRiskReduction ? Quadrant.SHORE_UP_PLATFORM : Quadrant.DEPRIORITIZE;
    }

    /**
     * The non-dropped initiatives grouped by quadrant, every quadrant present (in enum order), each
     * group in the order of {@code figures}.
     */
    public static Map<Quadrant, List<InitiativeFigures>> byQuadrant(List<InitiativeFigures> figures) {
        Map<Quadrant, List<InitiativeFigures>> groups = new EnumMap<>(Quadrant.class);
        for (Quadrant quadrant : Quadrant.values()) {
            groups.put(quadrant, new ArrayList<>());
        }
        for (InitiativeFigures f : figures) {
            if (f.quadrant() != null) {
                groups.get(f.quadrant()).add(f);
            }
        }
        groups.replaceAll((quadrant, list) -> List.copyOf(list));
        return groups;
    }
}
