package dev.tradeoff.diff;

import dev.tradeoff.model.Kind;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;

/** An initiative present on one side only (added or removed), with its NPV on that side (null when dropped). */
public record InitiativeEntry(String id, String title, Kind kind, Status status, Quarter start, int duration,
        Double npv) {

    /** The NPV as it counts in the totals: 0 for a dropped initiative. */
    public double countedNpv() {
        return npv == null ? 0 : npv;
    }
}
