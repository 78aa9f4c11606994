package dev.tradeoff.diff;

import dev.tradeoff.load.Suggestions;
import dev.tradeoff.model.Money;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.NumberFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A CI gate: a condition on a {@link DiffResult} that fails the diff goal, with the reason. Gates
 * are written as a comma list ({@code npv-drop:500k, band}); see {@link #parse}.
 *
 * <p>Against a base without the strategy folder ({@link DiffResult#baseMissing()}) only what the head
 * itself adds can fail: {@code npv-drop} passes (there was no NPV to drop from), {@code band} and
 * {@code unfunded-key-result} cannot fail (no quarter was within the band, no key result had an
 * initiative), while {@code late-scalability} and {@code start-before-plan} judge each initiative as
 * they judge one added by any change.
 */
public sealed interface Gate {

    /** The gates and their spelling, for messages and documentation. */
    String VALID = "npv-drop[:<money>], band, unfunded-key-result, late-scalability, start-before-plan";
    /** The gates' names, for "did you mean". */
    List<String> NAMES = List.of("npv-drop", "band", "unfunded-key-result", "late-scalability", "start-before-plan");

    /** The gate as written, e.g. {@code npv-drop:500k}. */
    String spelling();

    /** Why the change fails this gate, or empty when it passes. */
    Optional<String> check(DiffResult result);

    /**
     * Parses a comma list of gates; blank gives none. Spelling is case-insensitive and spaces
     * around names are ignored.
     *
     * @throws DiffException naming every gate that is wrong (one a line) and listing the valid ones
     */
    static List<Gate> parse(String spec) throws DiffException {
        List<Gate> gates = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            return gates;
        }
        List<String> problems = new ArrayList<>();
        for (String part : spec.split(",")) {
            String written = part.trim();
            if (written.isEmpty()) {
                continue;
            }
            try {
                gates.add(one(written));
            } catch (DiffException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new DiffException(String.join(System.lineSeparator(), problems));
        }
        return List.copyOf(gates);
    }

    private static Gate one(String written) throws DiffException {
        int colon = written.indexOf(':');
        String name = (colon < 0 ? written : written.substring(0, colon)).trim().toLowerCase(Locale.ROOT);
        String argument = colon < 0 ? null : written.substring(colon + 1).trim();
        return switch (name) {
            case "npv-drop" -> NpvDrop.of(written, argument);
            case "band" -> noArgument(new Band(), written, argument);
            case "unfunded-key-result" -> noArgument(new UnfundedKeyResult(), written, argument);
            case "late-scalability" -> noArgument(new LateScalability(), written, argument);
            case "start-before-plan" -> noArgument(new StartBeforePlan(), written, argument);
            default -> throw new DiffException("Unknown gate '" + written + "' in failOn"
                    + Suggestions.didYouMean(name, NAMES) + "; the valid gates are: " + VALID);
        };
    }

    /** The reasons of every gate that fails, in the order given. */
    static List<String> failures(List<Gate> gates, DiffResult result) {
        return gates.stream().map(g -> g.check(result)).flatMap(Optional::stream).toList();
    }

    private static Gate noArgument(Gate gate, String written, String argument) throws DiffException {
        if (argument != null) {
            throw new DiffException("The gate '" + gate.spelling() + "' takes no value, but failOn has '" + written
                    + "'; the valid gates are: " + VALID);
        }
        return gate;
    }

    /**
     * Fails when the portfolio NPV drops by more than {@code allowed}: {@code totals.npvDelta <
     * −allowed}. Written {@code npv-drop:500k} (any money form of SPEC.md); plain {@code npv-drop}
     * allows no drop at all.
     */
    record NpvDrop(String spelling, Money allowed) implements Gate {

        static NpvDrop of(String written, String argument) throws DiffException {
            if (argument == null) {
                return new NpvDrop("npv-drop", Money.ZERO);
            }
            String amount = unquoted(argument.trim());
            if (amount.startsWith(".")) {
                // "npv-drop:$1.2M" typed in a shell reaches us as "npv-drop:.2M": $1 is the shell's.
                throw new DiffException("The gate '" + written + "' reads as " + amount + "; write 0" + amount
                        + " if that is meant. A shell replaces $1 in npv-drop:$1.2M with nothing: write npv-drop:1.2M");
            }
            try {
                return new NpvDrop(written, Money.parse(amount));
            } catch (IllegalArgumentException e) {
                throw new DiffException("The gate '" + written + "' needs an amount of money after the colon,"
                        + " such as npv-drop:500k or npv-drop:1.2M; '" + argument + "' is not one");
            }
        }

        /** Quotes around the amount, as in npv-drop:"$1.2M" from a POM or a shell, are not part of it. */
        private static String unquoted(String amount) {
            boolean quoted = amount.length() >= 2 && (amount.charAt(0) == '"' || amount.charAt(0) == '\'')
                    && amount.charAt(amount.length() - 1) == amount.charAt(0);
            return quoted ? amount.substring(1, amount.length() - 1) : amount;
        }

        /** Passes when there is no base: an NPV that did not exist cannot drop (a negative one is not a drop). */
        @Override
        public Optional<String> check(DiffResult result) {
            double delta = result.totals().npvDelta();
            if (result.baseMissing() || !(delta < -allowed.amount())) {
                return Optional.empty();
            }
            MoneyFormat money = new MoneyFormat(result.currency());
            return Optional.of(spelling + ": this change lowers portfolio NPV by " + money.compact(-delta)
                    + " (" + money.full(result.totals().npvBefore()) + " → " + money.full(result.totals().npvAfter())
                    + ")" + (allowed.isZero() ? "" : ", more than the " + money.compact(allowed.amount()) + " allowed"));
        }
    }

    /** Fails when any quarter moves from within the platform band to below or above it. */
    record Band() implements Gate {

        @Override
        public String spelling() {
            return "band";
        }

        @Override
        public Optional<String> check(DiffResult result) {
            List<AllocationChange> leaving = result.allocation().stream().filter(AllocationChange::leavesBand).toList();
            if (leaving.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("band: platform share leaves the band ("
                    + NumberFormats.percent(result.bandLow()) + "–" + NumberFormats.percent(result.bandHigh())
                    + ") in " + leaving.stream()
                            .map(q -> q.quarter() + " (" + share(q.platformShareBefore(), result) + " → "
                                    + share(q.platformShareAfter(), result) + ", " + q.statusAfter().yamlName()
                                    + ")")
                            .collect(Collectors.joining(", ")));
        }

        /** 30.1% is above a 30% bound: it is not written as 30%. */
        private static String share(Double share, DiffResult result) {
            return NumberFormats.percentAgainst(share, result.bandLow(), result.bandHigh());
        }
    }

    /** Fails when a key result loses its last (non-dropped) initiative. */
    record UnfundedKeyResult() implements Gate {

        @Override
        public String spelling() {
            return "unfunded-key-result";
        }

        @Override
        public Optional<String> check(DiffResult result) {
            List<KeyResultFunding> lost = result.keyResults().stream().filter(KeyResultFunding::lost).toList();
            if (lost.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("unfunded-key-result: " + lost.stream()
                    .map(k -> k.reference() + " loses its last initiative (" + String.join(", ", k.before()) + ")")
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Fails when a scalability initiative becomes late for the breach, or later than it was. */
    record LateScalability() implements Gate {

        @Override
        public String spelling() {
            return "late-scalability";
        }

        @Override
        public Optional<String> check(DiffResult result) {
            if (result.scale() == null) {
                return Optional.empty();
            }
            Map<String, LatenessChange> later = new LinkedHashMap<>();
            result.scale().lateness().stream().filter(LatenessChange::becomesLater).forEach(l -> later.put(l.id(), l));
            if (later.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("late-scalability: " + later.values().stream()
                    .map(l -> l.id() + " starts " + NumberFormats.quarters(l.lateByAfter())
                            + " after its latest start " + l.latestStartAfter() + " for the breach in "
                            + result.scale().breachAfter()
                            + (l.lateByBefore() == null ? " (not late before)"
                                    : l.lateByBefore() == 0 ? " (was on time)"
                                    : " (was " + NumberFormats.quarters(l.lateByBefore()) + " late)"))
                    .collect(Collectors.joining("; ")));
        }
    }

    /**
     * Fails when work that has not started (a proposed or committed initiative) gets quarters before
     * the plan's start, or more of them: SPEC.md counts those as already spent, so its cost leaves
     * every figure and the NPV rises by work nobody has done. No other gate sees it: the NPV goes up.
     */
    record StartBeforePlan() implements Gate {

        @Override
        public String spelling() {
            return "start-before-plan";
        }

        @Override
        public Optional<String> check(DiffResult result) {
            List<UnstartedWorkBeforePlan> grown = result.unstartedWorkBeforePlan().stream()
                    .filter(UnstartedWorkBeforePlan::grows).toList();
            if (grown.isEmpty()) {
                return Optional.empty();
            }
            MoneyFormat money = new MoneyFormat(result.currency());
            return Optional.of("start-before-plan: " + grown.stream()
                    .map(w -> w.id() + " (" + w.status().yamlName() + ") starts " + w.start() + ", before the plan's start "
                            + w.planStart() + ": " + NumberFormats.quarters(w.sunkQuartersAfter()) + " of its work ("
                            + money.compact(w.sunkCostAfter()) + ", undiscounted) counted as already spent"
                            + (w.sunkQuartersBefore() == 0 ? "" : " (was " + NumberFormats.quarters(w.sunkQuartersBefore())
                                    + ", " + money.compact(w.sunkCostBefore()) + ")"))
                    .collect(Collectors.joining("; ")));
        }
    }
}
