package dev.tradeoff.view;

import java.util.List;

/** The value/risk matrix page: the four quadrants with their initiatives and what each calls for. */
public record MatrixView(String threshold, List<Quadrant> quadrants, List<Sentence> story) {

    /** One quadrant: its name, what it calls for, its initiatives by NPV, and the first of them to show. */
    public record Quadrant(String id, String label, String advice, List<InitiativeRef> initiatives,
            Shortlist<InitiativeRef> shortlist) {
    }
}
