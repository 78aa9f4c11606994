package dev.tradeoff.narrative;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Products not yet started (proposed or committed) that the plan starts before the platform work
 * that speeds them up goes live: built without it, they get none of the speed-up. Each initiative's
 * page says so of itself; the verdict says it of the plan, as it is a fault of the order of work.
 * SPEC's enablement value counts the speed-up all the same.
 */
final class ProductsAheadOfTheirPlatform {

    /** The most products the sentence names; the rest are counted. */
    private static final int NAMED = 2;

    /** One product that starts before one platform that speeds it up goes live. */
    private record Pair(Initiative product, Initiative platform) {
    }

    private ProductsAheadOfTheirPlatform() {
    }

    static Optional<Finding> of(Portfolio portfolio) {
        Map<String, Initiative> byId = new HashMap<>();
        portfolio.strategy().initiatives().forEach(initiative -> byId.put(initiative.id(), initiative));
        List<Pair> pairs = new ArrayList<>();
        for (Initiative platform : portfolio.strategy().initiatives()) {
            if (platform.isDropped()) {
                continue;
            }
            for (Enablement enablement : platform.enables()) {
                Initiative product = byId.get(enablement.productId());
                if (product != null && yetToStart(product) && product.startsBeforeGoLiveOf(platform)) {
                    pairs.add(new Pair(product, platform));
                }
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        // The earliest starts first: the furthest ahead of what they need; then by id, for one order.
        // Each product once, with every platform it starts ahead of, the first to go live first.
        pairs.sort(Comparator.comparing((Pair pair) -> pair.product().start())
                .thenComparing(pair -> pair.product().id())
                .thenComparing(pair -> pair.platform().goLive()).thenComparing(pair -> pair.platform().id()));
        Map<String, List<Pair>> byProduct = new LinkedHashMap<>();
        pairs.forEach(pair -> byProduct.computeIfAbsent(pair.product().id(), id -> new ArrayList<>()).add(pair));
        int products = byProduct.size();
        List<String> named = new ArrayList<>();
        for (List<Pair> ahead : byProduct.values().stream().limit(NAMED).toList()) {
            List<String> platforms = new ArrayList<>();
            for (Pair pair : ahead) {
                platforms.add(pair.platform().title() + (platforms.isEmpty() ? " goes live in " : " in ")
                        + pair.platform().goLive());
            }
            Initiative product = ahead.get(0).product();
            named.add(product.title() + " (from " + product.start() + "; " + Prose.join(platforms) + ")");
        }
        boolean one = products == 1;
        return Optional.of(Finding.of(Severity.WARNING, "enablement",
                "{0} yet to start {1} planned to begin before the platform work that speeds {2} up goes live, so {3} get none of its speed-up: {4}. Start {2} after the platform work goes live, or land it sooner.",
                Figure.counted(products, "product"), Figure.text(one ? "is" : "are"),
                Figure.text(one ? "it" : "them"), Figure.text(one ? "it would" : "they would"),
                Figure.text(Prose.join(named, Math.max(0, products - NAMED)))));
    }

    /** Proposed or committed: its start can still move. */
    private static boolean yetToStart(Initiative product) {
        return !product.isDropped() && !product.hasBegun();
    }
}
