package dev.tradeoff.view;

import static dev.tradeoff.testing.Portfolios.figures;
import static dev.tradeoff.testing.Portfolios.initiative;
import static dev.tradeoff.testing.Portfolios.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Status;
import dev.tradeoff.narrative.InitiativeStory;
import dev.tradeoff.testing.Portfolios;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What the Payback column says when there is no payback quarter: portfolio.json has null both for an
 * initiative that never needs one and for one that never recovers, and a reader must tell them apart.
 * Portfolios without discounting, 2027-Q1 to 2029-Q4 at $10k a person-month.
 */
class PaybackTextTest {

    private static Map<String, InitiativeView> views(Portfolio portfolio) {
        return new SiteViewBuilder(1).build(portfolio).initiatives().stream()
                .collect(Collectors.toMap(InitiativeView::id, Function.identity()));
    }

    /**
     * "paid": $30k in 2027-Q1, $10k a quarter from 2027-Q2: −30k, −20k, −10k, then 0 in 2027-Q4.
     * "free": $10k a quarter from 2027-Q2 and no cost: never below zero. "sink": $1M in 2027-Q1 and
     * nothing back, ever. "gone": dropped, with the same money as "sink".
     */
    @Test
    void aQuarterNotNeededNeverOrADashWhenDropped() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("paid").effort(3).benefit("10k", 0))
                .with(initiative("free").benefit("10k", 0))
                .with(initiative("sink").effort(100))
                .with(initiative("gone").effort(100).status(Status.DROPPED))
                .analyse();

        Map<String, InitiativeView> views = views(portfolio);

        assertThat(views.get("paid").payback()).isEqualTo("2027-Q4");
        assertThat(views.get("free").payback()).isEqualTo("not needed");
        assertThat(views.get("sink").payback()).isEqualTo("never");
        assertThat(views.get("gone").payback()).isEqualTo("—");
        assertThat(figures(portfolio, "free").paybackQuarter()).isNull();
        assertThat(figures(portfolio, "sink").paybackQuarter()).isNull();
    }

    /**
     * Both $100k in 2027-Q1. "short" then nets $10k a quarter ($50k of benefits, $40k to run): back
     * only in 2029-Q3 of a longer plan, so beyond this one. "loser" loses $10k a quarter ($40k of
     * benefits, $50k to run): no plan sees it back, and "beyond the plan" would suggest one does.
     */
    @Test
    void neverWhenItCostsAtLeastAsMuchToRunAsItBringsIn() {
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("short").effort(10).benefit("50k", 0).runCost("40k"))
                .with(initiative("loser").effort(10).benefit("40k", 0).runCost("50k"))
                .analyse();

        Map<String, InitiativeView> views = views(portfolio);

        assertThat(views.get("short").payback()).isEqualTo("beyond the plan");
        assertThat(views.get("loser").payback()).isEqualTo("never");
        assertThat(figures(portfolio, "loser").paybackQuarter()).isNull();
    }

    /**
     * A benefit of 3.3 ramped over 3 quarters earns 3.3 × (1/3) = 1.0999999999999999 in its first
     * quarter, 2027-Q2, against a run cost of 1.1: the running net is −2.2e-16 there, then +1.1.
     * That is rounding noise, not a loss: the figures find no payback because nothing went negative,
     * and the page and the story agree that none is needed, rather than one saying the opposite.
     */
    @Test
    void roundingNoiseBelowZeroNeedsNoPaybackOnThePageAsInTheFigures() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("noise").benefit("3.3", 3).runCost("1.1"))
                .analyse();

        assertThat(figures(portfolio, "noise").cashFlows().get(1).cumulativeNet()).isNegative().isGreaterThan(-1e-15);
        assertThat(figures(portfolio, "noise").paybackQuarter()).isNull();
        assertThat(views(portfolio).get("noise").payback()).isEqualTo("not needed");
        assertThat(texts(new InitiativeStory(portfolio.strategy().plan(), Portfolios.byId(portfolio))
                .tell(figures(portfolio, "noise"))))
                .contains("Needs no payback: its cash flow is never negative within the plan.");
    }
}
