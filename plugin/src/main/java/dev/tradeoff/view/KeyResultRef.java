package dev.tradeoff.view;

import dev.tradeoff.analysis.KeyResultProgress;
import dev.tradeoff.analysis.ObjectiveScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A key result as a reader knows it: its title and its objective's title, with its progress.
 * {@code reference} ({@code objective/kr}) and {@code objective} (the objective's id) are
 * identifiers, not for reading; {@code href} is its objective's page, relative to the site root.
 */
public record KeyResultRef(String reference, String objective, String objectiveTitle, String title, String progress,
        String href) {

    /** Every key result of {@code okrs}, by its {@code objective/kr} reference. */
    static Map<String, KeyResultRef> byReference(List<ObjectiveScore> okrs) {
        Map<String, KeyResultRef> refs = new HashMap<>();
        for (ObjectiveScore score : okrs) {
            for (KeyResultProgress progress : score.keyResults()) {
                refs.put(progress.reference(), new KeyResultRef(progress.reference(), score.id(),
                        score.objective().objective(), progress.keyResult().title(),
                        NumberFormats.percent(progress.progress()), "okrs/" + PageName.of(score.id())));
            }
        }
        return refs;
    }
}
