package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeoff.model.Status;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueRiskMatrixTest {

    @Test
    void highMeansStrictlyAboveTheThreshold() {
        // t = 5: 5 itself is not high.
        assertThat(ValueRiskMatrix.quadrant(6, 6, 5)).isEqualTo(Quadrant.INVEST_BOTH);
        assertThat(ValueRiskMatrix.quadrant(6, 5, 5)).isEqualTo(Quadrant.SHIP_PRODUCT);
        assertThat(ValueRiskMatrix.quadrant(5, 9, 5)).isEqualTo(Quadrant.SHORE_UP_PLATFORM);
        assertThat(ValueRiskMatrix.quadrant(5, 5, 5)).isEqualTo(Quadrant.DEPRIORITIZE);
        assertThat(ValueRiskMatrix.quadrant(1, 10, 5.5)).isEqualTo(Quadrant.SHORE_UP_PLATFORM);
    }

    @Test
    void figuresCarryTheQuadrantAndGroupingLeavesOutDroppedOnes() {
        var figures = InitiativeFinancials.analyse(strategy(plan("2027-Q1", 2), List.of(
                initiative("a").matrix(9, 9).build(),
                initiative("b").matrix(9, 2).build(),
                initiative("c").matrix(9, 9).status(Status.DROPPED).build(),
                initiative("d").matrix(2, 2).build())));
        assertThat(figures).extracting(InitiativeFigures::quadrant)
                .containsExactly(Quadrant.INVEST_BOTH, Quadrant.SHIP_PRODUCT, null, Quadrant.DEPRIORITIZE);

        Map<Quadrant, List<InitiativeFigures>> groups = ValueRiskMatrix.byQuadrant(figures);
        assertThat(groups).containsOnlyKeys(Quadrant.values());
        assertThat(groups.get(Quadrant.INVEST_BOTH)).extracting(InitiativeFigures::id).containsExactly("a");
        assertThat(groups.get(Quadrant.SHORE_UP_PLATFORM)).isEmpty();
    }

    @Test
    void theGroupsCannotBeChangedByTheirReaders() {
        var figures = InitiativeFinancials.analyse(strategy(plan("2027-Q1", 2), List.of(initiative("a").matrix(9, 9).build())));
        Map<Quadrant, List<InitiativeFigures>> groups = ValueRiskMatrix.byQuadrant(figures);
        assertThatThrownBy(() -> groups.get(Quadrant.INVEST_BOTH).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> groups.get(Quadrant.DEPRIORITIZE).add(figures.get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
