package dev.tradeoff.view;

import java.util.List;
import java.util.Map;

/**
 * One initiative as pages and briefs show it: every figure already formatted ("—" when it has
 * none; {@code payback} says "not needed", "beyond the plan" or "never" when it has no quarter), the summary
 * as safe HTML and as inert Markdown for the brief, relations as links, and its story as sentences.
 * {@code enablesPlannedWork}: it enables a product that is not dropped, so its enablement value is
 * worth showing. {@code owner} is its team's name; {@code addresses} what it addresses as the signals
 * and scalability pages name them ("Maintenance burden", "Scalability"), in the order written.
 * {@code costOfDelaySource} says whether the cost of delay was estimated in the file or is SPEC's
 * default, the benefits at full rate. Done work can no longer be delayed: its {@code costOfDelay}
 * and {@code cd3} are "—" (portfolio.json keeps SPEC's figures) and {@code costOfDelaySource} says why.
 */
public record InitiativeView(
        String id,
        String title,
        String kind,
        String status,
        String owner,
        String start,
        String end,
        String goLive,
        int duration,
        String effort,
        boolean dropped,
        String npv,
        boolean npvNegative,
        String pvBenefits,
        String pvCosts,
        String roi,
        String payback,
        String costOfDelay,
        String costOfDelaySource,
        String cd3,
        String quadrant,
        String enablementValue,
        boolean enablesPlannedWork,
        String value,
        String riskReduction,
        List<String> tags,
        List<Link> links,
        String summaryHtml,
        String summaryMarkdown,
        List<KeyResultRef> keyResults,
        List<Related> enables,
        List<Related> enabledBy,
        List<String> addresses,
        List<Sentence> story,
        String chart,
        List<CashFlowRow> cashFlows,
        Map<String, Object> extensions) {

    /** When it is built: "in 2026-Q2" for one quarter, "2026-Q2 to 2026-Q4" for more. */
    public String period() {
        return start.equals(end) ? "in " + start : span(start, end);
    }

    /** "2027-Q1 to 2029-Q4", or just "2027-Q1" when the two are one quarter. */
    static String span(String first, String last) {
        return first.equals(last) ? first : first + " to " + last;
    }

    /** This initiative's page in {@code initiatives/}. */
    public String page() {
        return PageName.of(id);
    }
}
