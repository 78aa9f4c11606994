package dev.tradeoff.view;

import java.util.List;

/**
 * The scalability page: growth, capacity, the breach quarter and the latest starts of scalability
 * work, the latest first (then by id), all of them and the first few for the brief, with how many
 * of those left out start too late. {@code trend} is the growth in words ("growing 5% a quarter",
 * "not growing", "shrinking 2% a quarter"); {@code growth} the bare rate.
 */
public record ScaleView(String metric, String unit, String growth, String trend, String capacity, String headroom,
        String limit, String latest, String breachQuarter, List<Start> starts, List<Sentence> story,
        Shortlist<Start> latestFirst, int lateNotShown) {

    /** A scalability initiative: when it must start, when it starts, and how late that is. */
    public record Start(InitiativeRef initiative, String start, String latestStart, int lateBy, boolean late) {
    }
}
