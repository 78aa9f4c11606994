package dev.tradeoff.analysis;

import java.util.List;

/** Cost of delay of the candidates done one after another, in plan order and in CD3 order. */
public record Sequencing(
        List<String> planOrder,
        double planDelayCost,
        List<String> cd3Order,
        double cd3DelayCost,
        double saving) {

    public Sequencing {
        planOrder = List.copyOf(planOrder);
        cd3Order = List.copyOf(cd3Order);
    }
}
