package dev.tradeoff.diff;

import dev.tradeoff.analysis.AllocationQuarter;
import dev.tradeoff.analysis.BandStatus;
import dev.tradeoff.model.Quarter;

/**
 * One quarter of the union of both sides' plan quarters. On a side whose plan does not cover the
 * quarter, its share, utilisation and status are null; a covered quarter with no effort has a null
 * share and the status {@code idle}.
 */
public record AllocationChange(
        Quarter quarter,
        boolean inBefore,
        boolean inAfter,
        Double platformShareBefore,
        Double platformShareAfter,
        Double utilisationBefore,
        Double utilisationAfter,
        BandStatus statusBefore,
        BandStatus statusAfter) {

    /** In both plans, with a different band status. */
    public boolean changesBandStatus() {
        return inBefore && inAfter && statusBefore != statusAfter;
    }

    /** Was within the band, is now below or above it. */
    public boolean leavesBand() {
        return changesBandStatus() && statusBefore == BandStatus.WITHIN && isOutside(statusAfter);
    }

    /** Was below or above the band, is now within it. */
    public boolean entersBand() {
        return changesBandStatus() && isOutside(statusBefore) && statusAfter == BandStatus.WITHIN;
    }

    /** In both plans, and its planned work goes over the engineering capacity (above 100% of it). */
    public boolean goesOverCapacity() {
        return inBefore && inAfter && !overCapacity(utilisationBefore) && overCapacity(utilisationAfter);
    }

    /** Below this, a move of the load is rounding, not news: half a percentage point. */
    static final double UTILISATION_NOISE = 0.005;

    /** Over the engineering capacity on both sides, and more so after the change. */
    public boolean goesFurtherOverCapacity() {
        return inBefore && inAfter && overCapacity(utilisationBefore) && overCapacity(utilisationAfter)
                && utilisationAfter - utilisationBefore >= UTILISATION_NOISE;
    }

    /** In both plans, and its planned work comes back within the engineering capacity. */
    public boolean comesWithinCapacity() {
        return inBefore && inAfter && overCapacity(utilisationBefore) && !overCapacity(utilisationAfter);
    }

    /** As the allocation page counts it ({@link AllocationQuarter#overCapacity}); no side, no work over it. */
    private static boolean overCapacity(Double utilisation) {
        return utilisation != null && AllocationQuarter.overCapacity(utilisation);
    }

    /** Below or above the band: the side a quarter is pushed out to. */
    static boolean isOutside(BandStatus status) {
        return status == BandStatus.BELOW || status == BandStatus.ABOVE;
    }
}
