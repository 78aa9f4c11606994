package dev.tradeoff.narrative;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
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
 * SPEC's enablement value counts the speed-up all the same. When the platform work goes live only
 * after the plan ends, "start it after that" would push the product out of the plan as well: the
 * advice is then to land the platform work within the plan.
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
        // Platform work that goes live after the plan ends: starting the product after it would move it
        // out of the plan too, so the one advice that stays inside the plan is to land that work sooner.
        Quarter end = portfolio.strategy().plan().end();
        long beyond = pairs.stream().filter(pair -> pair.platform().goLive().isAfter(end)).count();
        String advice = beyond == 0 ? " Start {2} after the platform work goes live, or land it sooner."
                : beyond == pairs.size()
                ? " That platform work goes live only after the plan ends in {5}: land it within the plan, and start {2} once it is live."
                : " Start {2} after the platform work goes live, or land it sooner; platform work that goes live after the plan ends in {5} has to land within the plan first.";
        return Optional.of(Finding.of(Severity.WARNING, "enablement",
                "{0} yet to start {1} planned to begin before the platform work that speeds {2} up goes live, so {3} get none of its speed-up: {4}." + advice,
                Figure.counted(products, "product"), Figure.text(one ? "is" : "are"),
                Figure.text(one ? "it" : "them"), Figure.text(one ? "it would" : "they would"),
                Figure.text(Prose.join(named, Math.max(0, products - NAMED))), Figure.quarter(end)));
    }

    /** Proposed or committed: its start can still move. */
    private static boolean yetToStart(Initiative product) {
        return !product.isDropped() && !product.hasBegun();
    }
}
