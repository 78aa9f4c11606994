package dev.tradeoff.analysis;

import dev.tradeoff.model.Initiative;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which non-dropped initiatives name each key result ({@code objective-id/kr-id}), built once in a
 * single pass; each list is in id order without repeats.
 */
public final class KeyResultIndex {

    private final Map<String, List<String>> initiativesByKeyResult;

    private KeyResultIndex(Map<String, List<String>> initiativesByKeyResult) {
        this.initiativesByKeyResult = initiativesByKeyResult;
    }

    public static KeyResultIndex of(List<Initiative> initiatives) {
        Map<String, List<String>> index = new HashMap<>();
        for (Initiative initiative : IdOrder.initiatives(initiatives)) {
            if (initiative.isDropped()) {
                continue;
            }
            for (String reference : initiative.keyResults()) {
                List<String> ids = index.computeIfAbsent(reference, r -> new ArrayList<>());
                // Visiting initiatives in id order keeps every list sorted; a repeat can only be the last one.
                if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(initiative.id())) {
                    ids.add(initiative.id());
                }
            }
        }
        index.replaceAll((reference, ids) -> List.copyOf(ids));
        return new KeyResultIndex(index);
    }

    /** The ids of the non-dropped initiatives naming {@code reference}, in id order; empty when none. */
    public List<String> initiatives(String reference) {
        return initiativesByKeyResult.getOrDefault(reference, List.of());
    }

    /** Whether some non-dropped initiative names {@code reference}. */
    public boolean isFunded(String reference) {
        return initiativesByKeyResult.containsKey(reference);
    }
}
