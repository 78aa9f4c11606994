package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A platform initiative that SPEC's CD3 order puts after a product initiative it {@code enables},
 * both in the order: CD3 ranks each initiative on its own and knows nothing of what one needs from
 * another, so the order it gives cannot be followed as it stands. The order and its figures stay as
 * SPEC.md says; the narrative only says where the order starts a product before its platform.
 */
public record EnablerAfterProduct(Initiative platform, Initiative product) {

    /**
     * Every such pair, in the order CD3 starts the products (then the order it starts the
     * platforms): one pass to index the CD3 positions by id and one over the enables entries of the
     * initiatives in the order, so a portfolio of any size is linear in its initiatives and entries.
     */
    static List<EnablerAfterProduct> inCd3Order(Portfolio portfolio) {
        List<String> order = portfolio.sequencing().cd3Order();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        Map<String, Initiative> inOrder = new HashMap<>();
        for (InitiativeFigures figures : portfolio.initiatives()) {
            if (position.containsKey(figures.id())) {
                inOrder.putIfAbsent(figures.id(), figures.initiative());
            }
        }
        List<EnablerAfterProduct> pairs = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Initiative platform = inOrder.get(order.get(i));
            for (Enablement enablement : platform.enables()) {
                Integer product = position.get(enablement.productId());
                if (product != null && product < i) {
                    pairs.add(new EnablerAfterProduct(platform, inOrder.get(enablement.productId())));
                }
            }
        }
        pairs.sort(Comparator.comparing((EnablerAfterProduct pair) -> position.get(pair.product().id()))
                .thenComparing(pair -> position.get(pair.platform().id())));
        return pairs;
    }
}
