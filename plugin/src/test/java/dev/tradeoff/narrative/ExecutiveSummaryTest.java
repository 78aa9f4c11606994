package dev.tradeoff.narrative;

import static dev.tradeoff.testing.Portfolios.initiative;
import static dev.tradeoff.testing.Portfolios.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Status;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.TeamType;
import dev.tradeoff.testing.InitiativeBuilder;
import dev.tradeoff.testing.Portfolios;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The verdict and the three recommendations, on small portfolios worked out by hand (no discounting). */
class ExecutiveSummaryTest {

    /**
     * 2027-Q1 to 2028-Q4. A $1.5M product with no benefits (below the band in Q1 and Q2), a late
     * scalability platform (above the band in Q3 and Q4; load reaches 80% of capacity in 2027-Q3, it
     * should have started in 2027-Q1), and a dropped initiative that must play no part.
     */
    static Portfolio troubled() {
        return Portfolios.plan().horizon(8)
                .with(initiative("legacy").title("Legacy rewrite").duration(2).effort(150))
                .with(initiative("scaling").title("Scale the auth path").platform().start("2027-Q3").duration(2)
                        .effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr").matrix(8, 8))
                .with(initiative("old").title("Old idea").status(Status.DROPPED).effort(1000))
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();
    }

    /** One platform initiative owned by a one-person team and tied to none of the key results. */
    static Portfolio crowded() {
        return Portfolios.plan().horizon(8)
                .with(initiative("infra").title("Shared infrastructure").platform().owner("core")
                        .status(Status.IN_PROGRESS).duration(2).effort(20).benefit("100k", 0))
                .team("core", "Payments Core", 1)
                .objective("grow", 80)
                .analyse();
    }

    @Test
    void recommendsAtMostThreeLargestFirstWithALateScalabilityInitiativeOnTop() {
        // Candidates: scale (always first), rethink ($1.5M), move 30 pm ($300k), re-sequence (a
        // comparison of orders, not money the plan spends: last).
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(troubled());

        assertThat(texts(verdict.recommendations())).containsExactly(
                "Bring Scale the auth path forward by two quarters (its latest start is 2027-Q1) so it lands before load reaches 80% of capacity in 2027-Q3.",
                "Rethink Legacy rewrite: it loses $1.5M in today's money as planned.",
                "Move 30 person-months into platform work across the 2 quarters below the band, starting in 2027-Q1.");
        assertThat(verdict.recommendations()).extracting(Finding::severity)
                .containsExactly(Severity.CRITICAL, Severity.WARNING, Severity.WARNING);
    }

    /** troubled(), with the scalability initiative changed: load reaches 80% of capacity in 2027-Q3. */
    private static Portfolio lateScaling(InitiativeBuilder scaling) {
        return Portfolios.plan().horizon(8)
                .with(scaling.title("Scale the auth path").platform().effort(20).benefit("200k", 0)
                        .addresses("scalability").keyResults("grow/kr").matrix(8, 8))
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();
    }

    /** The catch-up advice for Scale the auth path when it cannot start in time (the tests below). */
    private static final String CUT_SCALING = "Cut Scale the auth path down to what can land by 2027-Q3, or add system"
            + " capacity before then: even started at once (2027-Q1) it would land two quarters after load reaches 80%"
            + " of capacity.";

    @Test
    void aScalabilityInitiativeWhoseLatestStartIsBeforeThePlanIsToBeCutNotBroughtForward() {
        // Four quarters from 2027-Q4: its latest start, 2027-Q3 − 4 = 2026-Q3, is before the plan's
        // 2027-Q1; started then it would go live in 2027-Q1 + 4 = 2028-Q1, two quarters after 2027-Q3.
        Portfolio portfolio = lateScaling(initiative("scaling").start("2027-Q4").duration(4));

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).first().isEqualTo(CUT_SCALING);
    }

    @Test
    void theCatchUpAdviceSaysWhenTheInitiativesTeamIsAlreadyOverCapacity() {
        // Payments Core: 1 person × 3 × 0.8 = 2.4 pm a quarter, against the 20 pm over four quarters
        // of scaling: 5 / 2.4 = 208% at its peak.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().owner("core").start("2027-Q4")
                        .duration(4).effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr")
                        .matrix(8, 8))
                .team("core", "Payments Core", 1)
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).first().isEqualTo(CUT_SCALING
                        + " Its team, Payments Core, already peaks at 208% of its capacity: move other work off it first.");
    }

    @Test
    void theCatchUpAdviceSaysWhenOtherScalabilityWorkLandsInTime() {
        // bridge: one quarter from 2027-Q1, live in 2027-Q2, before the breach in 2027-Q3; scaling as
        // in the test above lands two quarters after it.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().start("2027-Q4").duration(4)
                        .effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr").matrix(8, 8))
                .with(initiative("bridge").title("Bridge").platform().duration(1).effort(2)
                        .addresses("scalability"))
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).first().isEqualTo(CUT_SCALING
                        + " Bridge, which also addresses scalability, lands in time: if it holds the load until Scale"
                        + " the auth path lands, this is less urgent.");
    }

    @Test
    void scalabilityWorkAlreadyDoneIsSaidToBeDoneNotToLandInTime() {
        // bridge: done, built in 2026-Q4, live in 2027-Q1, before the breach in 2027-Q3; scaling as
        // above lands two quarters after it.
        Portfolios plan = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().start("2027-Q4").duration(4)
                        .effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr").matrix(8, 8))
                .with(initiative("bridge").title("Bridge").platform().status(Status.DONE).start("2026-Q4")
                        .duration(1).effort(2).addresses("scalability"))
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500);

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).recommendations())).first().isEqualTo(CUT_SCALING
                + " Bridge, which also addresses scalability, is done: if it holds the load until Scale the auth path"
                + " lands, this is less urgent.");
        plan.with(initiative("cache").title("Cache").platform().duration(1).effort(2).addresses("scalability"));
        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).recommendations())).first().isEqualTo(CUT_SCALING
                + " Bridge, which also addresses scalability, is done, and Cache lands in time: if they hold the load"
                + " until Scale the auth path lands, this is less urgent.");
    }

    @Test
    void scalabilityWorkInTimeThatIsDoneHasLanded() {
        Portfolios plan = Portfolios.plan().horizon(8).scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .with(initiative("one").status(Status.DONE).start("2026-Q3").duration(2).addresses("scalability"));
        String prefix = "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3; ";

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings()))
                .contains(prefix + "the one initiative that addresses scalability is done.");
        plan.with(initiative("two").duration(2).addresses("scalability"));
        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings()))
                .contains(prefix + "both initiatives that address scalability are done or planned to land in time.");
    }

    @Test
    void theCatchUpAdviceForTheLatestNamesTheOtherLateScalabilityWork() {
        // scaling lands two quarters after the breach as above; shard, two quarters from 2027-Q3, one.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().start("2027-Q4").duration(4)
                        .effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr").matrix(8, 8))
                .with(initiative("shard").title("Shard the ledger").platform().start("2027-Q3").duration(2).effort(2)
                        .addresses("scalability"))
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).first().isEqualTo(CUT_SCALING
                + " Shard the ledger lands too late as well.");
    }

    @Test
    void theCatchUpAdviceSaysNothingOfATeamWithinItsCapacity() {
        // Payments Core: 3 people × 3 × 0.8 = 7.2 pm a quarter against scaling's 5: 69% at its peak.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().owner("core").start("2027-Q4")
                        .duration(4).effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr")
                        .matrix(8, 8))
                .team("core", "Payments Core", 3)
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).first().isEqualTo(CUT_SCALING);
    }

    @Test
    void fiveOtherLateScalabilityInitiativesAreAllNamedWithoutSendingTheReaderToThePage() {
        // scaling lands two quarters after the breach; each shard, two quarters from 2027-Q3, one.
        Portfolios plan = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().start("2027-Q4").duration(4)
                        .effort(20).benefit("200k", 0).addresses("scalability").keyResults("grow/kr").matrix(8, 8))
                .objective("grow", 50)
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500);
        for (String shard : List.of("a", "b", "c", "d", "e")) {
            plan.with(initiative("shard-" + shard).title("Shard " + shard).platform().start("2027-Q3").duration(2)
                    .effort(2).addresses("scalability"));
        }

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).recommendations())).first().isEqualTo(CUT_SCALING
                + " Shard a, Shard b, Shard c, Shard d and Shard e land too late as well.");
    }

    @Test
    void aScalabilityInitiativeUnderWayCannotBeBroughtForward() {
        // In progress since 2027-Q2 for two quarters: live in 2027-Q4, one quarter after 2027-Q3.
        Portfolio portfolio = lateScaling(initiative("scaling").status(Status.IN_PROGRESS).start("2027-Q2").duration(2));

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).first().isEqualTo(
                "Add system capacity before 2027-Q3 or cut Scale the auth path down to what can land by then:"
                        + " started in 2027-Q2, it lands one quarter after load reaches 80% of capacity.");
    }

    @Test
    void theVerdictWordsFlatOrShrinkingLoadWithoutAGrowthOfZeroOrLess() {
        Portfolio flat = Portfolios.plan().scale(100, 0.8, 0.0, "2026-Q1", 70, 82, 85).analyse();
        Portfolio shrinking = Portfolios.plan().scale(100, 0.8, -0.02, "2026-Q1", 70, 82, 85).analyse();

        assertThat(texts(new ExecutiveSummary().tell(flat).findings())).contains("System load has been past 80% of capacity"
                + " since 2026-Q2, before the plan begins (not growing), and no initiative addresses scalability.");
        assertThat(texts(new ExecutiveSummary().tell(shrinking).findings())).contains("System load has been past 80% of"
                + " capacity since 2026-Q2, before the plan begins (shrinking 2% a quarter), and no initiative addresses"
                + " scalability.");
    }

    /** Load of 70, 82, 85 from 2026-Q1 against 100 × 0.8 = 80: past the limit since 2026-Q2, before the plan. */
    private static Portfolio pastTheLimit(InitiativeBuilder... scaling) {
        Portfolios plan = Portfolios.plan().scale(100, 0.8, 0.1, "2026-Q1", 70, 82, 85);
        for (InitiativeBuilder initiative : scaling) {
            plan.with(initiative.addresses("scalability"));
        }
        return plan.analyse();
    }

    @Test
    void theVerdictSaysWhenLoadIsAlreadyOverCapacity() {
        // 900, 950, 1,100 from 2026-Q2 against 1,000 × 0.8 = 800: over capacity itself since 2026-Q4.
        // Bridge, committed for 2027-Q2 for two quarters, had to start by 2025-Q4; started at once
        // (2027-Q1) it would land in 2027-Q3.
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(Portfolios.plan()
                .with(initiative("bridge").title("Bridge").start("2027-Q2").duration(2).addresses("scalability"))
                .scale(1000, 0.8, 0.1, "2026-Q2", 900, 950, 1100)
                .analyse());

        assertThat(texts(verdict.findings())).contains("System load has been past 80% of capacity since 2026-Q2 and over"
                + " capacity since 2026-Q4, before the plan begins (growing 10% a quarter), and Bridge, which addresses"
                + " scalability, starts six quarters too late to land before then.");
        assertThat(texts(verdict.recommendations())).first().isEqualTo("Add system capacity now and cut Bridge down to what"
                + " can land first: even started at once (2027-Q1) it would land only in 2027-Q3, and load has been"
                + " past 80% of capacity since 2026-Q2 and over capacity since 2026-Q4.");
    }

    @Test
    void aBreachBeforeThePlanIsSaidToHaveHappenedAndCapacityIsToBeAddedNow() {
        // In progress since 2026-Q2 for four quarters: had to start by 2025-Q2, four late; lands in 2027-Q2.
        ExecutiveSummary.Verdict underWay = new ExecutiveSummary().tell(pastTheLimit(initiative("migration")
                .title("Migration").status(Status.IN_PROGRESS).start("2026-Q2").duration(4)));
        // Committed for 2027-Q2, two quarters: had to start by 2025-Q4, six late; started at once
        // (2027-Q1) it would land in 2027-Q3.
        ExecutiveSummary.Verdict planned = new ExecutiveSummary().tell(pastTheLimit(initiative("bridge")
                .title("Bridge").start("2027-Q2").duration(2)));

        assertThat(texts(underWay.findings())).contains("System load has been past 80% of capacity since 2026-Q2, before the"
                + " plan begins (growing 10% a quarter), and Migration, which addresses scalability, started four"
                + " quarters too late to land before then.");
        assertThat(texts(underWay.recommendations())).first().isEqualTo("Add system capacity now and cut Migration down to"
                + " what can land first: started in 2026-Q2, it lands only in 2027-Q2, and load has been past 80% of"
                + " capacity since 2026-Q2.");
        assertThat(texts(planned.recommendations())).first().isEqualTo("Add system capacity now and cut Bridge down to what"
                + " can land first: even started at once (2027-Q1) it would land only in 2027-Q3, and load has been"
                + " past 80% of capacity since 2026-Q2.");
        assertThat(texts(new ExecutiveSummary().tell(pastTheLimit()).findings())).contains("System load has been past 80%"
                + " of capacity since 2026-Q2, before the plan begins (growing 10% a quarter), and no initiative"
                + " addresses scalability.");
        // Done in 2025-Q3, live in 2025-Q4, before the breach: in time, yet load is past the limit.
        ExecutiveSummary.Verdict done = new ExecutiveSummary().tell(pastTheLimit(initiative("early")
                .status(Status.DONE).start("2025-Q3")));
        assertThat(done.findings()).filteredOn(finding -> finding.topic().equals("scale")).singleElement()
                .extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(texts(done.findings())).contains("System load has been past 80% of capacity since 2026-Q2, before the"
                + " plan begins (growing 10% a quarter); the one initiative that addresses scalability landed before"
                + " then.");
    }

    @Test
    void aLateScalabilityInitiativeUnderWayIsSaidToHaveStartedTooLate() {
        // In progress since 2027-Q2 for two quarters; load reaches 80% of capacity in 2027-Q3.
        Portfolio portfolio = lateScaling(initiative("scaling").status(Status.IN_PROGRESS).start("2027-Q2").duration(2));

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains("At 25% growth a quarter, system load"
                + " reaches 80% of capacity in 2027-Q3, and Scale the auth path, which addresses scalability, started"
                + " one quarter too late to land before then.");
    }

    @Test
    void whenEveryScalabilityInitiativeIsLateTheVerdictSaysBothOrAll() {
        // Breach in 2027-Q3; two quarters of work must start by 2027-Q1. "late" starts in 2027-Q3 (two
        // late), "later" in 2027-Q4 (three), "under-way" started in 2027-Q2 (one).
        Portfolios plan = Portfolios.plan().horizon(8)
                .with(initiative("late").duration(2).start("2027-Q3").addresses("scalability"))
                .with(initiative("later").duration(2).start("2027-Q4").addresses("scalability"))
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500);
        String breach = "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and ";

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings())).contains(breach
                + "both initiatives that address scalability start too late to land before then, by up to three quarters.");
        plan.with(initiative("under-way").status(Status.IN_PROGRESS).duration(2).start("2027-Q2").addresses("scalability"));
        // Some planned, one under way: neither "start" nor "started" fits them all.
        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings())).contains(breach
                + "all 3 initiatives that address scalability are too late to land before then, by up to three quarters.");
    }

    @Test
    void theRethinkAdviceNamesTheNextLossesAfterTheWorst() {
        // Work with no benefits loses its cost: 40 pm × 10k = $400k, then $300k, $200k and $100k.
        Portfolio four = Portfolios.plan()
                .with(initiative("a").title("Sink A").effort(40))
                .with(initiative("b").title("Sink B").effort(30))
                .with(initiative("c").title("Sink C").effort(20))
                .with(initiative("d").title("Sink D").effort(10))
                .analyse();
        Portfolio two = Portfolios.plan()
                .with(initiative("a").title("Sink A").effort(40))
                .with(initiative("b").title("Sink B").effort(30))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(four).recommendations())).contains("Rethink Sink A: it loses"
                + " $400k in today's money as planned. Sink B (NPV −$300k), Sink C (NPV −$200k) and 1 more lose money as planned too.");
        assertThat(texts(new ExecutiveSummary().tell(two).recommendations())).contains("Rethink Sink A: it loses"
                + " $400k in today's money as planned. Sink B (NPV −$300k) loses money as planned too.");
    }

    @Test
    void productsPlannedToStartBeforeThePlatformThatSpeedsThemUpGoesLiveAreSaid() {
        // core builds 2027-Q1 to Q4 and goes live in 2028-Q1. app starts before, later after it; busy
        // is under way already: starting later is no longer open to it.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().duration(4).effort(20)
                        .enables("app", 0.2).enables("later", 0.2).enables("busy", 0.2))
                .with(initiative("app").status(Status.COMMITTED).start("2027-Q2").effort(10).benefit("50k", 0))
                .with(initiative("later").start("2028-Q1").effort(10).benefit("50k", 0))
                .with(initiative("busy").status(Status.IN_PROGRESS).start("2027-Q1").effort(10).benefit("50k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains("1 product yet to start is planned"
                + " to begin before the platform work that speeds it up goes live, so it would get none of its speed-up:"
                + " Title of app (from 2027-Q2; Title of core goes live in 2028-Q1). Start it after the platform work"
                + " goes live, or land it sooner.");
    }

    @Test
    void platformWorkThatGoesLiveAfterThePlanIsToLandWithinItNotToBeWaitedFor() {
        // 2027-Q1 to 2028-Q4: core builds for eight quarters and goes live in 2029-Q1, after the plan;
        // starting shop after that would push it out of the plan too.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("core").title("Core platform").platform().duration(8).effort(20).enables("shop", 0.2))
                .with(initiative("shop").title("Shop").status(Status.COMMITTED).duration(2).effort(10).benefit("50k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains("1 product yet to start is planned"
                + " to begin before the platform work that speeds it up goes live, so it would get none of its speed-up:"
                + " Shop (from 2027-Q1; Core platform goes live in 2029-Q1). That platform work goes live only after the"
                + " plan ends in 2028-Q4: land it within the plan, and start it once it is live.");
    }

    @Test
    void lateWorkThatOneMoreHorizonWouldNotPayBackIsToBeRethought() {
        // 2027-Q1 to 2028-Q4, no discounting. Core platform: $2M over eight quarters, live in 2029-Q1,
        // after the plan; eight more quarters at $10k bring $80k, far short of its $2M loss.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("core").title("Core platform").platform().duration(8).effort(200).benefit("10k", 0)
                        .matrix(7, 8))
                .analyse();
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(texts(verdict.recommendations())).contains("Rethink Core platform: it loses $2M in today's money as planned.");
        assertThat(texts(verdict.findings())).noneMatch(text -> text.contains("understates"));
        assertThat(texts(new SectionStories(portfolio).matrix())).contains("1 initiative scored high on value loses money"
                + " as planned (Core platform, NPV −$2M): check the scores or the plan before funding it first.");
        assertThat(texts(new InitiativeStory(portfolio.strategy().plan(), Portfolios.byId(portfolio))
                .tell(Portfolios.figures(portfolio, "core")))).contains("Goes live in 2029-Q1, after the plan ends in"
                + " 2028-Q4, so none of its benefits counts here; but even eight quarters more at its full benefits"
                + " would not recover its loss.");
    }

    @Test
    void workLiveInThePlanThatOneMoreHorizonWouldPayBackIsUnderstatedNotToBeRethought() {
        // 2027-Q1 to 2027-Q4, no discounting. App: $1M over two quarters, live in 2027-Q3 at $400k a
        // quarter: −$1M + 2 × $400k = −$200k in the plan; one more quarter after it pays it back.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("app").title("App").duration(2).effort(100).benefit("400k", 0).matrix(8, 3))
                .analyse();
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(texts(verdict.recommendations())).noneMatch(text -> text.startsWith("Rethink App"));
        assertThat(texts(verdict.findings())).contains("App loses $200k as planned, but its NPV understates it: it goes"
                + " live in 2027-Q3, so only two quarters of its benefits count by the plan's end in 2027-Q4. Lengthen the"
                + " horizon to value it before rethinking it.");
        assertThat(texts(new SectionStories(portfolio).matrix())).contains("1 initiative scored high on value loses money"
                + " only because its benefits fall after the plan ends (App, NPV −$200k): the horizon cuts its returns"
                + " short, not the scores.");
        assertThat(texts(new InitiativeStory(portfolio.strategy().plan(), Portfolios.byId(portfolio))
                .tell(Portfolios.figures(portfolio, "app")))).contains("Goes live in 2027-Q3: only two quarters of its"
                + " benefits fall inside the plan, which ends in 2027-Q4, so its NPV understates it. Lengthen the horizon"
                + " to value it.");
    }

    @Test
    void theValueSaysHowMuchOfItComesFromDoneWork() {
        // past: done before the plan, $50k a quarter of benefits over the 12 quarters undiscounted: $600k,
        // its cost spent. open: $100k of work, $20k a quarter from 2027-Q2: $220k, so −$100k + $220k.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("past").status(Status.DONE).start("2026-Q1").duration(2).effort(40).benefit("50k", 0))
                .with(initiative("open").effort(10).benefit("20k", 0))
                .analyse();
        Portfolio noneDone = Portfolios.plan().with(initiative("open").effort(10).benefit("20k", 0)).analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings()).get(0)).isEqualTo("The portfolio adds"
                + " $720k of value in today's money, all from product work (no platform work is planned); $600k of it"
                + " comes from work already done, whose cost is already spent.");
        assertThat(texts(new ExecutiveSummary().tell(noneDone).findings()).get(0)).endsWith("all from product work (no platform work is planned).");
    }

    @Test
    void doneWorkIsNotToBeRethought() {
        // past: done, its build before the plan, $40k a quarter of run cost and no benefits in it: a
        // loss, but nothing is left to decide. sink: $100k of work still to do, the one to rethink.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("past").title("Past").status(Status.DONE).start("2026-Q1").duration(2).effort(40)
                        .runCost("40k"))
                .with(initiative("sink").title("Sink").effort(10))
                .analyse();

        assertThat(portfolio.initiatives()).filteredOn(figures -> figures.id().equals("past"))
                .singleElement().satisfies(past -> assertThat(past.npv()).isLessThan(-100_000));
        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations()))
                .contains("Rethink Sink: it loses $100k in today's money as planned.")
                .noneMatch(text -> text.contains("Rethink Past"));
    }

    @Test
    void workLosingMoneyOnlyBecauseItsBenefitsFallAfterThePlanIsNotToBeRethought() {
        // late: as in InitiativeStoryTest, −$225k with two ramping quarters of $100k a quarter in the
        // plan. sink: $100k of work and no benefits, a true loss, the one to rethink.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("late").title("Late").start("2028-Q4").duration(3).effort(30).benefit("100k", 4))
                .with(initiative("sink").title("Sink").effort(10))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(texts(verdict.findings())).contains("Late loses $225k as planned, but its NPV understates it:"
                + " it goes live in 2029-Q3 and reaches its full benefits only in 2030-Q2, after the plan ends in"
                + " 2029-Q4. Lengthen the horizon to value it before rethinking it.");
        assertThat(texts(verdict.recommendations())).contains("Rethink Sink: it loses $100k in today's money as planned.")
                .noneMatch(text -> text.contains("Late"));
    }

    @Test
    void workLiveMidPlanWhoseLossOneMoreHorizonPaysBackIsSaidToPayBackWithinTheQuartersItNeeds() {
        // 2027-Q1 to 2027-Q4. Both built in 2027-Q1 and live from 2027-Q2: three quarters of benefits in
        // the plan. slow: $400k against 3 × $80k, −$160k; two more quarters ($160k) pay it back.
        // quick: $350k against 3 × $100k, −$50k; one more quarter does.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("slow").title("Slow").duration(1).effort(40).benefit("80k", 0))
                .with(initiative("quick").title("Quick").duration(1).effort(35).benefit("100k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains("2 initiatives lose money only"
                + " because the plan ends in 2027-Q4: each would pay back its loss within another two quarters at its"
                + " full benefits, so their NPVs understate them (the largest loss as shown: Slow, \u2212$160k)."
                + " Lengthen the horizon to value them before rethinking them.");
    }

    @Test
    void severalLosingInitiativesWhoseBenefitsFallAfterThePlanAreCountedAndTheLargestLossNamed() {
        // One-quarter plan (2027-Q1): "big" ($200k) and "small" ($100k) both go live in 2027-Q2, after it.
        Portfolio portfolio = Portfolios.plan().horizon(1)
                .with(initiative("big").title("Big").effort(20).benefit("500k", 0))
                .with(initiative("small").title("Small").effort(10).benefit("500k", 0))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        // Each earns $500k a quarter at full rate from 2027-Q2: one more quarter pays back either loss.
        assertThat(texts(verdict.findings())).contains("2 initiatives lose money only because the plan ends in"
                + " 2027-Q1: each would pay back its loss within one more quarter at its full benefits, so their NPVs"
                + " understate them (the largest loss as shown: Big, \u2212$200k). Lengthen the horizon to value them"
                + " before rethinking them.");
        assertThat(texts(verdict.recommendations())).noneMatch(text -> text.startsWith("Rethink"));
        assertThat(texts(new ExecutiveSummary().tell(Portfolios.plan().horizon(1)
                .with(initiative("big").title("Big").effort(20).benefit("500k", 0)).analyse()).findings()))
                .contains("Big loses $200k as planned, but its NPV understates it: it goes live in 2027-Q2, after the"
                        + " plan ends in 2027-Q1, so none of its benefits count. Lengthen the horizon to value it before"
                        + " rethinking it.");
    }

    @Test
    void theVerdictSaysWhenPlannedWorkExceedsCapacity() {
        // 120 pm in 2027-Q1 against 100 a quarter.
        Portfolio portfolio = Portfolios.plan().capacity(100).with(initiative("big").effort(120)).analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings()))
                .contains("Planned work exceeds capacity in 2027-Q1, which needs 120% of the engineering capacity.");
    }

    @Test
    void withEveryInitiativeDroppedTheVerdictDoesNotCallTheBandKept() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("gone").status(Status.DROPPED).effort(10))
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings()))
                .contains("Nothing is planned in any quarter of the plan, so the 20%–30% platform band has nothing to measure.",
                        "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and no initiative addresses scalability.")
                .noneMatch(text -> text.contains("stays within"));
    }

    @Test
    void theVerdictCoversEachAnalysisInReadingOrder() {
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(troubled());

        assertThat(verdict.findings()).extracting(Finding::topic)
                .containsExactly("value", "signals", "band", "scale", "delay", "okrs", "okrs");
        assertThat(texts(verdict.findings())).containsExactly(
                "The portfolio costs $900k more than it returns in today's money: $600k from platform work and \u2212$1.5M from product work.",
                "Platform priority cannot be judged: none of the five indicators has data. Add their series to signals.yaml.",
                "Platform share falls below the 20%–30% band in 2 of 8 quarters and above it in 2.",
                "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and Scale the auth path, which addresses scalability, starts two quarters too late to land before then.",
                "Reordering the 2 proposed or committed initiatives by cost of delay over duration (CD3) would cut the value"
                        + " lost to waiting by $400k against the planned order: bring Scale the auth path forward, ahead of Legacy rewrite. The figure"
                        + " ranks orders of work; it is not cash in the NPV.",
                "The one objective is at risk; every key result not yet met has an initiative behind it.",
                // Scale the auth path goes live in 2028-Q1, after the objective's 2027-Q4.
                "1 key result not yet met is moved only by work that goes live after its objective is due.");
        // The one objective is at risk (50%): a warning, not good news.
        assertThat(verdict.findings()).extracting(Finding::severity).containsExactly(Severity.CRITICAL, Severity.INFO,
                Severity.WARNING, Severity.CRITICAL, Severity.WARNING, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void onlyTheProductsThatStartOnceThePlatformWorkIsLiveCountAgainstItsLoss() {
        // core: $10k of cost, live in 2027-Q2; app's half speed-up is worth $100k as above, but app
        // starts in 2027-Q1, built without it. With late (worth 0.5 × ($10k + $100k) = $55k) starting
        // in 2027-Q2, the plan gets $55k of the $155k: short of core's $200k loss in the second case.
        Portfolio tooEarly = Portfolios.plan()
                .with(initiative("core").title("Core").platform().effort(1).enables("app", 0.5))
                .with(initiative("app").title("App").effort(10).benefit("100k", 0))
                .analyse();
        Portfolio partly = Portfolios.plan()
                .with(initiative("core").title("Core").platform().effort(20).enables("app", 0.5).enables("late", 0.5))
                .with(initiative("app").title("App").effort(10).benefit("100k", 0))
                .with(initiative("late").title("Late").start("2027-Q2").effort(1).benefit("100k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(tooEarly).recommendations())).contains("Rethink Core, or the order"
                + " of the work it enables: it loses $10k in today's money as planned, and the products it would speed up"
                + " ($100k of enablement value) start before it goes live, so the plan gets none of that either.");
        assertThat(texts(new ExecutiveSummary().tell(partly).recommendations())).contains("Rethink Core, or the order"
                + " of the work it enables: it loses $200k in today's money as planned, more than the $55k it adds to the"
                + " products that start once it is live (of $155k of enablement value).");
    }

    @Test
    void platformWorkWhoseEnablementCoversItsLossIsNotToBeRethought() {
        // core: 1 pm, $10k of cost, enables app (10 pm, $100k a quarter of benefit, so of cost of delay)
        // at half: 0.5 × ($100k + $100k) = $100k, more than its loss. bus: 20 pm, $200k, enables shop
        // (2 pm) at half: 0.5 × ($20k + $100k) = $60k, short of its loss. (No discounting here.) Both
        // products start as the platform work goes live, in 2027-Q2, so they get the speed-up.
        Portfolio covered = Portfolios.plan()
                .with(initiative("core").title("Core").platform().effort(1).enables("app", 0.5))
                .with(initiative("app").title("App").start("2027-Q2").effort(10).benefit("100k", 0))
                .analyse();
        Portfolio shortOfIt = Portfolios.plan()
                .with(initiative("bus").title("Bus").platform().effort(20).enables("shop", 0.5))
                .with(initiative("shop").title("Shop").start("2027-Q2").effort(2).benefit("100k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(covered).recommendations()))
                .noneMatch(text -> text.startsWith("Rethink Core"));
        assertThat(texts(new ExecutiveSummary().tell(shortOfIt).recommendations())).contains(
                "Rethink Bus: it loses $200k in today's money as planned, more than the $60k it adds to the work it enables.");
    }

    @Test
    void reSequencingByCd3KeepsPlatformWorkAheadOfWhatItEnablesAndQuotesThatOrdersSaving() {
        // Payments core (platform, 10k a quarter over 2) enables Checkout app (90k over 1); Billing
        // 40k over 1. Plan order by start: core, app, billing: 10k × 2 + 90k × 3 + 40k × 4 = $450k.
        // CD3 order app, billing, core ($210k) starts the app before its platform; kept ahead:
        // billing (40k) before core with the app ((10k + 90k) / 3), then core, app:
        // 40k × 1 + 10k × 3 + 90k × 4 = $430k, $20k less.
        Portfolio enabled = Portfolios.plan()
                .with(initiative("core").title("Payments core").platform().duration(2).costOfDelay("10k")
                        .enables("app", 0.5))
                .with(initiative("app").title("Checkout app").start("2027-Q3").costOfDelay("90k"))
                .with(initiative("bill").title("Billing").start("2027-Q4").costOfDelay("40k"))
                .analyse();
        Portfolio independent = Portfolios.plan()
                .with(initiative("app").title("Checkout app").start("2027-Q2").costOfDelay("40k"))
                .with(initiative("core").title("Payments core").platform().costOfDelay("10k"))
                .analyse();

        assertThat(enabled.sequencing().saving()).isEqualTo(240_000.0);
        assertThat(texts(new ExecutiveSummary().tell(enabled).recommendations())).contains(
                "Re-sequence the proposed and committed initiatives by cost of delay divided by duration (CD3), keeping platform work"
                        + " ahead of what it enables: done one after another, they would lose $20k less value to delay.");
        assertThat(texts(new ExecutiveSummary().tell(enabled).findings())).contains("Reordering the 3 proposed or"
                + " committed initiatives by cost of delay over duration (CD3, platform work first) would cut the value lost"
                + " to waiting by $20k against the planned order: bring Billing forward, ahead of Payments core. Yet Billing sits"
                + " in Deprioritize, low on value and risk reduction: check it is worth doing before bringing it forward."
                + " The figure ranks orders of work;"
                + " it is not cash in the NPV.");
        assertThat(texts(new ExecutiveSummary().tell(independent).recommendations())).anyMatch(text -> text.startsWith(
                "Re-sequence the proposed and committed initiatives by cost of delay divided by duration (CD3): done one after another"));
    }

    @Test
    void whenKeepingPlatformWorkAheadSavesNothingThePlannedOrderStands() {
        // The app (40k) before the core (10k) that enables it, both from the plan's start: CD3 order and
        // plan order alike ($60k); kept ahead, core then app costs $90k.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("app").title("Checkout app").costOfDelay("40k"))
                .with(initiative("core").title("Payments core").platform().costOfDelay("10k").enables("app", 0.5))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);
        assertThat(texts(verdict.findings())).contains("The planned order of the 2 proposed or committed initiatives already"
                + " costs no more delay than the CD3 order with platform work kept ahead of what it enables.");
        assertThat(texts(verdict.recommendations())).noneMatch(text -> text.startsWith("Re-sequence"));
    }

    @Test
    void aShareThatOnlyRisesAboveTheBandIsNotSaidToFallBelowItInNoQuarter() {
        // crowded(): one platform initiative and no product work, 2027-Q1 and Q2: 100% platform, then idle.
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(crowded());

        assertThat(texts(verdict.findings())).contains("Platform share rises above the 20%–30% band in 2 of 8 quarters.");
    }

    @Test
    void droppedInitiativesTakeNoPart() {
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(troubled());

        assertThat(texts(verdict.findings())).noneMatch(text -> text.contains("Old idea"));
        assertThat(texts(verdict.recommendations())).noneMatch(text -> text.contains("Old idea"));
    }

    @Test
    void aPortfolioThatLosesMoneyIsSaidToLoseIt() {
        // "adds −$900k of value" is a double negative a board will misread; the per-initiative
        // story already says "Costs $X more than it returns" in the same situation.
        String value = texts(new ExecutiveSummary().tell(troubled()).findings()).get(0);

        assertThat(value).doesNotContain("adds \u2212").contains("$900k");
    }

    @Test
    void aTeamsExcessSaysTheQuartersItFallsIn() {
        // A capacity of 2.4 pm a quarter: 3 pm is over it, 2 pm is not.
        Team team = new Team("core", "Core", TeamType.PLATFORM, 1);
        Quarter start = Quarter.parse("2027-Q1");

        assertThat(ExecutiveSummary.overloadedQuarters(load(team, 2, 3, 2), start)).isEqualTo("in 2027-Q2");
        assertThat(ExecutiveSummary.overloadedQuarters(load(team, 3, 2, 3, 3), start))
                .isEqualTo("over 2027-Q1, 2027-Q3 and 2027-Q4");
        assertThat(ExecutiveSummary.overloadedQuarters(load(team, 3, 3, 2, 3, 3, 3), start))
                .isEqualTo("over 5 quarters between 2027-Q1 and 2028-Q2");
    }

    private static TeamLoad load(Team team, double... perQuarter) {
        return new TeamLoad(team, 2.4, Arrays.stream(perQuarter).boxed().toList(), 1.25, true);
    }

    @Test
    void overloadedTeamsAndUnalignedPlatformWorkAreRecommendedByTheMoneyAtStake() {
        // Capacity 1 × 3 × 0.8 = 2.4 pm a quarter against 10: 2 × 7.6 = 15.2 pm too many ($152k),
        // against half of the $200k platform spend with no key result ($100k).
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(crowded());

        assertThat(texts(verdict.recommendations())).containsExactly(
                "Rebalance Payments Core: 15.2 person-months of its planned work exceed what it can deliver, over 2027-Q1 and 2027-Q2.",
                "Tie Shared infrastructure to a key result: $200k of platform cost in today's money with no OKR is hard to defend to the CFO.");
        assertThat(texts(verdict.findings()))
                .contains("The one team is overloaded: Payments Core peaks at 417% of its capacity.");
    }

    @Test
    void everyOverloadedTeamIsNamedWithItsPeak() {
        // Alpha: 1 person, 1 × 3 × 0.8 = 2.4 pm a quarter against 6: 250%. Beta: 2 people, 4.8 against 6: 125%.
        Portfolio portfolio = Portfolios.plan()
                .team("beta", "Beta", 2)
                .team("alpha", "Alpha", 1)
                .with(initiative("b").owner("beta").effort(6))
                .with(initiative("a").owner("alpha").effort(6))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings()))
                .contains("Both teams are overloaded: Alpha peaks at 250% of its capacity and Beta at 125%.");
    }

    @Test
    void beyondTenOverloadedTeamsTheRestAreCounted() {
        // As SectionStoriesTest: team t{k} of five people (12 pm a quarter) owns 12 × k pm in one quarter: k × 100%.
        Portfolios plan = Portfolios.plan();
        for (int k = 2; k <= 13; k++) {
            plan.team("t" + k, "Team " + k, 5).with(initiative("i" + k).owner("t" + k).effort(12 * k));
        }

        plan.team("calm", "Calm team", 5);

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings())).contains(
                "12 teams are overloaded: Team 13 peaks at 1300% of its capacity, Team 12 at 1200%, Team 11 at 1100%,"
                        + " Team 10 at 1000%, Team 9 at 900%, Team 8 at 800%, Team 7 at 700%, Team 6 at 600%,"
                        + " Team 5 at 500%, Team 4 at 400% and 2 more.");
    }

    @Test
    void whenEveryOneOfManyTeamsIsOverloadedThatIsTheNews() {
        Portfolios plan = Portfolios.plan();
        for (int k = 2; k <= 13; k++) {
            plan.team("t" + k, "Team " + k, 5).with(initiative("i" + k).owner("t" + k).effort(12 * k));
        }

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings())).contains(
                "All 12 teams are overloaded, Team 13 most: it peaks at 1300% of its capacity.");
    }

    @Test
    void unalignedPlatformWorkWithNoSpendInThePlanIsNotRecommendedForItsZeroDollars() {
        // A one-quarter plan (2027-Q1); the gateway starts in 2027-Q2, after it: $0 of its spend is in view.
        Portfolio portfolio = Portfolios.plan().horizon(1)
                .with(initiative("gateway").title("Gateway").platform().start("2027-Q2").effort(6))
                .objective("grow", 50)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations()))
                .noneMatch(text -> text.startsWith("Tie Gateway"));
    }

    @Test
    void aTeamWithNoPeopleThatOwnsPlannedWorkIsInTheVerdictAndToBeStaffed() {
        // SectionStoriesTest.unstaffed(): 55 pm that no one can do ($550k) outweighs the largest
        // loss, Live tracking's 45 pm ($450k) with no benefits.
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(SectionStoriesTest.unstaffed());

        assertThat(texts(verdict.findings())).contains(
                "Ghost team has no people yet owns 55 person-months of planned work (Later work and Live tracking).");
        assertThat(texts(verdict.recommendations())).startsWith(
                "Staff Ghost team or move its 55 person-months of planned work (Later work and Live tracking) to a team"
                        + " with people: as planned, none of it can be delivered.",
                "Rethink Live tracking: it loses $450k in today's money as planned. Later work (NPV −$100k) loses money as planned too.");
    }

    @Test
    void aCriticalRecommendationComesBeforeAWarningWorthMoreMoney() {
        // Tiny: 4 pm that Ghost team (no people) cannot do, $40k. Big: 20 pm a quarter for Product
        // (1 person, 2.4 pm a quarter): 2 × 17.6 = 35.2 pm too many, $352k. Both gain money; the
        // Move advice (0.2 × 24 + 0.2 × 20 = 8.8 pm, $88k) is worth less than the Rebalance one.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .team("ghost", "Ghost team", 0)
                .team("prod", "Product", 1)
                .with(initiative("tiny").title("Tiny").owner("ghost").duration(1).effort(4).benefit("100k", 0))
                .with(initiative("big").title("Big").owner("prod").duration(2).effort(40).benefit("1M", 0))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(texts(verdict.recommendations())).containsExactly(
                "Staff Ghost team or move its 4 person-months of planned work (Tiny) to a team with people: as planned,"
                        + " none of it can be delivered.",
                "Rebalance Product: 35.2 person-months of its planned work exceed what it can deliver, over 2027-Q1 and 2027-Q2.",
                "Move 8.8 person-months into platform work across the 2 quarters below the band, starting in 2027-Q1.");
        assertThat(verdict.recommendations()).extracting(Finding::severity)
                .containsExactly(Severity.CRITICAL, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void severalTeamsWithNoPeopleAreCountedAndTheOneWithMostWorkNamed() {
        Portfolio portfolio = Portfolios.plan()
                .team("ghost", "Ghost team", 0)
                .team("shade", "Shade team", 0)
                .with(initiative("big").title("Big").owner("ghost").effort(30))
                .with(initiative("small").title("Small").owner("shade").effort(5))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains(
                "2 teams own planned work with no capacity to do it; Ghost team has no people yet owns the most,"
                        + " 30 person-months (Big).");
    }

    @Test
    void aKeyResultAlreadyMetIsNoGapInTheVerdict() {
        // The one key result is at 100 of 100 and no initiative names it: met, so nothing to fund.
        Portfolio portfolio = Portfolios.plan().with(initiative("shop").effort(10)).objective("done", 100).analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(verdict.findings()).filteredOn(finding -> finding.topic().equals("okrs"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.GOOD);
        assertThat(texts(verdict.findings()))
                .contains("The one objective is on track; every key result not yet met has an initiative behind it.");
    }

    @Test
    void objectivesAreCountedAsASentenceSaysThem() {
        // Three objectives: none on track (50, 50 and 10 of 100), one off track; two key results unmet, unfunded.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shop").effort(10).keyResults("a/kr"))
                .objective("a", 50)
                .objective("b", 50)
                .objective("c", 10)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains(
                "Of the 3 objectives, 2 are at risk and 1 is off track; 2 key results not yet met have no initiative behind them.");
        // One grade has them all: no "none of the 2 … and 2 are off track".
        Portfolio bothOff = Portfolios.plan().with(initiative("shop").effort(10).keyResults("a/kr"))
                .objective("a", 10).objective("b", 10).analyse();
        assertThat(texts(new ExecutiveSummary().tell(bothOff).findings())).contains(
                "Both objectives are off track; 1 key result not yet met has no initiative behind it.");
    }

    @Test
    void severalLateScalabilityInitiativesAreCountedAgainstAllThatAddressIt() {
        // Breach in 2027-Q3 (as in troubled()); two quarters must start by 2027-Q1. "late" starts in
        // 2027-Q3 (two late), "later" in 2027-Q4 (three late), "on-time" in 2027-Q1.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("late").duration(2).start("2027-Q3").addresses("scalability"))
                .with(initiative("later").duration(2).start("2027-Q4").addresses("scalability"))
                .with(initiative("on-time").duration(2).addresses("scalability"))
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains(
                "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and 2 of the 3 initiatives that"
                        + " address scalability start too late to land before then, by up to three quarters.");
    }

    @Test
    void scalabilityWorkInTimeIsSpokenOfByHowMuchThereIs() {
        Portfolios plan = Portfolios.plan().horizon(8).scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .with(initiative("one").duration(2).addresses("scalability"));
        String prefix = "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3; ";

        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings()))
                .contains(prefix + "the one initiative that addresses scalability is planned to land in time.");
        plan.with(initiative("two").duration(2).addresses("scalability"));
        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings()))
                .contains(prefix + "both initiatives that address scalability are planned to land in time.");
        plan.with(initiative("three").duration(2).addresses("scalability"));
        assertThat(texts(new ExecutiveSummary().tell(plan.analyse()).findings()))
                .contains(prefix + "all 3 initiatives that address scalability are planned to land in time.");
    }

    @Test
    void aPortfolioBelowTheBandIsToldHowMuchToMove() {
        // 75 pm of product work in each of 2027-Q1 and Q2 and no platform work: 2 × 15 pm short of 20%.
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(Portfolios.plan().horizon(8)
                .with(initiative("shop").status(Status.IN_PROGRESS).duration(2).effort(150).benefit("1M", 0))
                .analyse());

        assertThat(texts(verdict.recommendations())).containsExactly(
                "Move 30 person-months into platform work across the 2 quarters below the band, starting in 2027-Q1.");
    }

    @Test
    void oneActingSignalIsSpokenOfInTheSingular() {
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(Portfolios.plan()
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20)
                .analyse());

        // Outages 10 → 20 (+100%) acts; the other four indicators have no series.
        assertThat(texts(verdict.findings())).contains(
                "Platform priority is medium: 1 of the 5 indicators calls for action (outages); 4 have no data.");
    }

    @Test
    void aCalmPortfolioWithSomeSignalsCountsTheOnesWithoutData() {
        // Outages 10 → 11.5 (+15%) is to watch, maintenance flat is ok; three indicators have no series.
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(Portfolios.plan()
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 11.5)
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 10)
                .analyse());

        assertThat(texts(verdict.findings())).contains(
                "Platform priority is low: none of the five indicators calls for action (1 to watch, 3 without data).");
    }

    @Test
    void actingSignalsWithEveryIndicatorMeasuredSayNothingOfMissingData() {
        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(Portfolios.plan()
                .signal(Indicator.RELEASE_VELOCITY, Better.HIGHER, "2026-Q3", 10, 10)
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20)
                .signal(Indicator.COMPLIANCE, Better.LOWER, "2026-Q3", 4, 8)
                .signal(Indicator.DATA_SILOS, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 10)
                .analyse());

        assertThat(texts(verdict.findings())).contains(
                "Platform priority is high: 2 of the 5 indicators call for action (outages and compliance).");
    }

    @Test
    void aHealthyPortfolioHasNothingToRecommend() {
        // 8 pm of product and 2 pm of platform work a quarter: exactly 20%, inside the band.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("shop").status(Status.IN_PROGRESS).duration(2).effort(16).benefit("100k", 0))
                .with(initiative("base").platform().status(Status.IN_PROGRESS).duration(2).effort(4)
                        .benefit("20k", 0).keyResults("grow/kr"))
                .objective("grow", 80)
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(verdict.recommendations()).isEmpty();
        assertThat(texts(verdict.findings())).contains(
                "Platform share stays within the 20%–30% band in every planned quarter.",
                "The one objective is on track; every key result not yet met has an initiative behind it.");
        assertThat(verdict.findings()).extracting(Finding::topic).doesNotContain("delay", "scale", "teams");
        assertThat(verdict.findings().get(0).severity()).isEqualTo(Severity.GOOD);
    }

    @Test
    void unstartedWorkBeforeThePlanIsSaidAfterTheNpvWithTheCostLeftOut() {
        // $10k a person-month, no discounting, 2027-Q1 to 2028-Q4. Legacy rewrite (proposed, from
        // 2026-Q4, 10 pm a quarter) has one quarter before the plan: 10 pm, $100k, plus its $5k one-off
        // = $105k left out. Its NPV: 7 × $60k − $100k = $320k; Shop: 4 × $500k − $400k = $1.6M; Old
        // work (in progress since 2026-Q3, so begun: not counted) −$40k. $105k is less than half of
        // the $1.88M NPV: a warning, ranked by its money.
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("shop").title("Shop").status(Status.IN_PROGRESS).duration(4).effort(40)
                        .benefit("500k", 0))
                .with(initiative("legacy").title("Legacy rewrite").start("2026-Q4").duration(2).effort(20)
                        .oneOffCost("5k").benefit("60k", 0))
                .with(initiative("old").title("Old work").status(Status.IN_PROGRESS).start("2026-Q3").duration(4)
                        .effort(8))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(texts(verdict.findings()).get(0)).startsWith("The portfolio adds $1.88M of value");
        assertThat(texts(verdict.findings()).get(1)).isEqualTo("1 initiative not yet started is planned to begin"
                + " before the plan starts in 2027-Q1 (Legacy rewrite): its work before then, 10 person-months costing"
                + " $105k, counts as already spent and is left out of the portfolio's costs and NPV. Move its start to"
                + " 2027-Q1 or later, or mark it in progress or done if the work happened.");
        assertThat(verdict.findings().get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(texts(verdict.recommendations())).contains("Move the start of Legacy rewrite to 2027-Q1 or later,"
                + " or mark it in progress or done if the work happened: the NPV leaves out $105k of work not yet"
                + " started because it is planned before the plan starts.");
        assertThat(texts(verdict.recommendations()).indexOf("Rethink Old work: it loses $40k in today's money as planned."))
                .isGreaterThan(texts(verdict.recommendations()).indexOf(texts(verdict.recommendations()).stream()
                        .filter(text -> text.startsWith("Move the start")).findFirst().orElseThrow()));
    }

    @Test
    void unstartedWorkBeforeThePlanCostingMoreThanTheNpvIsCriticalAndToBeDoneFirst() {
        // Four proposed initiatives built wholly in 2026-Q3 and 2026-Q4: 10, 20, 30 and 40 pm, all
        // left out ($1M), live from 2027-Q1 at $10k a quarter each: NPV 4 × 8 × $10k = $320k.
        Portfolios plan = Portfolios.plan().horizon(8);
        String[] titles = {"Alpha", "Beta", "Gamma", "Delta"};
        for (int n = 0; n < titles.length; n++) {
            plan.with(initiative(titles[n].toLowerCase(java.util.Locale.ROOT)).title(titles[n]).start("2026-Q3")
                    .duration(2).effort(10 * (n + 1)).benefit("10k", 0));
        }

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(plan.analyse());

        assertThat(texts(verdict.findings()).get(1)).isEqualTo("4 initiatives not yet started are planned to begin"
                + " before the plan starts in 2027-Q1 (Delta, Gamma, Beta and 1 more): their work before then, 100"
                + " person-months costing $1M, counts as already spent and is left out of the portfolio's costs and NPV,"
                + " more than the portfolio's whole NPV of $320k. Move their start to 2027-Q1 or later, or mark them in"
                + " progress or done if the work happened.");
        assertThat(verdict.findings().get(1).severity()).isEqualTo(Severity.CRITICAL);
        assertThat(texts(verdict.recommendations())).first().isEqualTo("Move the start of Delta, Gamma, Beta and 1"
                + " more to 2027-Q1 or later, or mark them in progress or done if the work happened: the NPV leaves out"
                + " $1M of work not yet started because it is planned before the plan starts.");
    }

    @Test
    void workStartingWithThePlanOrBegunBeforeItIsNotSaidToBeBeforeThePlan() {
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("now").title("Now").duration(2).effort(10).benefit("10k", 0))
                .with(initiative("begun").title("Begun").status(Status.IN_PROGRESS).start("2026-Q3").duration(4)
                        .effort(8).benefit("10k", 0))
                .with(initiative("gone").title("Gone").status(Status.DROPPED).start("2026-Q3").duration(2).effort(8))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(verdict.findings()).extracting(Finding::topic).doesNotContain("sunk");
        assertThat(verdict.recommendations()).extracting(Finding::topic).doesNotContain("sunk");
    }

    @Test
    void workPlannedBeforeThePlanThatCostsNothingThereIsNotSaidToBeLeftOut() {
        // free: proposed from 2026-Q4 but with no effort and no one-off cost: nothing is left out.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("free").title("Free").status(Status.PROPOSED).start("2026-Q4").duration(2)
                        .benefit("10k", 0))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(verdict.findings()).extracting(Finding::topic).doesNotContain("sunk");
        assertThat(verdict.recommendations()).extracting(Finding::topic).doesNotContain("sunk");
    }

    @Test
    void workBeforeThePlanCostingExactlyHalfTheNpvMisleadsIt() {
        // early: 20 pm over 2026-Q4 and 2027-Q1, 10 pm ($100k) before the plan; $100k in 2027-Q1, then
        // $100k a quarter from 2027-Q2 to 2027-Q4: NPV $300k − $100k = $200k, twice the $100k left out.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("early").title("Early").status(Status.PROPOSED).start("2026-Q4").duration(2)
                        .effort(20).benefit("100k", 0))
                .analyse();

        Finding finding = new ExecutiveSummary().tell(portfolio).findings().stream()
                .filter(f -> f.topic().equals("sunk")).findFirst().orElseThrow();

        assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(texts(List.of(finding))).singleElement().asString().contains("person-months costing $100k, counts as already spent"
                + " and is left out of the portfolio's costs and NPV, at least half the portfolio's NPV of $200k.");
    }

    @Test
    void workBeforeThePlanCostingExactlyTheNpvIsNotSaidToCostMoreThanIt() {
        // As above over three quarters: NPV 2 × $100k − $100k = $100k, the $100k left out.
        Portfolio portfolio = Portfolios.plan().horizon(3)
                .with(initiative("early").title("Early").status(Status.PROPOSED).start("2026-Q4").duration(2)
                        .effort(20).benefit("100k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).anyMatch(text -> text.endsWith(
                "left out of the portfolio's costs and NPV, at least half the portfolio's NPV of $100k. Move its start"
                        + " to 2027-Q1 or later, or mark it in progress or done if the work happened."));
    }

    /**
     * What work already begun before the plan cost is in no figure, ROI and payback included: the
     * verdict says how much, beside the total. Work not yet begun is the unstarted-work warning's.
     */
    @Test
    void theVerdictSaysWhatWorkBegunBeforeThePlanCostThatNoFigureIncludes() {
        // core: 10 pm a quarter, two quarters before 2027-Q1 at $10k, plus its $100k one-off: $300k.
        // app: done in 2026-Q4, 5 pm: $50k. later: proposed for 2026-Q4, not begun, so not counted here.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().status(Status.IN_PROGRESS).start("2026-Q3").duration(4).effort(40)
                        .oneOffCost("100k"))
                .with(initiative("app").status(Status.DONE).start("2026-Q4").duration(1).effort(5))
                .with(initiative("later").status(Status.PROPOSED).start("2026-Q4").duration(2).effort(10))
                .analyse();
        Portfolio within = Portfolios.plan().with(initiative("core").status(Status.IN_PROGRESS)).analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains("Work begun before the plan"
                + " starts in 2027-Q1, $350k on Title of app and Title of core, counts as already spent: no figure"
                + " here includes it.");
        assertThat(texts(new ExecutiveSummary().tell(within).findings())).noneMatch(text -> text.startsWith("Work begun"));
    }

    @Test
    void aPlanWithNothingInItIsNotPraisedAndOneKindOfWorkIsNotSplitAgainstNothing() {
        Portfolio empty = Portfolios.plan().analyse();
        Portfolio platformOnly = Portfolios.plan()
                .with(initiative("core").platform().effort(10).benefit("100k", 0)).analyse();

        Finding nothing = new ExecutiveSummary().tell(empty).findings().get(0);
        assertThat(nothing.severity()).isEqualTo(Severity.INFO);
        assertThat(texts(java.util.List.of(nothing)).get(0)).startsWith("No initiative is planned yet");
        assertThat(texts(new ExecutiveSummary().tell(platformOnly).findings()).get(0))
                .endsWith(", all from platform work (no product work is planned).")
                .doesNotContain("$0 from product work");
    }

    @Test
    void noIndicatorToWatchIsNotCountedAsZero() {
        Portfolio calm = Portfolios.plan()
                .with(initiative("core").platform().effort(10))
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.RELEASE_VELOCITY, Better.HIGHER, "2026-Q3", 10, 10)
                .signal(Indicator.COMPLIANCE, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.DATA_SILOS, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 10)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(calm).findings()))
                .contains("Platform priority is low: none of the five indicators calls for action.");
    }

    @Test
    void oneQuarterBelowTheBandIsNamedNotCountedAcross() {
        // A product in 2027-Q1 only, beside no platform work: 1.6 pm to move for the 20% band.
        Portfolio portfolio = Portfolios.plan().horizon(1)
                .with(initiative("shop").duration(1).effort(8)).analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations()))
                .contains("Move 1.6 person-months into platform work in 2027-Q1, the one quarter below the band.");
    }

    @Test
    void aPortfolioOfExactlyNothingIsNoLossToRethink() {
        Portfolio portfolio = Portfolios.plan().horizon(2).with(initiative("idle").title("Idle")).analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(verdict.findings()).first().extracting(Finding::severity).isEqualTo(Severity.GOOD);
        assertThat(texts(verdict.findings())).first().isEqualTo(
                "The portfolio adds $0 of value in today's money, all from product work (no platform work is planned).");
        assertThat(texts(verdict.recommendations())).noneMatch(text -> text.startsWith("Rethink"));
    }

    @Test
    void platformWorkWhoseRealisedEnablementExactlyCoversItsLossIsNotToBeRethought() {
        // vault: $100k of effort, no benefits, NPV −$100k; it enables checkout (started once vault is
        // live) at 0.5 × (0 + 1 × $200k) = $100k, exactly its loss.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("vault").title("Vault").platform().effort(10).enables("checkout", 0.5))
                .with(initiative("checkout").title("Checkout").start("2027-Q2").costOfDelay("200k"))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations()))
                .noneMatch(text -> text.startsWith("Rethink"));
    }

    @Test
    void movingPersonMonthsIntoPlatformWorkIsWeighedByWhatTheyCost() {
        // app: 30 pm of product work in 2027-Q1 and loser 5 pm in 2027-Q2, no platform work: 6 + 1 pm
        // short of the band's 20%, $70k, more than the $50k that loser loses.
        Portfolio portfolio = Portfolios.plan().horizon(2)
                .with(initiative("app").title("App").effort(30).benefit("400k", 0))
                .with(initiative("loser").title("Loser").start("2027-Q2").effort(5))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).startsWith(
                "Move 7 person-months into platform work across the 2 quarters below the band, starting in 2027-Q1.",
                "Rethink Loser: it loses $50k in today's money as planned.");
    }

    @Test
    void aTeamOverloadedInThreeQuartersHasThemNamed() {
        // Payments Core: 2.4 pm a quarter against 10 pm in each of 2027-Q1…Q3: 7.6 × 3 = 22.8 pm too many.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("app").title("App").owner("core").duration(3).effort(30).benefit("1M", 0))
                .team("core", "Payments Core", 1)
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).recommendations())).contains(
                "Rebalance Payments Core: 22.8 person-months of its planned work exceed what it can deliver, over"
                        + " 2027-Q1, 2027-Q2 and 2027-Q3.");
    }

    @Test
    void workBeforeThePlanThatDoesNotMisleadTheNpvIsWeighedByItsCost() {
        // early: 1 of its 2 pm before the plan, $10k left out of an NPV of $2.89M: a warning, ranked
        // below the $100k that loser loses and the 2.2 pm ($22k) the band is short.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("big").title("Big").benefit("1M", 0))
                .with(initiative("early").title("Early").status(dev.tradeoff.model.Status.PROPOSED).start("2026-Q4")
                        .duration(2).effort(2))
                .with(initiative("loser").title("Loser").effort(10))
                .analyse();

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        assertThat(texts(verdict.recommendations())).containsExactly(
                "Rethink Loser: it loses $100k in today's money as planned. Early (NPV −$10k) loses money as planned too.",
                "Move 2.2 person-months into platform work in 2027-Q1, the one quarter below the band.",
                "Move the start of Early to 2027-Q1 or later, or mark it in progress or done if the work happened: the"
                        + " NPV leaves out $10k of work not yet started because it is planned before the plan starts.");
        assertThat(verdict.recommendations()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void aLossOnlyThePlansEndMakesIsToldWithItsOwnNpvBesideAWorseLoss() {
        // worst: $500k of effort and no benefits; late: live in 2027-Q4, the plan's last quarter, with
        // $100k of its benefits against $300k of effort: NPV −$200k, which one more horizon pays back.
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("worst").title("Worst").effort(50))
                .with(initiative("late").title("Late").duration(3).effort(30).benefit("100k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains(
                "Late loses $200k as planned, but its NPV understates it: it goes live in 2027-Q4, the plan's last"
                        + " quarter, so only one quarter of its benefits counts. Lengthen the horizon to value it before"
                        + " rethinking it.");
    }

    @Test
    void theQuartersToPayBackAfterThePlanAreCountedInTodaysMoney() {
        // Two of the same: $100k of effort in each quarter of 2027, $120k a quarter of benefits from
        // 2028-Q1, after the plan. At 10% a year the loss, about $377k, takes four more quarters
        // ($120k × 3.43); undiscounted, three would do.
        Portfolio portfolio = Portfolios.plan().horizon(4).discountRate(0.10)
                .with(initiative("a").title("A").duration(4).effort(40).benefit("120k", 0))
                .with(initiative("b").title("B").duration(4).effort(40).benefit("120k", 0))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).anyMatch(text -> text.startsWith(
                "2 initiatives lose money only because the plan ends in 2027-Q4: each would pay back its loss within"
                        + " another four quarters at its full benefits"));
    }

    @Test
    void productsAheadOfTheirPlatformAreNamedTheEarliestStartFirst() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").title("Core").platform().duration(4).effort(8)
                        .enables("later", 0.2).enables("sooner", 0.2))
                .with(initiative("later").title("Later").start("2027-Q3"))
                .with(initiative("sooner").title("Sooner").start("2027-Q2"))
                .analyse();

        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).anyMatch(text -> text.contains(
                ": Sooner (from 2027-Q2; Core goes live in 2028-Q1) and Later (from 2027-Q3; Core goes live in 2028-Q1)."));
    }
}
