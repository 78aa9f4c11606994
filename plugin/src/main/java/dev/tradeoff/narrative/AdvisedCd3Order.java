package dev.tradeoff.narrative;

import dev.tradeoff.analysis.EnablerFirstOrder;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.Tolerance;
import dev.tradeoff.model.Initiative;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CD3 order the pages advise, and the delay it saves against the planned order: SPEC.md's CD3
 * order when it keeps every platform ahead of the products it enables, else the
 * {@link EnablerFirstOrder}. A saving quoted for an order that starts products before the platform
 * work that speeds them up would be that of an order the pages advise against; the summary and the
 * sequencing page both quote this one.
 *
 * @param pairs        where SPEC's CD3 order starts a product before a platform that enables it
 * @param order        the ids of the candidates in the advised order
 * @param first        the title of the work to start first in the advised order
 * @param delayCost    the advised order's cost of delay, done one after another
 * @param saving       the planned order's cost of delay less {@code delayCost}
 */
public record AdvisedCd3Order(List<EnablerAfterProduct> pairs, List<String> order, String first, double delayCost,
        double saving) {

    public AdvisedCd3Order {
        order = List.copyOf(order);
    }

    /** The advised order of {@code portfolio}, for a caller without an index of its initiatives. */
    public static AdvisedCd3Order of(Portfolio portfolio) {
        Map<String, Initiative> byId = new HashMap<>();
        portfolio.initiatives().forEach(figures -> byId.putIfAbsent(figures.id(), figures.initiative()));
        return of(portfolio, byId::get);
    }

    /** The advised order of {@code portfolio}; {@code byId} looks its initiatives up. */
    static AdvisedCd3Order of(Portfolio portfolio, Function<String, Initiative> byId) {
        var sequencing = portfolio.sequencing();
        List<EnablerAfterProduct> pairs = EnablerAfterProduct.inCd3Order(portfolio);
        if (pairs.isEmpty()) {
            String first = sequencing.cd3Order().isEmpty() ? null : byId.apply(sequencing.cd3Order().get(0)).title();
            return new AdvisedCd3Order(pairs, sequencing.cd3Order(), first, sequencing.cd3DelayCost(), sequencing.saving());
        }
        EnablerFirstOrder order = EnablerFirstOrder.of(portfolio);
        double saving = Tolerance.sameAs(order.delayCost(), sequencing.planDelayCost()) ? 0
                : sequencing.planDelayCost() - order.delayCost();
        return new AdvisedCd3Order(pairs, order.ids(), order.order().get(0).title(), order.delayCost(), saving);
    }

    /** Whether SPEC's CD3 order had to be changed to keep platform work ahead of what it enables. */
    public boolean keepsEnablersAhead() {
        return !pairs.isEmpty();
    }

    public boolean saves() {
        return saving > 0;
    }
}
