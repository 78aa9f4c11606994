package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.Portfolio;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform initiatives among SPEC's {@code unalignedInitiatives} (in the plan, naming no key
 * result), the most spent first: the verdict's recommendation and the OKR findings name the same
 * ones in the same order, and weigh them by the same spend.
 */
record UnalignedPlatformWork(List<InitiativeFigures> initiatives) {

    UnalignedPlatformWork {
        initiatives = List.copyOf(initiatives);
    }

    static UnalignedPlatformWork of(Portfolio portfolio) {
        Map<String, InitiativeFigures> byId = new HashMap<>();
        portfolio.initiatives().forEach(figures -> byId.put(figures.id(), figures));
        return new UnalignedPlatformWork(portfolio.alignment().unalignedInitiatives().stream()
                .map(byId::get)
                .filter(figures -> figures.initiative().isPlatform())
                // Work none of whose cost falls in the plan (done before it) puts nothing at stake:
                // "$0 of platform cost … with no objective to show for it" is no finding.
                .filter(figures -> figures.pvCosts() >= Figure.HALF_A_CENT)
                .sorted(SpendOrder.MOST_SPENT_FIRST)
                .toList());
    }

    boolean isEmpty() {
        return initiatives.isEmpty();
    }

    List<String> titles() {
        return initiatives.stream().map(figures -> figures.initiative().title()).toList();
    }

    /** What they cost in today's money: the platform spend with no objective to show for it. */
    double spend() {
        return initiatives.stream().mapToDouble(InitiativeFigures::pvCosts).sum();
    }
}
