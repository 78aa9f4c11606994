package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SPEC.md section 3, sequencing: the proposed and committed initiatives done one after another,
 * in plan order (start, then id) and in CD3 order (CD3 descending, then id). A sequence costs
 * {@code Σ costOfDelay_i × C_i}, C_i being the summed durations of items 1..i.
 */
public final class CostOfDelaySequencing {

    /** Start, then id. */
    public static final Comparator<Initiative> PLAN_ORDER =
            Comparator.comparing(Initiative::start).thenComparing(IdOrder.INITIATIVES);

    /**
     * CD3 descending, then id. CD3s are compared as the decimals written, not as doubles: 3.3 over
     * three quarters ties with 1.1 over one (as doubles 1.0999999999999999 against 1.1), and a tie
     * goes to the id, as SPEC.md says.
     */
    public static final Comparator<Initiative> CD3_ORDER =
            ((Comparator<Initiative>) CostOfDelaySequencing::byCd3Descending).thenComparing(IdOrder.INITIATIVES);

    private CostOfDelaySequencing() {
    }

    /** a/da against b/db, durations positive: b·da against a·db, exactly. */
    private static int byCd3Descending(Initiative a, Initiative b) {
        BigDecimal aTimesDb = InitiativeFinancials.exactCostOfDelay(a).multiply(BigDecimal.valueOf(b.duration()));
        BigDecimal bTimesDa = InitiativeFinancials.exactCostOfDelay(b).multiply(BigDecimal.valueOf(a.duration()));
        return bTimesDa.compareTo(aTimesDb);
    }

    public static Sequencing analyse(Strategy strategy) {
        List<Initiative> candidates = candidates(strategy.initiatives());
        List<Initiative> planOrder = new ArrayList<>(candidates);
        planOrder.sort(PLAN_ORDER);
        List<Initiative> cd3Order = new ArrayList<>(candidates);
        cd3Order.sort(CD3_ORDER);
        double planCost = delayCost(planOrder);
        double cd3Cost = delayCost(cd3Order);
        return new Sequencing(ids(planOrder), planCost, ids(cd3Order), cd3Cost, planCost - cd3Cost);
    }

    /** The proposed and committed initiatives, in id order. */
    static List<Initiative> candidates(List<Initiative> initiatives) {
        List<Initiative> candidates = new ArrayList<>();
        for (Initiative initiative : IdOrder.initiatives(initiatives)) {
            if (isCandidate(initiative)) {
                candidates.add(initiative);
            }
        }
        return candidates;
    }

    /** Proposed or committed (never dropped). */
    public static boolean isCandidate(Initiative initiative) {
        return initiative.status() == Status.PROPOSED || initiative.status() == Status.COMMITTED;
    }

    /** {@code Σ costOfDelay_i × C_i} for the initiatives done one after another in the given order. */
    public static double delayCost(List<Initiative> sequence) {
        long elapsed = 0;
        double cost = 0;
        for (Initiative initiative : sequence) {
            elapsed += initiative.duration();
            cost += InitiativeFinancials.costOfDelay(initiative) * elapsed;
        }
        return cost;
    }

    private static List<String> ids(List<Initiative> initiatives) {
        List<String> ids = new ArrayList<>(initiatives.size());
        for (Initiative initiative : initiatives) {
            ids.add(initiative.id());
        }
        return ids;
    }
}
