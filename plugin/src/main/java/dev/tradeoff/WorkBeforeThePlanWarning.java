package dev.tradeoff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.load.KeyPlaces;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategySource;
import dev.tradeoff.narrative.UnstartedWorkBeforeThePlan;
import dev.tradeoff.view.MoneyFormat;
import dev.tradeoff.view.Sentences;
import java.util.List;

/**
 * One build warning, at the plan's {@code start} in strategy.yaml, when work not yet started is
 * planned before it: its cost is left out of the NPV, which then rises by work nobody has done (the
 * usual cause is a plan start moved on without the initiatives' starts). The warning is the summary's
 * own sentence, so the build log and the site quote the same initiatives and money.
 */
public final class WorkBeforeThePlanWarning {

    private static final String STRATEGY = "strategy.yaml";
    private static final String START = "start";

    private WorkBeforeThePlanWarning() {
    }

    /** The warning, or none when no work not yet started lies before the plan. */
    public static List<Problem> of(Portfolio portfolio, StrategySource source) {
        UnstartedWorkBeforeThePlan work = UnstartedWorkBeforeThePlan.of(portfolio);
        if (work.isEmpty()) {
            return List.of();
        }
        Sentences sentences = new Sentences(new MoneyFormat(portfolio.strategy().plan().currency()));
        return List.of(new KeyPlaces(source).atKey(STRATEGY, START, sentences.write(work.finding()).text()));
    }
}
