package dev.tradeoff.view;

import java.util.List;

/**
 * The cost-of-delay page: the candidates, the plan and CD3 orders (whole, and their first few to
 * show), their delay costs and the saving.
 */
/**
 * SPEC's two orders and their figures, and, where CD3 order starts products before the platform work
 * that enables them, the delay cost and saving of the CD3 order that keeps platform work ahead
 * ({@code advisedDelayCost}, {@code advisedSaving}; null otherwise), which the story advises.
 */
public record SequencingView(List<Candidate> candidates, List<InitiativeRef> planOrder, List<InitiativeRef> cd3Order,
        String planDelayCost, String cd3DelayCost, String saving, boolean saves, String advisedDelayCost,
        String advisedSaving, String advisedNote, List<Sentence> story,
        Shortlist<InitiativeRef> planOrderShortlist, Shortlist<InitiativeRef> cd3OrderShortlist,
        Shortlist<InitiativeRef> advisedOrderShortlist) {

    /**
     * A candidate initiative with its cost of delay, duration and CD3; {@code advisedPosition} is its
     * place in the CD3 order with platform work first, null when that is SPEC's CD3 order itself.
     */
    public record Candidate(InitiativeRef initiative, String status, String start, String costOfDelay, int duration,
            String cd3, int planPosition, int cd3Position, Integer advisedPosition) {
    }
}
