package dev.tradeoff.model;

import java.util.List;
import java.util.Map;

/** An objective with its key results, from {@code okrs/<id>.yaml}. {@code owner} may be null. */
public record Objective(
        String id,
        String objective,
        Quarter quarter,
        String owner,
        List<KeyResult> keyResults,
        Map<String, Object> extensions,
        String sourcePath) {

    public Objective {
        keyResults = List.copyOf(keyResults);
        extensions = Ordered.copyOf(extensions);
    }
}
