package dev.tradeoff.narrative;

import dev.tradeoff.analysis.EnablerFirstOrder;
import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.Quadrant;
import dev.tradeoff.analysis.Tolerance;
import dev.tradeoff.model.Initiative;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The CD3 order the pages advise, and the delay it saves against the planned order: SPEC.md's CD3
 * order when it keeps every platform ahead of the products it enables, else the
 * {@link EnablerFirstOrder}. A saving quoted for an order that starts products before the platform
 * work that speeds them up would be that of an order the pages advise against; the summary and the
 * sequencing page both quote this one.
 *
 * @param pairs        where SPEC's CD3 order starts a product before a platform that enables it
 * @param order        the ids of the candidates in the advised order
 * @param broughtForward the first work the advised order puts earlier than the planned order does,
 *                     null when the orders are the same: "start with" the advised first would be no
 *                     advice when it is first in the plan already
 * @param aheadOf      the work the planned order has in that place, which {@code broughtForward} goes ahead of
 * @param delayCost    the advised order's cost of delay, done one after another
 * @param saving       the planned order's cost of delay less {@code delayCost}
 */
public record AdvisedCd3Order(List<EnablerAfterProduct> pairs, List<String> order, Initiative broughtForward,
        Initiative aheadOf, double delayCost, double saving) {

    public AdvisedCd3Order {
        order = List.copyOf(order);
    }

    /** The advised order of {@code portfolio}, for a caller without an index of its initiatives. */
    public static AdvisedCd3Order of(Portfolio portfolio) {
        Map<String, Initiative> byId = new HashMap<>();
        portfolio.initiatives().forEach(figures -> byId.putIfAbsent(figures.id(), figures.initiative()));
        return of(portfolio, byId::get);
    }

    /** The advised order of {@code portfolio}; {@code byId} looks its initiatives up. */
    static AdvisedCd3Order of(Portfolio portfolio, Function<String, Initiative> byId) {
        var sequencing = portfolio.sequencing();
        List<EnablerAfterProduct> pairs = EnablerAfterProduct.inCd3Order(portfolio);
        if (pairs.isEmpty()) {
            return of(pairs, sequencing.planOrder(), sequencing.cd3Order(), byId, sequencing.cd3DelayCost(),
                    sequencing.saving());
        }
        EnablerFirstOrder order = EnablerFirstOrder.of(portfolio);
        double saving = Tolerance.sameAs(order.delayCost(), sequencing.planDelayCost()) ? 0
                : sequencing.planDelayCost() - order.delayCost();
        return of(pairs, sequencing.planOrder(), order.ids(), byId, order.delayCost(), saving);
    }

    /** {@code advised} against {@code planned}: the first place they differ names what moves forward, ahead of what. */
    private static AdvisedCd3Order of(List<EnablerAfterProduct> pairs, List<String> planned, List<String> advised,
            Function<String, Initiative> byId, double delayCost, double saving) {
        for (int i = 0; i < Math.min(planned.size(), advised.size()); i++) {
            if (!planned.get(i).equals(advised.get(i))) {
                return new AdvisedCd3Order(pairs, advised, byId.apply(advised.get(i)), byId.apply(planned.get(i)),
                        delayCost, saving);
            }
        }
        return new AdvisedCd3Order(pairs, advised, null, null, delayCost, saving);
    }

    /**
     * The advice on {@code "delay"}: {@code lead} (its placeholders are {@code leadFigures}), then
     * what this order brings forward and ahead of what, the caveat on that work if any, and
     * {@code tail}. Only for an order that {@link #saves}.
     */
    Finding bringForward(Severity severity, String lead, List<Figure> leadFigures, String tail, Portfolio portfolio) {
        List<Figure> figures = new ArrayList<>(leadFigures);
        int at = figures.size();
        figures.add(Figure.text(broughtForward.title()));
        figures.add(Figure.text(aheadOf.title()));
        String caveat = caveat(portfolio, figures.size(), figures);
        return new Finding(severity, "delay",
                lead + ": bring {" + at + "} forward, ahead of {" + (at + 1) + "}." + caveat + tail, figures);
    }

    /**
     * What to add when {@code broughtForward} loses money as planned or sits in Deprioritize: the
     * saving counts its cost of delay, but advice to move it up without that would contradict the
     * pages that say to rethink or stop it. Empty otherwise. Its placeholders start at {@code next};
     * their figures are added to {@code figures}.
     */
    private String caveat(Portfolio portfolio, int next, List<Figure> figures) {
        InitiativeFigures moved = broughtForward == null ? null : portfolio.initiatives().stream()
                .filter(candidate -> candidate.id().equals(broughtForward.id())).findFirst().orElse(null);
        if (moved == null || moved.npv() == null) {
            return "";
        }
        String deprioritize = QuadrantName.of(Quadrant.DEPRIORITIZE);
        String where = moved.quadrant() == Quadrant.DEPRIORITIZE ? ", in " + deprioritize : "";
        String template;
        if (moved.npv() < 0 && !NetAtFullRate.of(broughtForward).coversRunCost()) {
            // Its cost of delay is its benefits, but it costs at least that to run: moving it up only loses sooner.
            template = " Yet {0} brings in no more than it costs to run (NPV {1}" + where
                    + "): bringing it forward loses money, so rethink it first.";
        } else if (moved.npv() < 0) {
            template = " Yet {0} loses money as planned (NPV {1}" + where + "): rethink it before bringing it forward.";
        } else if (!where.isEmpty()) {
            template = " Yet {0} sits in " + deprioritize
                    + ", low on value and risk reduction: check it is worth doing before bringing it forward.";
        } else {
            return "";
        }
        figures.add(Figure.text(broughtForward.title()));
        figures.add(Figure.money(moved.npv()));
        return template.replace("{0}", "{" + next + "}").replace("{1}", "{" + (next + 1) + "}");
    }

    /** Whether SPEC's CD3 order had to be changed to keep platform work ahead of what it enables. */
    public boolean keepsEnablersAhead() {
        return !pairs.isEmpty();
    }

    public boolean saves() {
        return saving > 0;
    }
}
