package dev.tradeoff.testing;

/**
 * YAML text of the small, valid Acme Pay strategy (the SPEC.md example, completed) that the loader,
 * pipeline and render tests start from, so that they all load the same files. A test that needs
 * something else says so where it uses these: it adds its own keys after a constant, or changes one
 * piece of it with {@link #replaceOnce}.
 */
public final class AcmePayStrategy {

    /** {@code strategy.yaml}: Acme Pay, in USD, from 2027-Q1, at 15k a person-month and 120 people. */
    public static final String STRATEGY = """
            organization: Acme Pay
            currency: USD
            start: 2027-Q1
            costPerPersonMonth: 15k
            capacity: 120
            """;

    /**
     * {@code initiatives/payments-platform.yaml} up to its key results: the committed platform, its
     * costs, benefits and scores, and the 30% speed-up it gives checkout-v2. Tests add what it
     * addresses and any tags, summary or links.
     */
    public static final String PAYMENTS_PLATFORM_PLAN = """
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
            """;

    /** {@code initiatives/checkout-v2.yaml}: a proposed product from 2027-Q2 with $150,000 of revenue. */
    public static final String CHECKOUT_V2 = """
            title: Checkout v2
            kind: product
            owner: checkout
            status: proposed
            start: 2027-Q2
            duration: 2
            effort: 24
            benefits:
              - type: revenue
                amount: "$150,000"
                ramp: 1
            value: 8
            riskReduction: 3
            keyResults: [expand-regions/onboarding-days]
            """;

    /** {@code okrs/expand-regions.yaml}: one objective with one key result, onboarding days from 30 to 15, now 24. */
    public static final String EXPAND_REGIONS = """
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

    /** {@code teams.yaml}: a platform team of 12 (payments-core) and a stream-aligned team of 8 (checkout). */
    public static final String TEAMS = """
            teams:
              - id: payments-core
                name: Payments Core
                type: platform
                people: 12
              - id: checkout
                name: Checkout
                type: stream-aligned
                people: 8
            """;

    /** {@code platform.yaml}: developer NPS, higher is better, target 30; 12 in 2026-Q3, 8 in 2026-Q4. */
    public static final String PLATFORM = """
            metrics:
              - metric: Developer NPS
                kind: developer-nps
                better: higher
                target: 30
                values:
                  "2026-Q3": 12
                  "2026-Q4": 8
            """;

    private AcmePayStrategy() {
    }

    /**
     * {@code yaml} with {@code text}, which must stand in it exactly once, replaced by
     * {@code replacement}. Unlike {@link String#replace} it fails, rather than changing nothing,
     * when the shared text no longer holds what a test means to change.
     */
    public static String replaceOnce(String yaml, String text, String replacement) {
        int at = yaml.indexOf(text);
        if (at < 0 || yaml.indexOf(text, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the YAML: " + text + "\n---\n" + yaml);
        }
        return yaml.substring(0, at) + replacement + yaml.substring(at + text.length());
    }
}
