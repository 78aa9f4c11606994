package dev.tradeoff.view;

import java.util.List;

/**
 * The platform signals page: the five indicators, their series, and the overall platform priority
 * ({@code unknown} when no indicator has a series, although portfolio.json says {@code low} then),
 * and the {@code rule} that sets each status, in words, so that "watch" beside "21% worse" explains itself.
 */
public record SignalsView(String priority, String rule, List<Indicator> indicators, List<Sentence> story) {

    /**
     * One indicator: status, change (its largest worsening in words: "12% worse"), series, the
     * initiatives that address it (in id order, and the ones that spend most on it first, to show),
     * and whether it acts while no initiative addresses it.
     */
    public record Indicator(String id, String label, String status, String change, List<Series> series,
            List<InitiativeRef> addressedBy, Shortlist<InitiativeRef> addressedByShortlist, boolean unaddressed) {
    }

    /**
     * One metric series with its sparkline (a chart path relative to the site root) and its change
     * from first to latest in words ("41% better", "16 worse").
     */
    public record Series(String metric, String unit, String better, String first, String latest, String threshold,
            String change, String status, String sparkline) {
    }
}
