package dev.tradeoff.analysis;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.BenefitType;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** Strategies built directly from the model records, with the loader's defaults, for the analysis tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** Plan starting {@code start}: band [0.20, 0.30], threshold 5, focus 0.8, signal window 4. */
    static Plan plan(String start, int horizon, double discountRate, String costPerPersonMonth, double capacity) {
        return new Plan("Acme", "USD", Quarter.parse(start), horizon, discountRate,
                Money.parse(costPerPersonMonth), capacity, 0.20, 0.30, 5, 0.8, 4, Map.of());
    }

    static Plan plan(String start, int horizon) {
        return plan(start, horizon, 0.10, "10k", 100);
    }

    static Plan withSignalWindow(Plan p, int signalWindow) {
        return new Plan(p.organization(), p.currency(), p.start(), p.horizon(), p.discountRate(),
                p.costPerPersonMonth(), p.capacity(), p.platformBandLow(), p.platformBandHigh(),
                p.matrixThreshold(), p.focus(), signalWindow, p.extensions());
    }

    static Strategy strategy(Plan plan, List<Initiative> initiatives) {
        return new Strategy(plan, initiatives, List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    static Strategy strategy(Plan plan, List<Initiative> initiatives, List<Objective> objectives,
            List<Team> teams, List<Signal> signals, Scale scale, List<PlatformMetric> metrics) {
        return new Strategy(plan, initiatives, objectives, teams, signals, scale, metrics, List.of());
    }

    static NavigableMap<Quarter, Double> series(String first, double... values) {
        NavigableMap<Quarter, Double> map = new TreeMap<>();
        Quarter q = Quarter.parse(first);
        for (double v : values) {
            map.put(q, v);
            q = q.plus(1);
        }
        return map;
    }

    static Builder initiative(String id) {
        return new Builder(id);
    }

    /** Defaults: product, committed, starts 2027-Q1, duration 1, effort 0, no money, value and risk 1. */
    static final class Builder {
        private final String id;
        private Kind kind = Kind.PRODUCT;
        private String owner;
        private Status status = Status.COMMITTED;
        private Quarter start = Quarter.parse("2027-Q1");
        private int duration = 1;
        private double effort;
        private Money oneOffCost = Money.ZERO;
        private Money runCost = Money.ZERO;
        private final List<Benefit> benefits = new ArrayList<>();
        private Money costOfDelay;
        private double value = 1;
        private double riskReduction = 1;
        private final List<Enablement> enables = new ArrayList<>();
        private List<String> keyResults = List.of();
        private List<String> addresses = List.of();

        private Builder(String id) {
            this.id = id;
        }

        Builder platform() {
            kind = Kind.PLATFORM;
            return this;
        }

        Builder owner(String team) {
            owner = team;
            return this;
        }

        Builder status(Status s) {
            status = s;
            return this;
        }

        Builder start(String quarter) {
            start = Quarter.parse(quarter);
            return this;
        }

        Builder duration(int quarters) {
            duration = quarters;
            return this;
        }

        Builder effort(double personMonths) {
            effort = personMonths;
            return this;
        }

        Builder oneOffCost(String money) {
            oneOffCost = Money.parse(money);
            return this;
        }

        Builder runCost(String money) {
            runCost = Money.parse(money);
            return this;
        }

        Builder benefit(String amount, int ramp) {
            benefits.add(new Benefit(BenefitType.REVENUE, Money.parse(amount), ramp));
            return this;
        }

        Builder costOfDelay(String money) {
            costOfDelay = Money.parse(money);
            return this;
        }

        Builder matrix(double v, double rr) {
            value = v;
            riskReduction = rr;
            return this;
        }

        Builder enables(String productId, double speedup) {
            enables.add(new Enablement(productId, speedup));
            return this;
        }

        Builder keyResults(String... references) {
            keyResults = List.of(references);
            return this;
        }

        Builder addresses(String... what) {
            addresses = List.of(what);
            return this;
        }

        /** Like the loader: cost of delay defaults to the sum of the benefit amounts. */
        Initiative build() {
            Money cod = costOfDelay;
            if (cod == null) {
                cod = Money.of(benefits.stream().mapToDouble(b -> b.amount().amount()).sum());
            }
            return new Initiative(id, "Title of " + id, kind, owner, status, start, duration, effort,
                    oneOffCost, runCost, benefits, cod, value, riskReduction, enables, keyResults, addresses,
                    "", List.of(), Map.of(), Map.of(), "initiatives/" + id + ".yaml");
        }
    }
}
