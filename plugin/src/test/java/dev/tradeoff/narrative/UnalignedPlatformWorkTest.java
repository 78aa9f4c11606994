package dev.tradeoff.narrative;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Status;
import dev.tradeoff.testing.Portfolios;
import org.junit.jupiter.api.Test;

class UnalignedPlatformWorkTest {

    @Test
    void platformWorkInThePlanWithNoKeyResultTheMostSpentFirst() {
        // At $10k a person-month: small 10 pm = $100k, big 30 pm = $300k, same 10 pm = $100k (after
        // small by id). Aligned, product and dropped work is none of it.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("small").title("Small").platform().effort(10))
                .with(initiative("big").title("Big").platform().effort(30))
                .with(initiative("same").title("Same").platform().effort(10))
                .with(initiative("aligned").platform().effort(50).keyResults("grow/kr"))
                .with(initiative("shop").effort(50))
                .with(initiative("gone").platform().status(Status.DROPPED).effort(50))
                .objective("grow", 50)
                .analyse();

        UnalignedPlatformWork unaligned = UnalignedPlatformWork.of(portfolio);

        assertThat(unaligned.titles()).containsExactly("Big", "Same", "Small");
        assertThat(unaligned.spend()).isEqualTo(500_000);
    }

    @Test
    void platformWorkDoneBeforeThePlanPutsNothingAtStake() {
        // Built in 2026, before the plan: none of its cost is in the plan, so "$0 of platform cost with
        // no objective to show for it" would be no finding.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("old").title("Old").platform().status(Status.DONE).start("2026-Q1").effort(10))
                .with(initiative("new").title("New").platform().effort(10))
                .analyse();

        UnalignedPlatformWork unaligned = UnalignedPlatformWork.of(portfolio);

        assertThat(unaligned.titles()).containsExactly("New");
        assertThat(new SectionStories(portfolio).okrs()).extracting(Finding::template)
                .noneMatch(template -> template.contains("moves a key result"));
    }
}
