package dev.tradeoff.view;

import dev.tradeoff.analysis.InitiativeFigures;
import dev.tradeoff.analysis.ScaleProjection;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Team;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The initiative views of the last build with what each was formatted from, so that a builder kept
 * between rebuilds (the preview server's) formats again only the initiatives whose inputs changed.
 * The others get the very view object of the last build, and the renderer's comparison of it with
 * what it rendered last is then a reference check instead of a walk through every field. A one-off
 * build finds nothing to reuse. Only the last build is kept; safe for the threads of one build.
 */
final class LastInitiativeViews {

    /**
     * What every initiative's view reads besides its own {@link Inputs}: the plan (currency, start,
     * end) and the scale projection (the latest starts, the breach, the headroom). When either
     * changes, no view is reused.
     */
    record Shared(Plan plan, ScaleProjection scale) {
    }

    /**
     * What one initiative's view reads: its figures (with the initiative), its owner, the key results
     * it moves, the products it enables (their titles and whether they are dropped: all its story
     * reads of other initiatives) and the platforms that enable it.
     */
    record Inputs(InitiativeFigures figures, Team owner, List<KeyResultRef> keyResults, List<Related> enables,
            List<Related> enabledBy) {
    }

    private record Formatted(Inputs inputs, InitiativeView view) {
    }

    private Shared lastShared;
    private volatile Map<String, Formatted> last = Map.of();
    private volatile Map<String, Formatted> current = new ConcurrentHashMap<>();

    /** Starts a build: the last build's views are reused only if {@code shared} is as it was. */
    void nextBuild(Shared shared) {
        last = shared.equals(lastShared) ? current : Map.of();
        lastShared = shared;
        current = new ConcurrentHashMap<>();
    }

    /** The last build's view of the initiative if its inputs are the same, else {@code format}'s. */
    InitiativeView get(Inputs inputs, Function<Inputs, InitiativeView> format) {
        String id = inputs.figures().id();
        Formatted before = last.get(id);
        Formatted now = before != null && before.inputs().equals(inputs)
                ? before : new Formatted(inputs, Objects.requireNonNull(format.apply(inputs)));
        current.put(id, now);
        return now.view();
    }
}
