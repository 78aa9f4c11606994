package dev.tradeoff.view;

import java.util.List;
import java.util.Map;

/**
 * The complete view of one site: everything the templates show, formatted and ordered.
 * {@code initiatives} are in id order, {@code ranked} the non-dropped ones by NPV, highest first.
 */
public record SiteView(
        String organization,
        String currency,
        String planStart,
        String planEnd,
        int horizon,
        String discountRate,
        String costPerPersonMonth,
        TotalsView totals,
        List<Sentence> verdict,
        List<Sentence> recommendations,
        List<InitiativeView> initiatives,
        List<InitiativeView> ranked,
        List<PageView> pages,
        Map<String, Object> extensions) {
}
