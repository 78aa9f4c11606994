package dev.tradeoff.view;

import java.util.List;
import java.util.Map;

/**
 * The OKR pages: each objective's score and key results, and what is unfunded or unaligned. The
 * shortlists show the lowest scores first and the unaligned work that spends most first.
 * {@code unfundedKeyResults} is SPEC's list, met or not; {@code unfundedShortlist} holds only those
 * not yet met (the ones to fund or drop) and {@code metWithoutInitiative} those that need no initiative,
 * both named by title for readers (the ids are in {@code unfundedKeyResults}).
 */
public record OkrView(List<Objective> objectives, List<String> unfundedKeyResults,
        List<InitiativeRef> unalignedPlatform, List<InitiativeRef> unalignedProduct, String linkedEffortShare,
        List<Sentence> story, Shortlist<Objective> lowestScores, Shortlist<KeyResultRef> unfundedShortlist,
        Shortlist<KeyResultRef> metWithoutInitiative,
        Shortlist<InitiativeRef> unalignedPlatformShortlist, Shortlist<InitiativeRef> unalignedProductShortlist) {

    /**
     * An objective: score, grade and its key results in the order written; {@code owner} the team's
     * name when it names a team, else as written; {@code extensions} its file's own {@code x-} keys,
     * in the order written.
     */
    public record Objective(String id, String objective, String quarter, String owner, String score,
            double scoreValue, String grade, List<KeyResult> keyResults, Map<String, Object> extensions) {

        /** This objective's page in {@code okrs/}. */
        public String page() {
            return PageName.of(id);
        }
    }

    /**
     * A key result with its progress (0..1 for a meter), whether it has reached its target, and the
     * initiatives behind it; {@code late} says when all of them go live after the objective is due
     * ("PCI vault goes live 2027-Q4"), else null.
     */
    public record KeyResult(String id, String reference, String title, String unit, String baseline, String target,
            String current, String progress, double progressValue, boolean met, List<InitiativeRef> initiatives,
            String late) {
    }
}
