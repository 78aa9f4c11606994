package dev.tradeoff.analysis;

import static dev.tradeoff.analysis.Fixtures.initiative;
import static dev.tradeoff.analysis.Fixtures.plan;
import static dev.tradeoff.analysis.Fixtures.strategy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void sharesUtilisationAndBandStatusPerQuarter() {
        // Capacity 10, band [0.20, 0.30], horizon 5 (2027-Q1..2028-Q1).
        // k1: platform p1 6/2 = 3, product a 12 → share 3/15 = 0.20 (low edge: within), util 1.5
        // k2: platform p1 3, product b 7 → 3/10 = 0.30 (high edge: within), util 1.0
        // k3: platform p3 1, product c (done, still counts) 9 → 0.10 below, util 1.0;
        //     a dropped platform of 100 in k3 would make it above; it is ignored.
        // k4: platform p4 4 only → 1.0 above, util 0.4
        // k5: nothing → share null, idle, util 0. (e starts after the horizon.)
        var s = strategy(plan("2027-Q1", 5, 0.1, "10k", 10), List.of(
                initiative("p1").platform().duration(2).effort(6).build(),
                initiative("a").effort(12).build(),
                initiative("b").start("2027-Q2").effort(7).build(),
                initiative("p3").platform().start("2027-Q3").effort(1).build(),
                initiative("c").start("2027-Q3").effort(9).status(Status.DONE).build(),
                initiative("x").platform().start("2027-Q3").effort(100).status(Status.DROPPED).build(),
                initiative("p4").platform().start("2027-Q4").effort(4).status(Status.IN_PROGRESS).build(),
                initiative("e").start("2028-Q2").effort(50).status(Status.PROPOSED).build()));
        List<AllocationQuarter> allocation = Allocation.analyse(s);

        assertThat(allocation).extracting(AllocationQuarter::quarter).containsExactly(
                Quarter.parse("2027-Q1"), Quarter.parse("2027-Q2"), Quarter.parse("2027-Q3"),
                Quarter.parse("2027-Q4"), Quarter.parse("2028-Q1"));
        assertThat(allocation).extracting(AllocationQuarter::platformEffort).containsExactly(3.0, 3.0, 1.0, 4.0, 0.0);
        assertThat(allocation).extracting(AllocationQuarter::productEffort).containsExactly(12.0, 7.0, 9.0, 0.0, 0.0);
        assertThat(allocation).extracting(AllocationQuarter::status).containsExactly(
                BandStatus.WITHIN, BandStatus.WITHIN, BandStatus.BELOW, BandStatus.ABOVE, BandStatus.IDLE);
        assertThat(allocation.get(0).platformShare()).isCloseTo(0.2, within(1e-12));
        assertThat(allocation.get(1).platformShare()).isCloseTo(0.3, within(1e-12));
        assertThat(allocation.get(2).platformShare()).isCloseTo(0.1, within(1e-12));
        assertThat(allocation.get(3).platformShare()).isEqualTo(1.0);
        assertThat(allocation.get(4).platformShare()).isNull();
        assertThat(allocation).extracting(AllocationQuarter::utilisation).containsExactly(1.5, 1.0, 1.0, 0.4, 0.0);
        assertThat(allocation.get(0).totalEffort()).isEqualTo(15.0);
    }

    @Test
    void sunkBuildQuartersAreNotInTheAllocation() {
        // Starts 2026-Q4 (k0), duration 2, effort 8: 4 in k0 (not shown) and 4 in k1.
        var s = strategy(plan("2027-Q1", 2, 0.1, "10k", 8),
                List.of(initiative("p").platform().start("2026-Q4").duration(2).effort(8).build()));
        assertThat(Allocation.analyse(s)).extracting(AllocationQuarter::platformEffort).containsExactly(4.0, 0.0);
        assertThat(Allocation.analyse(s)).extracting(AllocationQuarter::utilisation).containsExactly(0.5, 0.0);
    }

    @Test
    void bandEdgesAreInclusive() {
        assertThat(Allocation.status(0.2, 0.2, 0.3)).isEqualTo(BandStatus.WITHIN);
        assertThat(Allocation.status(0.3, 0.2, 0.3)).isEqualTo(BandStatus.WITHIN);
        assertThat(Allocation.status(0.199999, 0.2, 0.3)).isEqualTo(BandStatus.BELOW);
        assertThat(Allocation.status(0.300001, 0.2, 0.3)).isEqualTo(BandStatus.ABOVE);
        // 2.7 / 9 is 0.3 in decimals but 0.30000000000000004 as a double: the top of the band.
        assertThat(Allocation.status(2.7 / 9, 0.2, 0.3)).isEqualTo(BandStatus.WITHIN);
        // …but a share a ten-billionth above the top is above it.
        assertThat(Allocation.status(0.3 + 1e-10, 0.2, 0.3)).isEqualTo(BandStatus.ABOVE);
        assertThat(Allocation.status(0.0, 0.2, 0.3)).isEqualTo(BandStatus.BELOW);
        assertThat(Allocation.status(null, 0.2, 0.3)).isEqualTo(BandStatus.IDLE);
    }

    @Test
    void moveToBandIsThePersonMonthsToTheNearestEdge() {
        // Band [0.20, 0.30], capacity 10, horizon 4.
        // k1: platform 1, product 9 → 0.1 below: 0.20 × 10 − 1 = +1 person-month to platform work.
        // k2: platform 4 only → 1.0 above: 0.30 × 4 − 4 = −2.8 (back to product work).
        // k3: platform 2, product 8 → 0.2 within: 0. k4: idle: 0.
        var s = strategy(plan("2027-Q1", 4, 0.1, "10k", 10), List.of(
                initiative("p1").platform().effort(1).build(),
                initiative("a").effort(9).build(),
                initiative("p2").platform().start("2027-Q2").effort(4).build(),
                initiative("p3").platform().start("2027-Q3").effort(2).build(),
                initiative("b").start("2027-Q3").effort(8).build()));
        List<AllocationQuarter> allocation = Allocation.analyse(s);

        assertThat(allocation).extracting(AllocationQuarter::status).containsExactly(
                BandStatus.BELOW, BandStatus.ABOVE, BandStatus.WITHIN, BandStatus.IDLE);
        assertThat(allocation.get(0).moveToBand(0.2, 0.3)).isCloseTo(1.0, within(1e-12));
        assertThat(allocation.get(1).moveToBand(0.2, 0.3)).isCloseTo(-2.8, within(1e-12));
        assertThat(allocation.get(2).moveToBand(0.2, 0.3)).isZero();
        assertThat(allocation.get(3).moveToBand(0.2, 0.3)).isZero();
    }

    @Test
    void zeroEffortWorkIsIdle() {
        // Building, but with no effort: no effort means no share.
        var s = strategy(plan("2027-Q1", 1), List.of(initiative("a").effort(0).build()));
        AllocationQuarter q = Allocation.analyse(s).get(0);
        assertThat(q.platformShare()).isNull();
        assertThat(q.status()).isEqualTo(BandStatus.IDLE);
        assertThat(q.utilisation()).isZero();
    }
}
