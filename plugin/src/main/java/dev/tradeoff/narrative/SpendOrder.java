package dev.tradeoff.narrative;

import dev.tradeoff.analysis.InitiativeFigures;
import java.util.Comparator;

/** The order in which pages, briefs and findings list initiatives by what they spend. */
public final class SpendOrder {

    /**
     * The (non-dropped) initiatives that spend most first, in today's money (PV of costs), then by
     * id: the ones whose spend is most at stake are named before the list is cut short.
     */
    public static final Comparator<InitiativeFigures> MOST_SPENT_FIRST =
            Comparator.comparingDouble(InitiativeFigures::pvCosts).reversed().thenComparing(InitiativeFigures::id);

    private SpendOrder() {
    }
}
