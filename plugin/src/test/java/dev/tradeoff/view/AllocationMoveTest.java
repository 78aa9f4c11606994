package dev.tradeoff.view;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.testing.Portfolios;
import org.junit.jupiter.api.Test;

/** The allocation table's "To get inside the band": what would bring each quarter inside it. */
class AllocationMoveTest {

    private static AllocationView allocation(Portfolios portfolios) {
        return new SiteViewBuilder(1).build(portfolios.analyse()).allocation();
    }

    @Test
    void aQuarterAboveTheBandWithNoProductWorkIsToldToPlanSomeNotToMoveEffortToIt() {
        // 2027-Q1: 10 pm of platform work and none of product: 100%, no product roadmap to move to.
        // 2027-Q2: 10 pm platform, 10 pm product: 50%; 30% of 20 is 6, so 4 pm would move.
        AllocationView view = allocation(Portfolios.plan().horizon(2)
                .with(initiative("core").platform().duration(2).effort(20))
                .with(initiative("app").start("2027-Q2").duration(1).effort(10)));

        assertThat(view.quarters()).extracting(AllocationView.Row::move)
                .containsExactly("plan product work: none is planned", "move 4 pm to product");
    }

    @Test
    void aQuarterBelowTheBandWithNoPlatformWorkIsStillToldToMoveEffortToPlatform() {
        // 10 pm of product work alone: 20% of 10 is 2 pm of platform work.
        AllocationView view = allocation(Portfolios.plan().horizon(1)
                .with(initiative("app").duration(1).effort(10)));

        assertThat(view.quarters()).extracting(AllocationView.Row::move).containsExactly("move 2 pm to platform");
    }
}
