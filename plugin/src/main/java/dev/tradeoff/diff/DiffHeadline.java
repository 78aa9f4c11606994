package dev.tradeoff.diff;

import static dev.tradeoff.diff.DiffViewBuilder.NO_MONEY;
import static dev.tradeoff.diff.DiffViewBuilder.count;
import static dev.tradeoff.diff.DiffViewBuilder.effect;
import static dev.tradeoff.diff.DiffViewBuilder.isOutside;
import static dev.tradeoff.diff.DiffViewBuilder.largestFirst;
import static dev.tradeoff.diff.DiffViewBuilder.shift;
import static dev.tradeoff.diff.DiffViewBuilder.statusChange;

import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.view.MoneyFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The top of the diff, what a reviewer reads when they read nothing else: the verdict in money,
 * band, key-result, scalability, team and delay terms, and the initiatives behind the largest
 * effects. Plain text; {@link DiffMarkdown} and {@code diff.ftlh} escape it.
 */
final class DiffHeadline {

    /** The plan settings SPEC.md section 2 values cash flows with, as strategy.yaml spells them. */
    private static final Set<String> VALUATION_SETTINGS = Set.of("start", "horizon", "discountRate", "costPerPersonMonth");

    private final MoneyFormat money;

    DiffHeadline(MoneyFormat money) {
        this.money = money;
    }

    String headline(DiffResult diff) {
        if (!diff.hasEffect()) {
            return "No effect: " + unchanged(diff);
        }
        // Another file changed (an objective's wording, say): a change, but not of any figure.
        return diff.changesInitiativesPlanOrFigures() ? verdict(diff) + currencyNote(diff) : "No figure moves: " + unchanged(diff);
    }

    /**
     * A new currency relabels every amount: "before" is shown in the head's currency, and says so,
     * rather than let $12M read as €12M unremarked.
     */
    private static String currencyNote(DiffResult diff) {
        return diff.plan().stream().filter(change -> change.field().equals("currency")).findFirst()
                .map(change -> " The currency changed from " + change.before() + " to " + change.after()
                        + ": amounts before the change are shown in " + change.after() + " as written, not converted.")
                .orElse("");
    }

    /** What is the same when no figure moves and no initiative changes beyond comments and formatting. */
    private static String unchanged(DiffResult diff) {
        long initiatives = diff.changed().size();
        long others = diff.otherFilesReformatted();
        if (initiatives == 0 && others == 0) {
            return "this change adds, removes and changes no initiative, and every figure stays as it was.";
        }
        String files = initiatives == 0 ? count(others, "file")
                : others == 0 ? count(initiatives, "initiative file")
                : count(initiatives, "initiative file") + " and " + count(others, "other file");
        return files + " changed only in comments or formatting, and every figure stays as it was.";
    }

    /** "This change lowers portfolio NPV by $1.4M and pushes platform share below the band in 2027-Q2." */
    private String verdict(DiffResult diff) {
        List<String> clauses = new ArrayList<>();
        double delta = diff.totals().npvDelta();
        if (delta <= -NO_MONEY) {
            clauses.add("lowers portfolio NPV by " + money.compact(-delta));
        } else if (delta >= NO_MONEY) {
            clauses.add("raises portfolio NPV by " + money.compact(delta));
        } else {
            clauses.add("leaves portfolio NPV unchanged");
        }
        for (BandStatus outside : List.of(BandStatus.BELOW, BandStatus.ABOVE)) {
            List<String> quarters = diff.allocation().stream()
                    .filter(q -> q.leavesBand() && q.statusAfter() == outside)
                    .map(q -> q.quarter().toString()).toList();
            if (!quarters.isEmpty()) {
                clauses.add("pushes platform share " + outside.yamlName() + " the band in " + quarters(quarters));
            }
        }
        List<String> swings = diff.allocation().stream()
                .filter(q -> q.changesBandStatus() && isOutside(q.statusBefore()) && isOutside(q.statusAfter()))
                .map(q -> q.quarter().toString()).toList();
        if (!swings.isEmpty()) {
            clauses.add("swings platform share across the band in " + quarters(swings));
        }
        List<String> entering = diff.allocation().stream().filter(AllocationChange::entersBand)
                .map(q -> q.quarter().toString()).toList();
        if (!entering.isEmpty()) {
            clauses.add("brings platform share back within the band in " + quarters(entering));
        }
        long lost = diff.keyResults().stream().filter(KeyResultFunding::lost).count();
        if (lost > 0) {
            clauses.add("leaves " + count(lost, "key result") + " without an initiative");
        }
        if (diff.scale() != null) {
            List<LatenessChange> later = diff.scale().lateness().stream().filter(LatenessChange::becomesLater).toList();
            long nowLate = later.stream().filter(l -> l.lateByBefore() == null || l.lateByBefore() == 0).count();
            long evenLater = later.size() - nowLate;
            if (nowLate > 0) {
                clauses.add("makes " + count(nowLate, "scalability initiative") + " late for the "
                        + diff.scale().breachAfter() + " breach");
            }
            if (evenLater > 0) {
                clauses.add("makes " + count(evenLater, "late scalability initiative") + " later still for the "
                        + diff.scale().breachAfter() + " breach");
            }
        }
        long overloaded = diff.teams().stream().filter(TeamChange::becomesOverloaded).count();
        if (overloaded > 0) {
            clauses.add("overloads " + count(overloaded, "team"));
        }
        double delayCost = diff.shifted().stream().mapToDouble(ChangedInitiative::delayCost).sum();
        if (delayCost >= NO_MONEY) {
            clauses.add("costs " + money.compact(delayCost) + " in delay by starting work later");
        } else if (delayCost <= -NO_MONEY) {
            clauses.add("saves " + money.compact(-delayCost) + " in delay by starting work sooner");
        }
        if (clauses.size() == 1 && Math.abs(delta) < NO_MONEY) {
            clauses.set(0, "leaves portfolio NPV and the platform band as they were");
        }
        return "This change " + join(clauses) + ".";
    }

    /**
     * The initiative behind an effect, how large the effect is, and what to say about it; said only
     * for the three largest (a diff can have 10,000 effects).
     */
    private record Driver(double size, Supplier<String> text) {
    }

    /** "Largest effects: PCI vault dropped (NPV −$1.2M); Event backbone starts 2 quarters later (NPV −$87.8k, delay cost +$800k)." */
    String drivers(DiffResult diff) {
        List<Driver> drivers = new ArrayList<>();
        for (InitiativeEntry e : diff.added()) {
            drivers.add(new Driver(Math.abs(e.countedNpv()), () -> e.title() + " added (NPV " + signedMoney(e.countedNpv()) + ")"));
        }
        for (InitiativeEntry e : diff.removed()) {
            drivers.add(new Driver(Math.abs(e.countedNpv()), () -> e.title() + " removed (NPV " + signedMoney(-e.countedNpv()) + ")"));
        }
        for (ChangedInitiative c : diff.changed()) {
            drivers.add(new Driver(effect(c.ownNpvDelta(), c), () -> changeDriver(c)));
        }
        if (Math.abs(diff.planNpvEffect()) >= NO_MONEY) {
            drivers.add(new Driver(Math.abs(diff.planNpvEffect()),
                    () -> "the plan's " + join(valuationSettings(diff)) + " (NPV " + signedMoney(diff.planNpvEffect()) + ")"));
        }
        List<String> largest = drivers.stream()
                .filter(d -> d.size() >= NO_MONEY)
                .sorted(largestFirst(Driver::size))
                .limit(3)
                .map(d -> d.text().get())
                .toList();
        return largest.isEmpty() ? "" : "Largest effects: " + String.join("; ", largest) + ".";
    }

    /** "Checkout dropped (NPV −$779k)", "Ledger revived (NPV +$300k)", "Backbone starts 2 quarters later (…)". */
    private String changeDriver(ChangedInitiative c) {
        String status = statusChange(c);
        String what = status != null ? status
                : c.isRescheduled() ? "starts " + shift(c.startShift())
                : "changed";
        String npv = Math.abs(c.planEffect()) < NO_MONEY ? signedMoney(c.npvDelta())
                : signedMoney(c.ownNpvDelta()) + " by its own changes";
        return c.title() + " " + what + " (NPV " + npv
                + (c.delayCost() == null ? "" : ", delay cost " + signedMoney(c.delayCost())) + ")";
    }

    /** The changed plan settings that value money ("new discountRate"), in the order of strategy.yaml. */
    private static List<String> valuationSettings(DiffResult diff) {
        List<String> settings = diff.plan().stream()
                .map(FieldChange::field)
                .filter(VALUATION_SETTINGS::contains)
                .map(field -> "new " + field)
                .toList();
        return settings.isEmpty() ? List.of("new settings") : settings;
    }

    private static String join(List<String> clauses) {
        if (clauses.size() == 1) {
            return clauses.get(0);
        }
        return String.join(", ", clauses.subList(0, clauses.size() - 1)) + " and " + clauses.get(clauses.size() - 1);
    }

    /** Up to three quarters by name, else the first and how many more. */
    private static String quarters(List<String> quarters) {
        if (quarters.size() <= 3) {
            return join(quarters);
        }
        return quarters.get(0) + " and " + (quarters.size() - 1) + " more quarters";
    }

    private String signedMoney(double amount) {
        return DiffViewBuilder.signedMoney(money, amount);
    }
}
