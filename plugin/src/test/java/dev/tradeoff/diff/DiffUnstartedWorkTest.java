package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.render.output.MemoryOutput;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Work that has not started, moved before the plan's start: SPEC.md counts the quarters before the
 * plan as already spent, so its cost there leaves every figure and the NPV rises by work nobody has
 * done. The diff must say so, not call it a gain. Plan of {@link StrategyFiles}: from 2027-Q1, 8
 * quarters, 10k a person-month.
 */
class DiffUnstartedWorkTest {

    /** Reporting (proposed, 2027-Q3 × 2, effort 20, revenue 20k) with a one-off cost of 30k. */
    private static StrategyFiles reporting(String status, String start) {
        return StrategyFiles.base()
                .edit("initiatives/reporting.yaml", "status: proposed\n", "status: " + status + "\n")
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: " + start + "\n")
                .edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 20\noneOffCost: 30k\n");
    }

    @Test
    void aProposedStartMovedBeforeThePlanIsAWarningNotAGain() throws Exception {
        // Reporting moves from 2027-Q3 to 2026-Q4, 3 quarters earlier (delay −3 × 20k = −$60k), 2 of them
        // within the plan: the verdict counts $40k saved, and leaves its start before the plan to the
        // warning, which says it (not "check that the work really started then": it has not). Its
        // builds are 2026-Q4 and 2027-Q1: the first is before the plan, 20 × 10k / 2 = 100k of build,
        // and with it the one-off 30k of its first quarter: $130k left out. NPV, with d(k) = 1.1^(−k/4):
        // before −(130k d3 + 100k d4) + 20k (d5 + … + d8); after −100k d1 + 20k (d2 + … + d8);
        // the difference 130k d3 + 100k d4 − 100k d1 + 20k (d2 + d3 + d4) = 121.0k + 90.9k − 97.6k
        // + 55.9k = +$170k.
        DiffResult result = Diffs.compare(reporting("proposed", "2027-Q3"), reporting("proposed", "2026-Q4"));

        String md = Diffs.markdown(result);

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $170k and saves $40k in delay by starting"
                + " Reporting 2 quarters earlier within the plan. Warning: Reporting has not started (proposed) but now"
                + " starts in 2026-Q4, before the plan's start in 2027-Q1, so its 1 quarter of work before the plan counts"
                + " as already spent: this takes $130k of build and one-off cost (undiscounted) out of the figures, and the"
                + " NPV gain is not real until that work is done.");
        assertThat(md).contains("| Reporting (`reporting`) | 2027-Q3 → 2026-Q4 | 3 quarters earlier (1 before the plan) | −$60k |\n")
                .contains("| Unstarted work counted as spent (undiscounted) | — | 1 initiative | +$130k |\n")
                .contains("### Unstarted work counted as already spent\n")
                .contains("| Reporting (`reporting`) | proposed | 2026-Q4 (plan from 2027-Q1) | 0 → 1 | $0 → $130k |\n");
        JsonNode work = new ObjectMapper().readTree(DiffJson.write(result)).get("unstartedWorkBeforePlan");
        assertThat(work).hasSize(1);
        assertThat(work.get(0).get("id").asText()).isEqualTo("reporting");
        assertThat(work.get(0).get("planStart").asText()).isEqualTo("2027-Q1");
        assertThat(work.get(0).get("sunkQuartersBefore").asInt()).isZero();
        assertThat(work.get(0).get("sunkQuartersAfter").asInt()).isEqualTo(1);
        assertThat(work.get(0).get("sunkCostBefore").asDouble()).isZero();
        assertThat(work.get(0).get("sunkCostAfter").asDouble()).isEqualTo(130_000);
    }

    @Test
    void aProposedStartMovedWhollyBeforeThePlanSavesNoDelayAndIsLeftToTheWarning() throws Exception {
        // Reporting moves from the plan's start, 2027-Q1, back to 2026-Q3: 2 quarters earlier (delay
        // −2 × 20k = −$40k in the schedule shifts), none of them within the plan, so no saving; the
        // warning says where it starts, and the verdict does not say it again.
        DiffResult result = Diffs.compare(reporting("proposed", "2027-Q1"), reporting("proposed", "2026-Q3"));

        String md = Diffs.markdown(result);

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $261k. Warning: Reporting has not started"
                + " (proposed) but now starts in 2026-Q3, before the plan's start in 2027-Q1, so its 2 quarters of work"
                + " before the plan count as already spent: this takes $230k of build and one-off cost (undiscounted) out"
                + " of the figures, and the NPV gain is not real until that work is done.");
        assertThat(md).contains("| Reporting (`reporting`) | 2027-Q1 → 2026-Q3 | 2 quarters earlier (2 before the plan) | −$40k |\n");
    }

    @Test
    void theHtmlPageShowsTheWarningAndTheWork() throws Exception {
        DiffResult result = Diffs.compare(reporting("proposed", "2027-Q3"), reporting("committed", "2026-Q3"));
        MemoryOutput out = new MemoryOutput();
        DiffPipeline.write(result, new DiffViewBuilder(result.currency()).build(result, List.of()), null, out);

        Document html = Jsoup.parse(out.text("diff.html"));

        // Both builds (2026-Q3 and Q4) before the plan: 2 × 100k + 30k.
        assertThat(html.select("p.verdict").text()).contains(" Warning: Reporting has not started (committed) but now"
                + " starts in 2026-Q3, before the plan's start in 2027-Q1, so its 2 quarters of work before the plan count"
                + " as already spent: this takes $230k of build and one-off cost (undiscounted) out of the figures");
        assertThat(html.select("#unstarted-work ~ div tbody tr td").eachText()).containsExactly(
                "Reporting reporting", "committed", "2026-Q3 (plan from 2027-Q1)", "0 → 2",
                "$0 → $230k");
        assertThat(html.select("#unstarted-work ~ div tbody td.bad").text()).isEqualTo("$0 → $230k");
    }

    @Test
    void workThatHasStartedBeforeThePlanIsSpentIndeed() throws Exception {
        // In progress since 2026-Q4: its first quarter is spent, and the diff has nothing to warn of.
        DiffResult result = Diffs.compare(reporting("in-progress", "2027-Q3"), reporting("in-progress", "2026-Q4"));

        String md = Diffs.markdown(result);

        assertThat(result.unstartedWorkBeforePlan()).isEmpty();
        assertThat(md).doesNotContain("Warning").doesNotContain("Unstarted work");
    }

    @Test
    void movingTheStartBackToThePlanPutsTheCostBackWithoutAWarning() throws Exception {
        String md = Diffs.markdown(Diffs.compare(reporting("proposed", "2026-Q4"), reporting("proposed", "2027-Q3")));

        assertThat(headline(md)).doesNotContain("Warning");
        assertThat(md).contains("| Unstarted work counted as spent (undiscounted) | — | 1 initiative | −$130k |\n")
                .contains("| Reporting (`reporting`) | proposed | 2027-Q3 (plan from 2027-Q1) | 1 → 0 | $130k → $0 |\n");
    }

    @Test
    void aPlanStartMovedPastUnstartedWorkIsWarnedOfToo() throws Exception {
        // The plan now starts in 2027-Q3. Checkout (committed, 2027-Q1 × 2, effort 60) is built wholly
        // before it: 2 × 30 person-months × 10k = $600k; legacy-cleanup (proposed, 2027-Q2 × 1, effort
        // 10): 1 quarter, $100k. Core platform, in progress on both sides, is spent indeed.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/core-platform.yaml", "status: committed\n", "status: in-progress\n");
        StrategyFiles head = base.copy().edit("strategy.yaml", "start: 2027-Q1\n", "start: 2027-Q3\n");

        DiffResult result = Diffs.compare(base, head);

        assertThat(result.unstartedWorkBeforePlan()).extracting(UnstartedWorkBeforePlan::id)
                .containsExactly("checkout", "legacy-cleanup");
        assertThat(headline(Diffs.markdown(result))).contains(" Warning: 2 initiatives that have not started (proposed or"
                + " committed), Checkout the largest, now start before the plan's start in 2027-Q3, so 3 quarters of their"
                + " work before the plan count as already spent: this takes $700k of build and one-off cost (undiscounted)"
                + " out of the figures");
    }

    /** The verdict line of diff.md, without its bold markers. */
    private static String headline(String md) {
        int start = md.indexOf("\n**") + 3;
        return md.substring(start, md.indexOf("**\n", start));
    }
}
