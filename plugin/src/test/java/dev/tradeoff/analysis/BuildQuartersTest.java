package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The split of a build between the plan (k in 1..horizon) and the sunk quarters before it. */
class BuildQuartersTest {

    @Test
    void aBuildStraddlingThePlanStart() {
        // Plan 2027-Q1, horizon 4. Start 2026-Q4 = k0, duration 3: k0..k2.
        // In the plan k1..k2: 2 quarters; before it k0: 1 quarter.
        BuildQuarters q = BuildQuarters.of(initiative("a").start("2026-Q4").duration(3).build(), plan("2027-Q1", 4));
        assertThat(q.firstInPlan()).isEqualTo(1);
        assertThat(q.lastInPlan()).isEqualTo(2);
        assertThat(q.inPlan()).isEqualTo(2);
        assertThat(q.beforePlan()).isEqualTo(1);
        assertThat(q.allBeforePlan()).isFalse();
    }

    @Test
    void aBuildWhollyBeforeThePlan() {
        // Start 2026-Q1 = k −3, duration 2: k −3, −2. None in the plan (−2 − 1 + 1 < 0 → 0), 2 sunk.
        BuildQuarters q = BuildQuarters.of(initiative("a").start("2026-Q1").duration(2).build(), plan("2027-Q1", 4));
        assertThat(q.inPlan()).isZero();
        assertThat(q.beforePlan()).isEqualTo(2);
        assertThat(q.allBeforePlan()).isTrue();
    }

    @Test
    void aBuildRunningPastTheHorizon() {
        // Start 2027-Q4 = k4, duration 3: k4..k6 against horizon 4: only k4 in the plan, none sunk.
        BuildQuarters q = BuildQuarters.of(initiative("a").start("2027-Q4").duration(3).build(), plan("2027-Q1", 4));
        assertThat(q.firstInPlan()).isEqualTo(4);
        assertThat(q.lastInPlan()).isEqualTo(4);
        assertThat(q.inPlan()).isEqualTo(1);
        assertThat(q.beforePlan()).isZero();
    }

    @Test
    void aBuildEndingInTheFirstPlanQuarterIsNotAllBeforeIt() {
        // Start 2026-Q4 = k0, duration 2: k0, k1. k1 is in the plan: 1 quarter in, 1 sunk.
        BuildQuarters q = BuildQuarters.of(initiative("a").start("2026-Q4").duration(2).build(), plan("2027-Q1", 4));
        assertThat(q.allBeforePlan()).isFalse();
        assertThat(q.inPlan()).isEqualTo(1);
        assertThat(q.beforePlan()).isEqualTo(1);
    }
}
