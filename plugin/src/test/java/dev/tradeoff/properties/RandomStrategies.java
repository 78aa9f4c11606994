package dev.tradeoff.properties;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.BenefitType;
import dev.tradeoff.model.Better;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Page;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.PlatformMetricKind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random strategies that are valid by SPEC.md and the loader: model records built directly. Parts
 * that refer to each other (owners, key results, enabled products) are drawn as indices and
 * resolved when the strategy is put together, so every part varies (and shrinks) on its own.
 * Numbers are decimals with one or two places, so they survive being written out as text.
 */
final class RandomStrategies {

    private static final List<String> WORDS = List.of("Alpha", "beta", "Checkout", "ledger", "42", "v2", " ", " ",
            "<b>", "</p>", "&", "&amp;", "\"", "'", "#", "*", "_", "[x]", "|", "`", ":", "-", "/", "\\", "{", "}", "%",
            "$", "@", "é", "日本", "עברית", "عربي", "😀", "👩🏽‍💻", "${x}");
    private static final List<String> MARKDOWN = List.of("Plain words.", "**bold**", "_em_", "`code`", "\n\n",
            "\n- item", "\n1. first", "\n\n# Heading\n", "<b>raw</b>", "&amp;", "<script>x</script>", "> quote\n",
            "| a | b |\n|---|---|\n| 1 | 2 |\n", "https://example.com/plain", "<https://example.com/auto>", "😀");

    private RandomStrategies() {
    }

    static Arbitrary<Strategy> strategies() {
        return Combinators.combine(plans(), teams(), objectives(), initiatives(), signals(), scales(), metrics(), pages())
                .as(RandomStrategies::assemble);
    }

    // ---- Putting the parts together -------------------------------------------------------------

    private static Strategy assemble(Plan plan, List<Team> teamDrafts, List<ObjectiveDraft> objectiveDrafts,
            List<InitiativeDraft> initiativeDrafts, List<SignalDraft> signals, Optional<ScaleDraft> scale,
            List<MetricDraft> metrics, List<Page> pageDrafts) {
        List<Team> teams = distinct(teamDrafts, Team::id);
        // The loader gives initiatives and objectives in id order; so does this.
        List<Objective> objectives = distinct(objectiveDrafts, ObjectiveDraft::id).stream()
                .sorted(Comparator.comparing(ObjectiveDraft::id))
                .map(draft -> draft.objective(plan.start())).toList();
        List<String> keyResults = objectives.stream()
                .flatMap(objective -> objective.keyResults().stream().map(kr -> objective.id() + "/" + kr.id()))
                .toList();
        List<InitiativeDraft> drafts = distinct(initiativeDrafts, InitiativeDraft::id).stream()
                .sorted(Comparator.comparing(InitiativeDraft::id)).toList();
        List<String> products = drafts.stream().filter(draft -> !draft.platform()).map(InitiativeDraft::id).toList();
        List<Initiative> initiatives = drafts.stream()
                .map(draft -> draft.initiative(plan.start(), teams, keyResults, products)).toList();
        return new Strategy(plan, initiatives, objectives, teams,
                signals.stream().map(draft -> draft.signal(plan.start())).toList(),
                scale.map(draft -> draft.scale(plan.start())).orElse(null),
                metrics.stream().map(draft -> draft.metric(plan.start())).toList(),
                distinct(pageDrafts, Page::slug));
    }

    private static <T> List<T> distinct(List<T> items, Function<T, String> id) {
        Set<String> seen = new LinkedHashSet<>();
        return items.stream().filter(item -> seen.add(id.apply(item))).toList();
    }

    // ---- The parts --------------------------------------------------------------------------------

    private static Arbitrary<Plan> plans() {
        Arbitrary<Quarter> start = Combinators.combine(Arbitraries.integers().between(2024, 2031),
                Arbitraries.integers().between(1, 4)).as(Quarter::new);
        Arbitrary<double[]> band = Combinators.combine(Arbitraries.integers().between(0, 60),
                Arbitraries.integers().between(0, 60)).as((low, width) -> new double[] {low / 100.0, Math.min(100, low + width) / 100.0});
        Arbitrary<double[]> settings = Combinators.combine(decimals(0, 30, 2), decimals(10, 3000, 1), decimals(10, 90, 1),
                decimals(50, 100, 2)).as((rate, capacity, threshold, focus) -> new double[] {rate, capacity, threshold, focus});
        return Combinators.combine(text(), Arbitraries.of("USD", "EUR", "GBP", "JPY", "CHF", "SEK"), start,
                Arbitraries.integers().between(1, 16), money(), settings, band, Arbitraries.integers().between(2, 6))
                .as((organization, currency, quarter, horizon, costPerPersonMonth, s, b, window) -> new Plan(
                        organization, currency, quarter, horizon, s[0], costPerPersonMonth, s[1], b[0], b[1], s[2], s[3],
                        window, Map.of()));
    }

    private static Arbitrary<List<Team>> teams() {
        return Combinators.combine(ids(), text(), Arbitraries.of(TeamType.class), decimals(0, 200, 1))
                .as(Team::new).list().ofMaxSize(4);
    }

    record ObjectiveDraft(String id, String objective, int quarterOffset, String owner, List<KeyResult> keyResults) {
        Objective objective(Quarter planStart) {
            return new Objective(id, objective, planStart.plus(quarterOffset), owner, distinct(keyResults, KeyResult::id),
                    Map.of(), "okrs/" + id + ".yaml");
        }
    }

    private static Arbitrary<List<ObjectiveDraft>> objectives() {
        Arbitrary<Double> figure = Arbitraries.frequencyOf(
                Tuple.of(3, decimals(-1000, 1000, 1)),
                Tuple.of(1, Arbitraries.of(0.0, 1.0, 10.0)));
        Arbitrary<KeyResult> keyResult = Combinators.combine(ids(), text(), optionalText(), figure, figure, figure)
                .as(KeyResult::new);
        return Combinators.combine(ids(), text(), Arbitraries.integers().between(-2, 12), optionalText(),
                keyResult.list().ofMinSize(1).ofMaxSize(3)).as(ObjectiveDraft::new).list().ofMaxSize(3);
    }

    record InitiativeDraft(String id, String title, boolean platform, int ownerPick, Status status, int startOffset,
            int duration, double effort, Money oneOffCost, Money runCost, List<Benefit> benefits,
            Optional<Money> costOfDelay, double[] valueAndRisk, List<Integer> enablesPicks, List<Double> speedups,
            List<Integer> keyResultPicks, Set<String> addresses, String summary, Set<String> tags,
            Map<String, String> links) {

        Initiative initiative(Quarter planStart, List<Team> teams, List<String> keyResults, List<String> products) {
            String owner = ownerPick < 0 || teams.isEmpty() ? null : teams.get(ownerPick % teams.size()).id();
            Map<String, Enablement> enables = new LinkedHashMap<>();
            if (platform && !products.isEmpty()) {
                for (int i = 0; i < enablesPicks.size(); i++) {
                    String product = products.get(enablesPicks.get(i) % products.size());
                    enables.putIfAbsent(product, new Enablement(product, speedups.get(i % speedups.size())));
                }
            }
            Set<String> krs = new LinkedHashSet<>();
            if (!keyResults.isEmpty()) {
                keyResultPicks.forEach(pick -> krs.add(keyResults.get(pick % keyResults.size())));
            }
            Money delay = costOfDelay.orElseGet(() -> new Money(
                    benefits.stream().map(b -> b.amount().value()).reduce(BigDecimal.ZERO, BigDecimal::add)));
            return new Initiative(id, title, platform ? Kind.PLATFORM : Kind.PRODUCT, owner, status,
                    planStart.plus(startOffset), duration, effort, oneOffCost, runCost, benefits, delay,
                    valueAndRisk[0], valueAndRisk[1], List.copyOf(enables.values()), List.copyOf(krs),
                    List.copyOf(addresses), summary, List.copyOf(tags), links, Map.of(), "initiatives/" + id + ".yaml");
        }
    }

    private static Arbitrary<List<InitiativeDraft>> initiatives() {
        Arbitrary<Benefit> benefit = Combinators.combine(Arbitraries.of(BenefitType.class), money(),
                Arbitraries.integers().between(0, 4)).as(Benefit::new);
        Arbitrary<Money> sometimesZero = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Money.ZERO)), Tuple.of(1, money()));
        Arbitrary<double[]> valueAndRisk = Combinators.combine(decimals(10, 100, 1), decimals(10, 100, 1))
                .as((value, risk) -> new double[] {value, risk});
        Arbitrary<Set<String>> addresses = Arbitraries.of("release-velocity", "outages", "compliance", "data-silos",
                "maintenance", "scalability").set().ofMaxSize(3);
        Arbitrary<Map<String, String>> links = Arbitraries.maps(text(),
                ids().map(slug -> "https://example.com/" + slug + "?a=1&b='2'")).ofMaxSize(2);
        Arbitrary<List<Object>> head = Combinators.combine(ids(), text(), Arbitraries.of(true, false),
                Arbitraries.integers().between(-1, 5), Arbitraries.of(Status.class), Arbitraries.integers().between(-4, 18),
                Arbitraries.integers().between(1, 6), decimals(0, 2000, 1))
                .as((id, title, platform, owner, status, offset, duration, effort) ->
                        List.of(id, title, platform, owner, status, offset, duration, effort));
        Arbitrary<List<Object>> costs = Combinators.combine(sometimesZero, sometimesZero, benefit.list().ofMaxSize(3),
                money().optional(), valueAndRisk)
                .as((oneOff, run, benefits, delay, vr) -> List.of(oneOff, run, benefits, delay, vr));
        Arbitrary<List<Object>> references = Combinators.combine(Arbitraries.integers().between(0, 9).list().ofMaxSize(3),
                decimals(1, 99, 2).list().ofMinSize(1).ofMaxSize(3), Arbitraries.integers().between(0, 9).list().ofMaxSize(3),
                addresses, markdown(), text().set().ofMaxSize(2), links)
                .as((enables, speedups, krs, addr, summary, tags, l) -> List.of(enables, speedups, krs, addr, summary, tags, l));
        return Combinators.combine(head, costs, references).as(RandomStrategies::initiativeDraft).list().ofMaxSize(6)
                .withSizeDistribution(RandomDistribution.uniform());
    }

    /** jqwik combines at most eight arbitraries at a time: an initiative is drawn in three groups. */
    @SuppressWarnings("unchecked")
    private static InitiativeDraft initiativeDraft(List<Object> head, List<Object> money, List<Object> rest) {
        return new InitiativeDraft((String) head.get(0), (String) head.get(1), (Boolean) head.get(2),
                (Integer) head.get(3), (Status) head.get(4), (Integer) head.get(5), (Integer) head.get(6),
                (Double) head.get(7), (Money) money.get(0), (Money) money.get(1), (List<Benefit>) money.get(2),
                (Optional<Money>) money.get(3), (double[]) money.get(4), (List<Integer>) rest.get(0),
                (List<Double>) rest.get(1), (List<Integer>) rest.get(2), (Set<String>) rest.get(3), (String) rest.get(4),
                (Set<String>) rest.get(5), (Map<String, String>) rest.get(6));
    }

    record SignalDraft(Indicator indicator, String metric, String unit, Better better, Double threshold,
            Map<Integer, Double> values) {
        Signal signal(Quarter planStart) {
            return new Signal(indicator, metric, unit, better, threshold, quarters(planStart, values));
        }
    }

    private static Arbitrary<List<SignalDraft>> signals() {
        return Combinators.combine(Arbitraries.of(Indicator.class), text(), optionalText(), Arbitraries.of(Better.class),
                decimals(-100, 5000, 1).injectNull(0.4), history(2, decimals(-1000, 5000, 1)))
                .as(SignalDraft::new).list().ofMaxSize(4);
    }

    record ScaleDraft(String metric, String unit, double capacity, double headroom, Map<Integer, Double> values,
            Double growth) {
        Scale scale(Quarter planStart) {
            return new Scale(metric, unit, capacity, headroom, quarters(planStart, values), growth);
        }
    }

    private static Arbitrary<Optional<ScaleDraft>> scales() {
        return Combinators.combine(text(), optionalText(), decimals(10, 1_000_000, 1), decimals(1, 100, 2),
                history(2, decimals(1, 500_000, 1)), decimals(-50, 150, 2).injectNull(0.5))
                .as(ScaleDraft::new).optional();
    }

    record MetricDraft(String metric, PlatformMetricKind kind, String unit, Better better, Double target,
            Map<Integer, Double> values) {
        PlatformMetric metric(Quarter planStart) {
            return new PlatformMetric(metric, kind, unit, better, target, quarters(planStart, values));
        }
    }

    private static Arbitrary<List<MetricDraft>> metrics() {
        return Combinators.combine(text(), Arbitraries.of(PlatformMetricKind.class), optionalText(),
                Arbitraries.of(Better.class), decimals(-100, 1000, 1).injectNull(0.4), history(1, decimals(-100, 1000, 1)))
                .as(MetricDraft::new).list().ofMaxSize(2);
    }

    private static Arbitrary<List<Page>> pages() {
        return Combinators.combine(ids(), text(), Arbitraries.integers().between(-3, 3), markdown())
                .as(Page::new).list().ofMaxSize(2);
    }

    // ---- Values -----------------------------------------------------------------------------------

    /** Ids in the form of SPEC.md, short, sometimes ones whose order as text differs from their order as numbers. */
    static Arbitrary<String> ids() {
        Arbitrary<String> random = Combinators.combine(
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789-").ofMaxLength(10))
                .as(String::concat);
        return Arbitraries.oneOf(random, Arbitraries.of("a", "a-1", "a-10", "a-9", "0", "z", "core-platform"));
    }

    /** Non-blank text with the characters that need escaping in HTML, Markdown and YAML. */
    static Arbitrary<String> text() {
        return Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(6)
                .map(words -> String.join("", words).strip())
                .map(text -> text.isEmpty() ? "Untitled" : text);
    }

    private static Arbitrary<String> optionalText() {
        return text().injectNull(0.4);
    }

    private static Arbitrary<String> markdown() {
        return Arbitraries.of(MARKDOWN).list().ofMaxSize(6).map(parts -> String.join(" ", parts));
    }

    /** A decimal from {@code low / 10^places} to {@code high / 10^places}, with {@code places} decimals. */
    static Arbitrary<Double> decimals(int low, int high, int places) {
        return Arbitraries.integers().between(low, high).map(n -> BigDecimal.valueOf(n, places).doubleValue());
    }

    /** Amounts of money from $0.10 to $999.9M, as the forms of SPEC.md would write them. */
    static Arbitrary<Money> money() {
        return Combinators.combine(Arbitraries.integers().between(1, 9999), Arbitraries.of(0, 3, 6))
                .as((tenths, exponent) -> new Money(BigDecimal.valueOf(tenths, 1).scaleByPowerOfTen(exponent)));
    }

    /** Values for {@code min}..6 distinct quarters around the plan start (as offsets from it). */
    private static Arbitrary<Map<Integer, Double>> history(int min, Arbitrary<Double> values) {
        return Arbitraries.maps(Arbitraries.integers().between(-10, 3), values).ofMinSize(min).ofMaxSize(6);
    }

    private static TreeMap<Quarter, Double> quarters(Quarter planStart, Map<Integer, Double> values) {
        TreeMap<Quarter, Double> quarters = new TreeMap<>();
        values.forEach((offset, value) -> quarters.put(planStart.plus(offset), value));
        return quarters;
    }
}
