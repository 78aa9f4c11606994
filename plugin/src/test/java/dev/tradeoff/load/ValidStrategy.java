package dev.tradeoff.load;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small valid strategy folder (the SPEC.md example, completed), to break one file at a time. */
final class ValidStrategy {

    static final String STRATEGY = """
            organization: Acme Pay
            currency: USD
            start: 2027-Q1
            costPerPersonMonth: 15k
            capacity: 120
            """;

    static final String PAYMENTS_PLATFORM = """
            title: Payment processing platform
            kind: platform
            owner: payments-core
            status: committed
            start: 2027-Q1
            duration: 3
            effort: 36
            oneOffCost: 200k
            runCost: 20k
            benefits:
              - type: cloud-saving
                amount: 60k
              - type: risk-avoidance
                amount: 90k
                ramp: 2
            value: 6
            riskReduction: 9
            enables:
              - id: checkout-v2
                speedup: 0.3
            keyResults: [expand-regions/onboarding-days]
            addresses: [outages, compliance, scalability]
            summary: |
              One PCI-scoped core instead of three forks.
            """;

    static final String CHECKOUT_V2 = """
            title: Checkout v2
            kind: product
            owner: checkout
            duration: 2
            effort: 20
            value: 8
            riskReduction: 3
            """;

    static final String EXPAND_REGIONS = """
            objective: Launch in three new regions
            quarter: 2027-Q4
            keyResults:
              - id: onboarding-days
                title: Days to onboard a new product team
                unit: days
                baseline: 30
                target: 15
                current: 24
            """;

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
