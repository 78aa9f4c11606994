package dev.tradeoff.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A synthetic strategy of any size, the same for the same seed: {@code n} initiatives (about 30%
 * platform; every status; benefits with ramps; platforms enabling products; key results, indicators
 * and owners), {@code n/10} objectives with two to four key results each, {@code n/20} teams,
 * signals for all five indicators, {@code scale.yaml}, {@code platform.yaml} and one free page.
 * Every file is valid against the loader and every reference resolves.
 *
 * <p>The only source of randomness is one {@link SplittableRandom} seeded with {@code seed}; files
 * are written as plain text in a fixed order and format, so the same {@code (n, seed)} gives
 * byte-identical files on any machine.
 *
 * <pre>
 * java -cp &lt;test classpath&gt; dev.tradeoff.bench.StrategyGenerator &lt;n&gt; &lt;folder&gt; [seed]
 * bench/generate.sh 10000 /tmp/strategy-10k 1
 * </pre>
 */
public final class StrategyGenerator {

    /** The plan every generated strategy starts in. */
    static final int START_YEAR = 2027;
    static final int HORIZON = 12;

    private static final String[] STATUSES = {"proposed", "committed", "in-progress", "done", "dropped"};
    /** Cumulative shares of the statuses above: 35% proposed, 25% committed, 20% in progress, 10% done, 10% dropped. */
    private static final double[] STATUS_SHARES = {0.35, 0.60, 0.80, 0.90, 1.0};
    private static final String[] BENEFIT_TYPES =
            {"revenue", "cost-saving", "churn-reduction", "cloud-saving", "risk-avoidance"};
    private static final String[] INDICATORS =
            {"release-velocity", "outages", "compliance", "data-silos", "maintenance"};
    private static final String[] ADDRESSES =
            {"release-velocity", "outages", "compliance", "data-silos", "maintenance", "scalability"};
    private static final String[] TEAM_TYPES = {"stream-aligned", "platform", "enabling", "complicated-subsystem"};
    private static final String[] NOUNS = {"checkout", "ledger", "payouts", "search", "identity", "billing",
            "catalog", "onboarding", "fraud", "reporting", "messaging", "pricing", "routing", "storage", "wallets",
            "disputes", "notifications", "analytics", "gateway", "scheduler"};
    private static final String[] PLATFORM_VERBS = {"Consolidate", "Re-platform", "Harden", "Automate", "Scale out",
            "Observe", "Standardise", "Migrate"};
    private static final String[] PRODUCT_VERBS = {"Launch", "Redesign", "Expand", "Personalise", "Speed up",
            "Simplify", "Localise", "Monetise"};
    private static final String[] TAGS = {"core", "growth", "reliability", "compliance", "cost", "eu", "us", "apac",
            "mobile", "data"};

    private final int n;
    private final SplittableRandom random;
    private final int width;

    private StrategyGenerator(int n, long seed) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1: " + n);
        }
        this.n = n;
        this.random = new SplittableRandom(seed);
        this.width = Math.max(4, Integer.toString(n).length());
    }

    /** The files of a strategy of {@code n} initiatives: relative path → YAML (or Markdown) text. */
    public static SortedMap<String, String> generate(int n, long seed) {
        return new StrategyGenerator(n, seed).files();
    }

    /** Writes the strategy into {@code folder} (created when missing; files of the same name replaced). */
    public static int write(int n, long seed, Path folder) throws IOException {
        SortedMap<String, String> files = generate(n, seed);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
        return files.size();
    }

    /** {@code StrategyGenerator <n> <folder> [seed]}: writes a strategy of n initiatives into folder. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length > 3) {
            System.err.println("usage: StrategyGenerator <initiatives> <folder> [seed, default 1]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path folder = Path.of(args[1]);
        long seed = args.length == 3 ? Long.parseLong(args[2]) : 1L;
        long started = System.nanoTime();
        int count = write(n, seed, folder);
        System.out.printf(Locale.ROOT, "Generated %d initiatives (seed %d): %d files in %s in %d ms%n",
                n, seed, count, folder, (System.nanoTime() - started) / 1_000_000);
    }

    // ---- the strategy ----------------------------------------------------------------------------------

    private SortedMap<String, String> files() {
        SortedMap<String, String> files = new TreeMap<>();
        int teamCount = Math.max(1, n / 20);
        int objectiveCount = Math.max(1, n / 10);
        List<String> teams = new ArrayList<>();
        for (int i = 1; i <= teamCount; i++) {
            teams.add("team-" + pad(i));
        }
        files.put("strategy.yaml", strategy(teamCount));
        files.put("teams.yaml", teams(teams));
        List<String> keyResults = new ArrayList<>();
        for (int i = 1; i <= objectiveCount; i++) {
            String id = "objective-" + pad(i);
            files.put("okrs/" + id + ".yaml", objective(id, teams, keyResults));
        }
        boolean[] platform = new boolean[n + 1];
        List<String> products = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            platform[i] = random.nextDouble() < 0.3;
            if (!platform[i]) {
                products.add(initiativeId(i));
            }
        }
        for (int i = 1; i <= n; i++) {
            String id = initiativeId(i);
            files.put("initiatives/" + id + ".yaml", initiative(i, platform[i], teams, keyResults, products));
        }
        files.put("signals.yaml", signals());
        files.put("scale.yaml", scale());
        files.put("platform.yaml", platformMetrics());
        files.put("pages/about-this-portfolio.md", page());
        return Collections.unmodifiableSortedMap(files);
    }

    private String strategy(int teamCount) {
        // Roughly the planned work of the generated initiatives, so utilisation lands near 100%.
        double capacity = Math.max(10, Math.round(n * 2.2));
        return "# A synthetic strategy for benchmarks: " + n + " initiatives, " + teamCount + " teams.\n"
                + "organization: Synthetic Corp\n"
                + "currency: USD\n"
                + "start: " + quarter(0) + "\n"
                + "horizon: " + HORIZON + "\n"
                + "discountRate: 0.10\n"
                + "costPerPersonMonth: 15k\n"
                + "capacity: " + number(capacity) + "\n"
                + "platformBand: [0.20, 0.30]\n"
                + "matrixThreshold: 5\n"
                + "focus: 0.8\n"
                + "signalWindow: 4\n";
    }

    private String teams(List<String> teams) {
        StringBuilder yaml = new StringBuilder("teams:\n");
        for (int i = 0; i < teams.size(); i++) {
            String type = pick(new double[] {0.6, 0.85, 0.95, 1.0}, TEAM_TYPES);
            yaml.append("  - id: ").append(teams.get(i)).append('\n')
                    .append("    name: ").append(capitalise(NOUNS[i % NOUNS.length])).append(' ')
                    .append(type.equals("platform") ? "Platform" : "Team").append(' ').append(i + 1).append('\n')
                    .append("    type: ").append(type).append('\n')
                    .append("    people: ").append(4 + random.nextInt(9)).append('\n');
        }
        return yaml.toString();
    }

    private String objective(String id, List<String> teams, List<String> keyResults) {
        StringBuilder yaml = new StringBuilder();
        yaml.append("objective: ").append(PRODUCT_VERBS[random.nextInt(PRODUCT_VERBS.length)]).append(' ')
                .append(NOUNS[random.nextInt(NOUNS.length)]).append(" for ").append(1 + random.nextInt(9))
                .append(" new markets\n");
        yaml.append("quarter: ").append(quarter(random.nextInt(HORIZON))).append('\n');
        if (random.nextDouble() < 0.7) {
            yaml.append("owner: ").append(teams.get(random.nextInt(teams.size()))).append('\n');
        }
        yaml.append("keyResults:\n");
        int count = 2 + random.nextInt(3);
        for (int k = 1; k <= count; k++) {
            double baseline = random.nextInt(100);
            double target = baseline + (random.nextBoolean() ? 1 : -1) * (5 + random.nextInt(50));
            double current = baseline + (target - baseline) * (random.nextDouble() * 1.2 - 0.1);
            yaml.append("  - id: kr-").append(k).append('\n')
                    .append("    title: Key result ").append(k).append(" of ").append(id).append('\n');
            if (random.nextBoolean()) {
                yaml.append("    unit: \"%\"\n");
            }
            yaml.append("    baseline: ").append(number(baseline)).append('\n')
                    .append("    target: ").append(number(target)).append('\n')
                    .append("    current: ").append(number(round(current, 1))).append('\n');
            keyResults.add(id + "/kr-" + k);
        }
        return yaml.toString();
    }

    private String initiative(int index, boolean isPlatform, List<String> teams, List<String> keyResults,
            List<String> products) {
        String id = initiativeId(index);
        String status = pick(STATUS_SHARES, STATUSES);
        String noun = NOUNS[random.nextInt(NOUNS.length)];
        String verb = isPlatform ? PLATFORM_VERBS[random.nextInt(PLATFORM_VERBS.length)]
                : PRODUCT_VERBS[random.nextInt(PRODUCT_VERBS.length)];
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Synthetic initiative ").append(index).append(" of ").append(n).append('\n');
        yaml.append("title: ").append(verb).append(' ').append(noun).append(" (").append(index).append(")\n");
        yaml.append("kind: ").append(isPlatform ? "platform" : "product").append('\n');
        if (random.nextDouble() < 0.9) {
            yaml.append("owner: ").append(teams.get(random.nextInt(teams.size()))).append('\n');
        }
        yaml.append("status: ").append(status).append('\n');
        // Proposed initiatives may leave the start out (the plan start); the others may start before it.
        Integer offset = null;
        if (!status.equals("proposed") || random.nextDouble() < 0.7) {
            offset = status.equals("done") || status.equals("in-progress")
                    ? random.nextInt(6) - 4 : random.nextInt(HORIZON);
        }
        int duration = 1 + random.nextInt(6);
        if (offset != null) {
            // Dates that agree with the status, as the loader warns otherwise: done work ended before
            // the plan, work in progress began by its start and runs into it. The same draws as
            // before, so the rest is as it was.
            if (status.equals("done")) {
                offset = Math.min(offset, -duration);
            } else if (status.equals("in-progress")) {
                offset = Math.min(Math.max(offset, 1 - duration), 0);
            }
            yaml.append("start: ").append(quarter(offset)).append('\n');
        }
        yaml.append("duration: ").append(duration).append('\n');
        yaml.append("effort: ").append(number(round(duration * (2 + random.nextDouble() * 18), 1))).append('\n');
        if (random.nextDouble() < 0.4) {
            yaml.append("oneOffCost: ").append(money(20_000 + random.nextInt(800_000))).append('\n');
        }
        if (random.nextDouble() < 0.5) {
            yaml.append("runCost: ").append(money(2_000 + random.nextInt(60_000))).append('\n');
        }
        int benefits = random.nextInt(4);
        if (benefits > 0) {
            yaml.append("benefits:\n");
            for (int b = 0; b < benefits; b++) {
                yaml.append("  - type: ").append(BENEFIT_TYPES[random.nextInt(BENEFIT_TYPES.length)]).append('\n')
                        .append("    amount: ").append(money(10_000 + random.nextInt(400_000))).append('\n');
                if (random.nextBoolean()) {
                    yaml.append("    ramp: ").append(random.nextInt(5)).append('\n');
                }
            }
        }
        if (random.nextDouble() < 0.2) {
            yaml.append("costOfDelay: ").append(money(50_000 + random.nextInt(900_000))).append('\n');
        }
        yaml.append("value: ").append(number(round(1 + random.nextDouble() * 9, 1))).append('\n');
        yaml.append("riskReduction: ").append(number(1 + random.nextInt(10))).append('\n');
        if (isPlatform && !products.isEmpty() && random.nextDouble() < 0.6) {
            Set<String> targets = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            for (int e = 0; e < count; e++) {
                targets.add(products.get(random.nextInt(products.size())));
            }
            yaml.append("enables:\n");
            for (String target : targets) {
                yaml.append("  - id: ").append(target).append('\n')
                        .append("    speedup: ").append(number(round(0.05 + random.nextDouble() * 0.5, 2)))
                        .append('\n');
            }
        }
        if (random.nextDouble() < 0.75) {
            Set<String> chosen = new LinkedHashSet<>();
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                chosen.add(keyResults.get(random.nextInt(keyResults.size())));
            }
            yaml.append("keyResults: [").append(String.join(", ", chosen)).append("]\n");
        }
        if (random.nextDouble() < 0.5) {
            Set<String> chosen = new LinkedHashSet<>();
            int count = 1 + random.nextInt(2);
            for (int a = 0; a < count; a++) {
                chosen.add(ADDRESSES[random.nextInt(ADDRESSES.length)]);
            }
            yaml.append("addresses: [").append(String.join(", ", chosen)).append("]\n");
        }
        if (random.nextDouble() < 0.6) {
            Set<String> chosen = new LinkedHashSet<>();
            for (int t = random.nextInt(3); t >= 0; t--) {
                chosen.add(TAGS[random.nextInt(TAGS.length)]);
            }
            yaml.append("tags: [").append(String.join(", ", chosen)).append("]\n");
        }
        if (random.nextDouble() < 0.3) {
            yaml.append("links:\n")
                    .append("  Design doc: https://wiki.example.com/design/").append(id).append('\n')
                    .append("  Tracker: https://tracker.example.com/browse/SYN-").append(index).append('\n');
        }
        if (random.nextDouble() < 0.2) {
            yaml.append("x-jira: SYN-").append(index).append('\n');
        }
        yaml.append("summary: |\n")
                .append("  Goal: ").append(verb.toLowerCase(Locale.ROOT)).append(" the **").append(noun).append("** ")
                .append(isPlatform ? "platform so product teams ship faster" : "experience for our customers")
                .append(".\n\n")
                .append("  - Why: ").append(1 + random.nextInt(40)).append("% of related incidents start here.\n")
                .append("  - How: ").append(duration).append(" quarters, *").append(status).append("*.\n");
        return yaml.toString();
    }

    private String signals() {
        StringBuilder yaml = new StringBuilder("signals:\n");
        for (String indicator : INDICATORS) {
            int series = 1 + random.nextInt(2);
            for (int s = 1; s <= series; s++) {
                boolean lower = random.nextDouble() < 0.7;
                yaml.append("  - indicator: ").append(indicator).append('\n')
                        .append("    metric: ").append(capitalise(indicator.replace('-', ' ')))
                        .append(" metric ").append(s).append('\n')
                        .append("    unit: units\n")
                        .append("    better: ").append(lower ? "lower" : "higher").append('\n');
                double value = 20 + random.nextInt(80);
                if (random.nextBoolean()) {
                    yaml.append("    threshold: ").append(number(Math.round(value * 1.5))).append('\n');
                }
                yaml.append("    values:\n");
                int quarters = 4 + random.nextInt(5);
                for (int q = quarters; q >= 1; q--) {
                    yaml.append("      \"").append(quarter(-q)).append("\": ").append(number(round(value, 1)))
                            .append('\n');
                    value = Math.max(1, value * (0.9 + random.nextDouble() * 0.3));
                }
            }
        }
        return yaml.toString();
    }

    private String scale() {
        StringBuilder yaml = new StringBuilder()
                .append("metric: peak requests per second\n")
                .append("unit: rps\n")
                .append("capacity: 50000\n")
                .append("headroom: 0.8\n")
                .append("values:\n");
        double value = 2_000 + random.nextInt(3_000);
        for (int q = 8; q >= 1; q--) {
            yaml.append("  \"").append(quarter(-q)).append("\": ").append(number(Math.round(value))).append('\n');
            value *= 1.1 + random.nextDouble() * 0.15;
        }
        return yaml.toString();
    }

    private String platformMetrics() {
        return "metrics:\n"
                + "  - metric: Developer NPS\n"
                + "    kind: developer-nps\n"
                + "    better: higher\n"
                + "    target: 30\n"
                + "    values:\n"
                + "      \"" + quarter(-3) + "\": " + (10 + random.nextInt(20)) + "\n"
                + "      \"" + quarter(-2) + "\": " + (5 + random.nextInt(20)) + "\n"
                + "      \"" + quarter(-1) + "\": " + random.nextInt(20) + "\n"
                + "  - metric: Median CI build time\n"
                + "    kind: build-duration\n"
                + "    unit: minutes\n"
                + "    better: lower\n"
                + "    target: 10\n"
                + "    values:\n"
                + "      \"" + quarter(-2) + "\": " + (10 + random.nextInt(10)) + "\n"
                + "      \"" + quarter(-1) + "\": " + (10 + random.nextInt(15)) + "\n";
    }

    private String page() {
        return "---\n"
                + "title: About this portfolio\n"
                + "order: 1\n"
                + "---\n"
                + "A **synthetic** portfolio of " + n + " initiatives, generated for benchmarks.\n";
    }

    // ---- value forms -------------------------------------------------------------------------------------

    private String initiativeId(int index) {
        return "initiative-" + pad(index);
    }

    private String pad(int index) {
        String digits = Integer.toString(index);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** The plan start plus {@code offset} quarters, as {@code YYYY-Qn}. */
    static String quarter(int offset) {
        int ordinal = START_YEAR * 4 + offset;
        return Math.floorDiv(ordinal, 4) + "-Q" + (Math.floorMod(ordinal, 4) + 1);
    }

    /** Money in one of SPEC.md's forms, chosen at random: 450000, 450k, "$450,000", "$1.2M". */
    private String money(int amount) {
        return switch (random.nextInt(4)) {
            case 0 -> Integer.toString(amount);
            case 1 -> (amount / 1000) + "k";
            case 2 -> "\"$" + String.format(Locale.ROOT, "%,d", amount) + "\"";
            default -> amount >= 1_000_000
                    ? "\"$" + number(round(amount / 1_000_000.0, 2)) + "M\""
                    : "\"$" + number(round(amount / 1_000.0, 1)) + "k\"";
        };
    }

    private String pick(double[] cumulativeShares, String[] choices) {
        double r = random.nextDouble();
        for (int i = 0; i < cumulativeShares.length; i++) {
            if (r < cumulativeShares[i]) {
                return choices[i];
            }
        }
        return choices[choices.length - 1];
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /** A plain YAML number: no exponent, no trailing ".0". */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
