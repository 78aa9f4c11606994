package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import dev.tradeoff.testing.InitiativeBuilder;
import dev.tradeoff.testing.QuarterSeries;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

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
        return QuarterSeries.of(first, values);
    }

    static InitiativeBuilder initiative(String id) {
        return InitiativeBuilder.initiative(id);
    }
}
