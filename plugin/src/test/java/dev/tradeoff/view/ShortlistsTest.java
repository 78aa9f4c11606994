package dev.tradeoff.view;

import static dev.tradeoff.testing.Portfolios.initiative;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.render.TemplateEngine;
import dev.tradeoff.testing.Portfolios;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the brief and the section pages show of lists that grow with the portfolio: the first ten in
 * a stated order and how many more, while the complete lists stay in the view. Portfolios without
 * discounting, from 2027-Q1 over 12 quarters at $10k a person-month.
 */
class ShortlistsTest {

    /** No user templates: the brief is the default theme's. */
    @TempDir
    Path noTemplates;

    private static SiteView view(Portfolios portfolios) {
        return new SiteViewBuilder(1).build(portfolios.analyse());
    }

    private static String name(int k) {
        return String.format("i%02d", k);
    }

    @Test
    void eachQuadrantListsWorkStillToDecideOnFirstAndTheOneToStopLeadsWithItsLargestLoss() {
        // Scored high on value: "big" gains most, "past" more but is done. Low on both: "sink" loses
        // $100k, "small" $10k, "gem" gains; "old" is done.
        SiteView view = view(Portfolios.plan()
                .with(initiative("big").matrix(8, 8).benefit("50k", 0))
                .with(initiative("past").status(dev.tradeoff.model.Status.DONE).start("2026-Q1").matrix(8, 8)
                        .benefit("90k", 0))
                .with(initiative("mid").matrix(8, 8).benefit("10k", 0))
                .with(initiative("sink").matrix(2, 2).effort(10))
                .with(initiative("small").matrix(2, 2).effort(1))
                .with(initiative("gem").matrix(2, 2).benefit("5k", 0))
                .with(initiative("old").status(dev.tradeoff.model.Status.DONE).start("2026-Q1").matrix(2, 2).effort(30)));

        assertThat(members(view, "invest-both")).containsExactly("big", "mid", "past");
        assertThat(members(view, "deprioritize")).containsExactly("sink", "small", "gem", "old");
    }

    private static List<String> members(SiteView view, String quadrant) {
        return view.matrix().quadrants().stream().filter(q -> q.id().equals(quadrant)).findFirst().orElseThrow()
                .initiatives().stream().map(member -> member.ref().id()).toList();
    }

    @Test
    void aShortlistShowsTheFirstTenAndCountsTheRest() {
        List<Integer> twelve = IntStream.rangeClosed(1, 12).boxed().toList();

        assertThat(Shortlist.of(twelve).items()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(Shortlist.of(twelve).more()).isEqualTo(2);
        assertThat(Shortlist.of(twelve).total()).isEqualTo(12);
        assertThat(Shortlist.of(List.of(1, 2, 3)).items()).containsExactly(1, 2, 3);
        assertThat(Shortlist.of(List.of(1, 2, 3)).more()).isZero();
    }

    /**
     * Eleven products i01 … i11, i{k} earning k × $10k a quarter from 2027-Q2 for 11 quarters (NPV
     * k × $110k, nothing spent), and "loss", $1M of effort in 2027-Q1 and no benefit (NPV −$1M).
     * By size either way: i11 $1.21M, i10 $1.1M, loss $1M, i09 $990k, …, i03 $330k; i01 and i02 are
     * left out. Shown highest NPV first, so the loss comes last.
     */
    @Test
    void theBriefShowsTheInitiativesWhoseNpvWeighsMostEitherWay() {
        Portfolios plan = Portfolios.plan().with(initiative("loss").effort(100));
        for (int k = 1; k <= 11; k++) {
            plan.with(initiative(name(k)).benefit(k * 10 + "k", 0));
        }

        Shortlist<InitiativeView> largest = view(plan).largestNpv();

        assertThat(largest.items()).extracting(InitiativeView::id).containsExactly(
                "i11", "i10", "i09", "i08", "i07", "i06", "i05", "i04", "i03", "loss");
        assertThat(largest.items().get(0).npv()).isEqualTo("$1,210,000");
        assertThat(largest.items().get(9).npv()).isEqualTo("−$1,000,000");
        assertThat(largest.more()).isEqualTo(2);
    }

    /** Twelve initiatives address outages, i{k} with k × 10 person-months ($100k × k spent). */
    @Test
    void anIndicatorShowsTheInitiativesThatSpendMostOnIt() {
        Portfolios plan = Portfolios.plan().signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20);
        for (int k = 1; k <= 12; k++) {
            plan.with(initiative(name(k)).platform().effort(10 * k).addresses("outages"));
        }

        SignalsView.Indicator outages = view(plan).signals().indicators().get(1);

        assertThat(outages.id()).isEqualTo("outages");
        assertThat(outages.addressedByShortlist().items()).extracting(InitiativeRef::id).containsExactly(
                "i12", "i11", "i10", "i09", "i08", "i07", "i06", "i05", "i04", "i03");
        assertThat(outages.addressedByShortlist().more()).isEqualTo(2);
        assertThat(outages.addressedBy()).extracting(InitiativeRef::id).hasSize(12).startsWith("i01", "i02");
    }

    @Test
    void withoutAnySeriesThePlatformPriorityIsUnknownOnThePage() {
        assertThat(view(Portfolios.plan()).signals().priority()).isEqualTo("unknown");
        assertThat(view(Portfolios.plan().signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 10))
                .signals().priority()).isEqualTo("low");
    }

    /**
     * Teams of 1, 2, 0 and 0 people (2.4, 4.8, 0 and 0 pm a quarter); the first three own 6 pm each
     * in 2027-Q1: peaks of 250%, 125% and none. The table and the shortlist both put first the team
     * with work and no people (none of its work can happen), then the most loaded, and last the
     * team with neither people nor work, whatever the order written.
     */
    @Test
    void theTeamsShortlistPutsTheMostLoadedFirst() {
        SiteView view = view(Portfolios.plan()
                .team("small", "Small", 1).team("big", "Big", 2).team("empty", "Empty", 0).team("idle", "Idle", 0)
                .with(initiative("a").owner("small").effort(6))
                .with(initiative("b").owner("big").effort(6))
                .with(initiative("c").owner("empty").effort(6)));

        assertThat(view.teams().teams())
                .extracting(TeamsView.Team::id, TeamsView.Team::peakUtilisation, TeamsView.Team::unstaffed)
                .containsExactly(tuple("empty", "—", true), tuple("small", "250%", false), tuple("big", "125%", false),
                        tuple("idle", "—", false));
        assertThat(view.teams().mostLoaded().items()).containsExactlyElementsOf(view.teams().teams());
    }

    @Test
    void theTeamsTableIsMostLoadedFirstWhenWrittenTheOtherWay() {
        SiteView view = view(Portfolios.plan()
                .team("idle", "Idle", 0).team("big", "Big", 2).team("small", "Small", 1).team("empty", "Empty", 0)
                .with(initiative("a").owner("small").effort(6))
                .with(initiative("b").owner("big").effort(6))
                .with(initiative("c").owner("empty").effort(6)));

        assertThat(view.teams().teams()).extracting(TeamsView.Team::id)
                .containsExactly("empty", "small", "big", "idle");
    }

    /**
     * Load reaches 80% of capacity in 2027-Q3 (400 in 2026-Q3, 500 in 2026-Q4, growing 25% a
     * quarter: 625, 781, then 977 ≥ 800 in 2027-Q3), so one quarter of scalability work must start
     * by 2027-Q2. i{k} takes one quarter from 2027-Q1 + (k mod 4) quarters: k mod 4 = 0 or 1 is on
     * time, 2 is one quarter late, 3 two. Late by 2: i03, i07, i11; by 1: i02, i06, i10; on time:
     * i01, i04, i05, i08, i09, i12. The table and the brief's shortlist: most late first, then by id.
     */
    @Test
    void theLatestStartsTableIsTheBriefsOrderAndSaysHowManyLateItLeftOut() throws IOException {
        Portfolios plan = Portfolios.plan().scale(1000, 0.8, 0.25, "2026-Q3", 400, 500);
        String[] starts = {"2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"};
        for (int k = 1; k <= 12; k++) {
            plan.with(initiative(name(k)).start(starts[k % 4]).addresses("scalability"));
        }

        ScaleView scale = view(plan).scale();

        assertThat(scale.breachQuarter()).isEqualTo("2027-Q3");
        assertThat(scale.starts()).extracting(start -> start.initiative().id(), ScaleView.Start::lateBy)
                .containsExactly(tuple("i03", 2), tuple("i07", 2), tuple("i11", 2),
                        tuple("i02", 1), tuple("i06", 1), tuple("i10", 1),
                        tuple("i01", 0), tuple("i04", 0), tuple("i05", 0), tuple("i08", 0), tuple("i09", 0),
                        tuple("i12", 0));
        assertThat(scale.latestFirst().items()).containsExactlyElementsOf(scale.starts().subList(0, 10));
        assertThat(scale.latestFirst().more()).isEqualTo(2);
        assertThat(scale.lateNotShown()).isZero();
        assertThat(brief(view(plan))).contains(
                "\n… and 2 more scalability initiatives, all on time: see [the scalability page](../site/scale.html).\n");
    }

    /**
     * The same breach; i{k} for k = 1 … 12 starts in 2027-Q3 and takes k quarters, so it had to
     * start by 2027-Q3 − k and is k quarters late; "early" takes one quarter from 2027-Q1, on time.
     * The shortlist shows the ten latest (12 … 3 quarters late) and leaves out three, two of them
     * late: the two the findings count as "… and 2 more … start too late".
     */
    @Test
    void theLateLeftOutOfTheLatestStartsAreCounted() throws IOException {
        Portfolios plan = Portfolios.plan().scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .with(initiative("early").addresses("scalability"));
        for (int k = 1; k <= 12; k++) {
            plan.with(initiative(name(k)).start("2027-Q3").duration(k).addresses("scalability"));
        }

        ScaleView scale = view(plan).scale();

        assertThat(scale.starts()).extracting(ScaleView.Start::lateBy)
                .containsExactly(12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(scale.starts()).last().extracting(start -> start.initiative().id()).isEqualTo("early");
        assertThat(scale.latestFirst().more()).isEqualTo(3);
        assertThat(scale.lateNotShown()).isEqualTo(2);
        assertThat(brief(view(plan)))
                .contains("\n- 12 of the 13 initiatives that address scalability land after the breach,")
                .contains("\n… and 3 more scalability initiatives, 2 of them late: see [the scalability page]"
                        + "(../site/scale.html).\n");
    }

    private String brief(SiteView view) throws IOException {
        return new TemplateEngine(noTemplates).render("brief.md.ftl", Map.of("site", view));
    }

    /**
     * A platform with no owner speeds up "cheap" ($50k of delay a quarter, 20%) and "dear" ($100k,
     * 20%), both one quarter of 10 person-months at $10k, owned by a stream-aligned team: worth
     * 0.2 × (10 × 10k + 1 × 50k) = $30k and 0.2 × (100k + 100k) = $40k, the larger first.
     */
    @Test
    void unownedPlatformSpeedupsComeWorthMostFirst() {
        SiteView view = view(Portfolios.plan().team("shop", "Shop", 5)
                .with(initiative("core").platform().enables("cheap", 0.2).enables("dear", 0.2))
                .with(initiative("cheap").owner("shop").effort(10).costOfDelay("50k"))
                .with(initiative("dear").owner("shop").effort(10).costOfDelay("100k")));

        assertThat(view.teams().unownedPlatformDependencies())
                .extracting(dependency -> dependency.product().id(), TeamsView.Dependency::speedup,
                        TeamsView.Dependency::worth)
                .containsExactly(tuple("dear", "20%", "$40,000"), tuple("cheap", "20%", "$30,000"));
    }
}
