package dev.tradeoff.view;

import java.util.List;

/** The investment allocation page: effort per quarter against the platform band and capacity. */
public record AllocationView(String bandLow, String bandHigh, String capacity, List<Row> quarters,
        int below, int within, int above, int idle, List<Sentence> story) {

    /**
     * One quarter: effort in person-months, share, utilisation, band status, and the move that
     * would bring it back inside the band ("" when none is needed).
     */
    public record Row(String quarter, String platformEffort, String productEffort, String platformShare,
            String utilisation, String status, String move) {
    }
}
