package dev.tradeoff.view;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Status;
import dev.tradeoff.testing.Portfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Done work can no longer be delayed: pages and briefs show no cost of delay or CD3 for it. */
class DoneCostOfDelayTest {

    @Test
    void doneWorkShowsNoCostOfDelayOrCd3WhileOtherWorkDoes() {
        // Both with $100k of benefits a quarter (the cost of delay by default) over two quarters: CD3 $50k.
        List<InitiativeView> initiatives = new SiteViewBuilder(1).build(Portfolios.plan().horizon(4)
                .with(initiative("open").duration(2).effort(2).benefit("100k", 0))
                .with(initiative("past").status(Status.DONE).start("2026-Q3").duration(2).effort(2).benefit("100k", 0))
                .analyse()).initiatives();

        assertThat(initiatives).extracting(InitiativeView::id, InitiativeView::costOfDelay, InitiativeView::cd3,
                InitiativeView::costOfDelaySource).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("open", "$100,000", "$50,000", "its benefits at full rate"),
                        org.assertj.core.groups.Tuple.tuple("past", "—", "—", "it is done, so it can no longer be delayed"));
    }
}
