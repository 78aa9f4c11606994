package dev.tradeoff.view;

import java.util.List;

/**
 * The platform signals page: the five indicators, their series, and the overall platform priority
 * ({@code unknown} when no indicator has a series, although portfolio.json says {@code low} then).
 */
public record SignalsView(String priority, List<Indicator> indicators, List<Sentence> story) {

    /**
     * One indicator: status, worsening, series, the initiatives that address it (in id order, and the
     * ones that spend most on it first, to show), and whether it acts while no initiative addresses it.
     */
    public record Indicator(String id, String label, String status, String worsening, List<Series> series,
            List<InitiativeRef> addressedBy, Shortlist<InitiativeRef> addressedByShortlist, boolean unaddressed) {
    }

    /** One metric series with its sparkline (a chart path relative to the site root). */
    public record Series(String metric, String unit, String better, String first, String latest, String threshold,
            String worsening, String status, String sparkline) {
    }
}
