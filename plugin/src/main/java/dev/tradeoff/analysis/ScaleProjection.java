package dev.tradeoff.analysis;

import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import java.util.List;

/**
 * The scalability inflexion: growth rate per quarter (given or fitted), the first quarter whose
 * load reaches capacity × headroom (null when none within 40 projected quarters), the latest
 * starts of scalability initiatives (id order; empty without a breach), and the load history
 * followed by the 40 projected quarters.
 */
public record ScaleProjection(
        Scale scale,
        double growth,
        Quarter breachQuarter,
        List<LatestStart> latestStarts,
        List<LoadPoint> loads) {

    public ScaleProjection {
        latestStarts = List.copyOf(latestStarts);
        loads = List.copyOf(loads);
    }
}
