package dev.tradeoff.view;

import java.util.List;

/** The value/risk matrix page: the four quadrants with their initiatives and what each calls for. */
public record MatrixView(String threshold, List<Quadrant> quadrants, List<Sentence> story) {

    /** One quadrant: its name, what it calls for, its initiatives by NPV, and the first of them to show. */
    public record Quadrant(String id, String label, String advice, List<Member> initiatives,
            Shortlist<Member> shortlist) {
    }

    /**
     * An initiative in a quadrant with its NPV: the quadrant comes from the scores a person gave, the
     * NPV from the figures, and a reader has to see where the two disagree ({@code losesMoney}).
     */
    /** {@code done}: the quadrant's advice ("ship them", "stop these") no longer applies to it; the page says so. */
    public record Member(InitiativeRef ref, String npv, boolean losesMoney, boolean done) {
    }
}
