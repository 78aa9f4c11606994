package dev.tradeoff.analysis;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Strategy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * SPEC.md section 2: each initiative's undiscounted cash flows over the plan quarters, NPV, ROI,
 * payback, cost of delay, CD3, quadrant and (platform) enablement value.
 *
 * <p>Quarter index k = 1 is the plan start; only k in 1..horizon counts: anything before is sunk,
 * anything after is out of view. Work per initiative is linear in the horizon plus its benefit
 * lines and enables entries, so a whole portfolio is linear in its size.
 */
public final class InitiativeFinancials {

    private final Plan plan;
    private final double costPerPersonMonth;
    private final Quarter[] quarters;
    private final double[] discountFactors;
    private final Map<String, Initiative> byId;

    /** Prepares the plan's discount factors and an id lookup of {@code strategy}'s initiatives. */
    public InitiativeFinancials(Strategy strategy) {
        this(strategy.plan(), strategy.initiatives());
    }

    /**
     * The figures of {@code initiatives} under {@code plan}, which may be another strategy's: the
     * diff values the head's initiatives under the base's plan, to tell what its settings moved.
     */
    public InitiativeFinancials(Plan plan, List<Initiative> initiatives) {
        this.plan = plan;
        this.costPerPersonMonth = plan.costPerPersonMonth().amount();
        int horizon = plan.horizon();
        this.quarters = new Quarter[horizon + 1];
        this.discountFactors = new double[horizon + 1];
        double r = quarterlyRate(plan.discountRate());
        for (int k = 1; k <= horizon; k++) {
            quarters[k] = plan.start().plus(k - 1);
            discountFactors[k] = Math.pow(1 + r, -k);
        }
        this.byId = new HashMap<>();
        for (Initiative i : initiatives) {
            byId.put(i.id(), i);
        }
    }

    /** The figures of every initiative of {@code strategy}, dropped ones included, in id order. */
    public static List<InitiativeFigures> analyse(Strategy strategy) {
        InitiativeFinancials financials = new InitiativeFinancials(strategy);
        List<Initiative> initiatives = IdOrder.initiatives(strategy.initiatives());
        List<InitiativeFigures> figures = new ArrayList<>(initiatives.size());
        for (Initiative initiative : initiatives) {
            figures.add(financials.figures(initiative));
        }
        return List.copyOf(figures);
    }

    /** Quarterly rate of an annual discount rate: {@code (1 + annual)^(1/4) − 1}. */
    public static double quarterlyRate(double annualRate) {
        return Math.pow(1 + annualRate, 0.25) - 1;
    }

    /** Value lost per quarter of delay: as given, else (should the loader not have set it) the sum of benefit amounts. */
    public static double costOfDelay(Initiative initiative) {
        return exactCostOfDelay(initiative).doubleValue();
    }

    /** {@link #costOfDelay} as the decimal written, for comparisons that must hold exactly. */
    static BigDecimal exactCostOfDelay(Initiative initiative) {
        return initiative.costOfDelay() != null ? initiative.costOfDelay().value()
                : Benefit.atFullRate(initiative.benefits());
    }

    /** Section 2 for one initiative; every figure null and no cash flows when it is dropped. */
    public InitiativeFigures figures(Initiative initiative) {
        if (initiative.isDropped()) {
            return new InitiativeFigures(initiative, List.of(), null, null, null, null, null, null, null, null, null);
        }
        int horizon = plan.horizon();
        double[] cost = new double[horizon + 1];
        double[] benefit = new double[horizon + 1];
        addCosts(initiative, cost);
        addBenefits(initiative, benefit);

        CashFlow[] flows = new CashFlow[horizon];
        double pvBenefits = 0;
        double pvCosts = 0;
        double cumulative = 0;
        for (int k = 1; k <= horizon; k++) {
            pvBenefits += benefit[k] * discountFactors[k];
            pvCosts += cost[k] * discountFactors[k];
            cumulative += benefit[k] - cost[k];
            flows[k - 1] = new CashFlow(quarters[k], cost[k], benefit[k], cumulative);
        }
        List<CashFlow> cashFlows = List.of(flows);
        double npv = pvBenefits - pvCosts;
        Double roi = pvCosts == 0 ? null : npv / pvCosts;
        double costOfDelay = costOfDelay(initiative);
        return new InitiativeFigures(
                initiative,
                cashFlows,
                npv,
                pvBenefits,
                pvCosts,
                roi,
                Payback.of(cashFlows).quarter(),
                costOfDelay,
                costOfDelay / initiative.duration(),
                ValueRiskMatrix.quadrant(initiative, plan.matrixThreshold()),
                initiative.isPlatform() ? enablementValue(initiative) : null);
    }

    /**
     * {@code Σ s × (effort_p × costPerPersonMonth + duration_p × costOfDelay_p)} over the enables
     * entries (p, s); an entry naming a dropped (or unknown) product adds 0.
     */
    public double enablementValue(Initiative platform) {
        return enablementValue(platform, byId::get, costPerPersonMonth, product -> true);
    }

    /**
     * The same sum over the entries whose product {@code counts} (besides not being dropped), the
     * products found with {@code byId}: the narrative counts only the products that start once the
     * platform work is live, the part of the value the plan gets.
     */
    public static double enablementValue(Initiative platform, Function<String, Initiative> byId,
            double costPerPersonMonth, Predicate<Initiative> counts) {
        double sum = 0;
        for (Enablement enablement : platform.enables()) {
            Initiative product = byId.apply(enablement.productId());
            if (product == null || product.isDropped() || !counts.test(product)) {
                continue;
            }
            sum += speedupWorth(enablement.speedup(), product, costPerPersonMonth);
        }
        return sum;
    }

    /** One enables entry's part of the enablement value: {@code s × (effort_p × costPerPersonMonth + duration_p × costOfDelay_p)}. */
    public static double speedupWorth(double speedup, Initiative product, double costPerPersonMonth) {
        return speedup * (product.effort() * costPerPersonMonth + product.duration() * costOfDelay(product));
    }

    private void addCosts(Initiative initiative, double[] cost) {
        int horizon = plan.horizon();
        int startK = plan.indexOf(initiative.start());
        int goLiveK = startK + initiative.duration();
        double buildCost = initiative.effort() * costPerPersonMonth / initiative.duration();
        for (int k = Math.max(1, startK); k < goLiveK && k <= horizon; k++) {
            cost[k] += buildCost;
        }
        if (startK >= 1 && startK <= horizon) {
            cost[startK] += amount(initiative.oneOffCost());
        }
        double runCost = amount(initiative.runCost());
        if (runCost != 0) {
            for (int k = Math.max(1, goLiveK); k <= horizon; k++) {
                cost[k] += runCost;
            }
        }
    }

    private static double amount(Money money) {
        return money == null ? 0 : money.amount();
    }

    private void addBenefits(Initiative initiative, double[] benefit) {
        int horizon = plan.horizon();
        int goLiveK = plan.indexOf(initiative.start()) + initiative.duration();
        for (Benefit line : initiative.benefits()) {
            double amount = line.amount().amount();
            int ramp = line.ramp();
            for (int k = Math.max(1, goLiveK); k <= horizon; k++) {
                int j = k - goLiveK + 1;
                double f = ramp == 0 ? 1 : Math.min(1, (double) j / ramp);
                benefit[k] += amount * f;
            }
        }
    }
}
