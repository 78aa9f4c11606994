package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.InitiativeFinancials;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import java.util.HashMap;
import java.util.Map;

/**
 * The part of a platform initiative's enablement value that the plan as written gets. SPEC's value
 * counts every product it enables; a product that starts before the platform work goes live is
 * built without it and gets none of the speed-up, so advice that weighs a loss against the
 * enablement counts only the products that start once it is live.
 */
final class RealisedEnablement {

    private final Map<String, Initiative> byId = new HashMap<>();
    private final double costPerPersonMonth;

    private RealisedEnablement(Portfolio portfolio) {
        for (InitiativeFigures figures : portfolio.initiatives()) {
            byId.put(figures.id(), figures.initiative());
        }
        costPerPersonMonth = portfolio.strategy().plan().costPerPersonMonth().amount();
    }

    static RealisedEnablement of(Portfolio portfolio) {
        return new RealisedEnablement(portfolio);
    }

    /** SPEC's enablement value over the planned products that start once {@code platform} is live; 0 for product work. */
    double worth(InitiativeFigures platform) {
        Initiative work = platform.initiative();
        return InitiativeFinancials.enablementValue(work, byId::get, costPerPersonMonth,
                product -> !product.startsBeforeGoLiveOf(work));
    }

    /** Whether a planned product it enables starts before it goes live. */
    boolean startsTooEarly(InitiativeFigures platform) {
        return platform.initiative().enables().stream().map(this::planned)
                .anyMatch(product -> product != null && product.startsBeforeGoLiveOf(platform.initiative()));
    }

    /** The product an enables entry names, or null when it is dropped (SPEC: it adds 0). */
    private Initiative planned(Enablement enablement) {
        Initiative product = byId.get(enablement.productId());
        return product == null || product.isDropped() ? null : product;
    }
}
