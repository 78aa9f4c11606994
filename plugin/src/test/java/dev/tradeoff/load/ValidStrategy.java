package dev.tradeoff.load;

import dev.tradeoff.testing.AcmePayStrategy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small valid strategy folder (the SPEC.md example, completed, from {@link AcmePayStrategy} with a
 * smaller checkout and smaller teams), to break one file at a time.
 */
final class ValidStrategy {

    static final String STRATEGY = AcmePayStrategy.STRATEGY;

    static final String PAYMENTS_PLATFORM = AcmePayStrategy.PAYMENTS_PLATFORM_PLAN + """
            addresses: [outages, compliance, scalability]
            summary: |
              One PCI-scoped core instead of three forks.
            """;

    /** Not {@link AcmePayStrategy#CHECKOUT_V2}: a bare product with no status, start or benefits, and effort 20. */
    static final String CHECKOUT_V2 = """
            title: Checkout v2
            kind: product
            owner: checkout
            duration: 2
            effort: 20
            value: 8
            riskReduction: 3
            """;

    static final String EXPAND_REGIONS = AcmePayStrategy.EXPAND_REGIONS;

    static final String TEAMS = """
            teams:
              - id: payments-core
                name: Payments Core
                type: platform
                people: 8
              - id: checkout
                name: Checkout
                type: stream-aligned
                people: 6
            """;

    private ValidStrategy() {
    }

    /** The files of the valid strategy, to change or add to. */
    static Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("strategy.yaml", STRATEGY);
        files.put("initiatives/payments-platform.yaml", PAYMENTS_PLATFORM);
        files.put("initiatives/checkout-v2.yaml", CHECKOUT_V2);
        files.put("okrs/expand-regions.yaml", EXPAND_REGIONS);
        files.put("teams.yaml", TEAMS);
        return files;
    }

    /** The valid strategy with {@code path} set to {@code text}. */
    static Map<String, String> with(String path, String text) {
        Map<String, String> files = files();
        files.put(path, text);
        return files;
    }
}
