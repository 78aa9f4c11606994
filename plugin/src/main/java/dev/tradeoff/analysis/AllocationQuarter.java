package dev.tradeoff.analysis;

import dev.tradeoff.model.Quarter;

/**
 * Planned effort in one quarter (person-months): platform, product, the platform share (null when
 * there is no effort), utilisation of capacity and the band status.
 */
public record AllocationQuarter(
        Quarter quarter,
        double platformEffort,
        double productEffort,
        Double platformShare,
        double utilisation,
        BandStatus status) {

    /** More planned work than the engineering capacity: utilisation above 100%. */
    public static boolean overCapacity(double utilisation) {
        return utilisation > 1;
    }

    public boolean isOverCapacity() {
        return overCapacity(utilisation);
    }

    public double totalEffort() {
        return platformEffort + productEffort;
    }

    /**
     * Person-months that would have to move from product to platform work (positive) or back
     * (negative) for this quarter to reach the nearest edge of the band {@code [low, high]}; 0 when
     * it is within the band or idle.
     */
    public double moveToBand(double low, double high) {
        return switch (status) {
            case BELOW -> low * totalEffort() - platformEffort;
            case ABOVE -> high * totalEffort() - platformEffort;
            case WITHIN, IDLE -> 0;
        };
    }
}
