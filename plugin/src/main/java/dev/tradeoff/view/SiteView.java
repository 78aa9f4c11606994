package dev.tradeoff.view;

import java.util.List;
import java.util.Map;

/**
 * The complete view of one site: everything the templates show, formatted and ordered.
 * {@code initiatives} are in id order, {@code byTitle} the same by title (for the index a reader
 * looks one up in), {@code roadmap} by start, then id (the roadmap chart's order), {@code ranked}
 * the non-dropped ones by NPV, highest first, and {@code largestNpv} the shortlist of them whose
 * NPV weighs most either way, for the brief. {@code roadmapFrom} is the earliest start when work
 * began before the plan (the roadmap chart then starts there), else null.
 * {@code pages} are the user's pages in the site's order, {@code pageNavigation} the few of them
 * the navigation bar names. One view per analysis page; {@code scale} is null without
 * {@code scale.yaml}. {@code discounted} is false when the discount rate is exactly 0, whatever
 * {@code discountRate} writes (a rate of 0.0001 is written "0%" but still discounts): pages then
 * say "not discounted" instead of "discounted at 0% a year".
 */
public record SiteView(
        String organization,
        String currency,
        String planStart,
        String planEnd,
        String planPeriod,
        int horizon,
        String discountRate,
        boolean discounted,
        String costPerPersonMonth,
        TotalsView totals,
        List<Sentence> verdict,
        List<Sentence> recommendations,
        List<InitiativeView> initiatives,
        List<InitiativeView> byTitle,
        List<InitiativeView> roadmap,
        String roadmapFrom,
        List<InitiativeView> ranked,
        Shortlist<InitiativeView> largestNpv,
        List<PageView> pages,
        PageNavigation pageNavigation,
        MatrixView matrix,
        AllocationView allocation,
        SequencingView sequencing,
        OkrView okrs,
        SignalsView signals,
        PlatformProductView platformProduct,
        ScaleView scale,
        TeamsView teams,
        Map<String, Object> extensions) {
}
