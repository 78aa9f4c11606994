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

    public double totalEffort() {
        return platformEffort + productEffort;
    }
}
