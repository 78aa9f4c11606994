package dev.tradeoff.narrative;

import static dev.tradeoff.testing.Portfolios.initiative;
import static dev.tradeoff.testing.Portfolios.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.PlatformPriority;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Status;
import dev.tradeoff.testing.Portfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each analysis page says, on the portfolios of {@link ExecutiveSummaryTest} and a few more. */
class SectionStoriesTest {

    private static SectionStories stories(Portfolio portfolio) {
        return new SectionStories(portfolio);
    }

    @Test
    void matrixCountsEachQuadrantAndFlagsTheLowOnes() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("a").matrix(8, 8))
                .with(initiative("b").matrix(9, 2))
                .with(initiative("b2").platform().matrix(9, 2))
                .with(initiative("c").platform().matrix(2, 9))
                .with(initiative("d").matrix(5, 5).effort(10))
                .with(initiative("e").status(Status.DROPPED).matrix(1, 1).effort(50))
                .analyse();

        // Counted by the quadrants' names, as the matrix page heads them: the platform b2 scored
        // high on value only is in Ship product, which a count of "product bets" would misname.
        assertThat(texts(stories(portfolio).matrix())).containsExactly(
                "Invest in both: 1; Ship product: 2; Shore up the platform: 1; Deprioritize: 1.",
                "Low value and low risk reduction: 1 initiative costing $100k in today's money, candidates to stop or defer.");
    }

    @Test
    void allocationCountsQuartersAgainstTheBand() {
        var findings = stories(ExecutiveSummaryTest.troubled()).allocation();

        assertThat(texts(findings).get(0))
                .isEqualTo("Platform share is below the 20%–30% band in 2 quarters and above it in 2.");
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.INFO);
        assertThat(texts(findings).get(1)).startsWith("Below the band");
        assertThat(texts(findings).get(2)).startsWith("Above the band");
        assertThat(texts(findings).get(3)).startsWith("No work is planned in the plan's last 4 quarters (2028-Q1 to 2028-Q4)");
    }

    @Test
    void aboveTheBandWithPlatformPriorityHighIsNotSimplyTooMuch() {
        // core and app in 2027-Q1: 10 of 11 pm platform, above the band; outages and compliance worsen:
        // priority high.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().effort(10))
                .with(initiative("app").effort(1))
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20)
                .signal(Indicator.COMPLIANCE, Better.LOWER, "2026-Q3", 4, 8)
                .analyse();

        assertThat(portfolio.platformPriority()).isEqualTo(dev.tradeoff.analysis.PlatformPriority.HIGH);
        assertThat(texts(stories(portfolio).allocation())).contains("Above the band, the platform takes effort the"
                + " product roadmap needs; with platform priority high, that can be right for now: check that every"
                + " platform initiative earns its place with a key result or a signal, and plan the return to the band.");
    }

    @Test
    void aPlanWithNoProductWorkIsNotToldThePlatformTakesWhatTheProductRoadmapNeeds() {
        // core alone in 2027-Q1: 100% platform, above the band, and no product work anywhere.
        Portfolios plan = Portfolios.plan().with(initiative("core").platform().effort(10));

        assertThat(texts(stories(plan.analyse()).allocation())).contains("No product work is planned, so the band"
                + " cannot hold until some is: check that every platform initiative earns its place with a key result"
                + " or a signal.").noneMatch(text -> text.contains("product roadmap needs"));
        plan.signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20)
                .signal(Indicator.COMPLIANCE, Better.LOWER, "2026-Q3", 4, 8);
        assertThat(texts(stories(plan.analyse()).allocation())).contains("No product work is planned, so the band"
                + " cannot hold until some is; with platform priority high, that can be right for now: check that"
                + " every platform initiative earns its place with a key result or a signal, and plan the return to"
                + " the band.");
    }

    @Test
    void quartersAboveTheBandWithNoProductWorkAreNamed() {
        // core: 2027-Q1 to Q3, 10 pm each; app in 2027-Q2 (1 pm) and late in 2027-Q4 (10 pm): 2027-Q1 and
        // Q3 have no product work, 2027-Q2 has some and is above the band (91%).
        Portfolios plan = Portfolios.plan().horizon(4)
                .with(initiative("core").platform().duration(3).effort(30))
                .with(initiative("late").start("2027-Q4").duration(1).effort(10));

        assertThat(texts(stories(plan.analyse()).allocation())).contains("Above the band, no product work is planned"
                + " in 2027-Q1, 2027-Q2 and 2027-Q3, so the band cannot hold there until some is: check that every"
                + " platform initiative earns its place with a key result or a signal.");
        plan.with(initiative("app").start("2027-Q2").duration(1).effort(1));
        assertThat(texts(stories(plan.analyse()).allocation())).contains("Above the band, the platform takes effort"
                + " the product roadmap needs, and in 2027-Q1 and 2027-Q3 no product work is planned, so the band"
                + " cannot hold there until some is: check that every platform initiative earns its place with a key"
                + " result or a signal.");
    }

    @Test
    void doneWorkIsNotAdvisedToBeStoppedDeferredOrFunded() {
        // Two low-low gains, one done before the plan; a high-value loss that is done too.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("open").matrix(2, 2).effort(10).benefit("40k", 0))
                .with(initiative("past").status(Status.DONE).start("2026-Q1").duration(2).matrix(2, 2).benefit("90k", 0))
                .with(initiative("spent").status(Status.DONE).start("2026-Q3").duration(2).matrix(8, 8).effort(40)
                        .runCost("20k"))
                .analyse();

        assertThat(texts(stories(portfolio).matrix()))
                .contains("Low value and low risk reduction: 1 initiative costing $100k in today's money, candidates"
                        + " to stop or defer (1 more is done).")
                .anyMatch(text -> text.startsWith("1 initiative low on both scores adds value as planned (Title of open,"))
                .noneMatch(text -> text.contains("of past") || text.contains("of spent"));
    }

    @Test
    void lowOnBothWithNoCostInThePlanIsNotSaidToCostNothing() {
        Portfolio free = Portfolios.plan().with(initiative("idle").matrix(2, 2)).analyse();

        assertThat(texts(stories(free).matrix())).contains("Low value and low risk reduction: 1 initiative, none of"
                + " whose cost falls within the plan, candidates to stop or defer.");
    }

    @Test
    void quartersAboveTheBandAreNotCriticalWhileTheSignalsCallForPlatformWork() {
        // More than half of 12 quarters off the band is critical, unless they are above it with priority high.
        assertThat(SectionStories.bandSeverity(0, 7, 12, PlatformPriority.MEDIUM)).isEqualTo(Severity.CRITICAL);
        assertThat(SectionStories.bandSeverity(0, 7, 12, PlatformPriority.HIGH)).isEqualTo(Severity.WARNING);
        assertThat(SectionStories.bandSeverity(7, 0, 12, PlatformPriority.HIGH)).isEqualTo(Severity.CRITICAL);
        assertThat(SectionStories.bandSeverity(1, 6, 12, PlatformPriority.LOW)).isEqualTo(Severity.CRITICAL);
        assertThat(SectionStories.bandSeverity(1, 5, 12, PlatformPriority.LOW)).isEqualTo(Severity.WARNING);
        assertThat(SectionStories.bandSeverity(0, 0, 12, PlatformPriority.HIGH)).isEqualTo(Severity.GOOD);
    }

    @Test
    void allocationNamesOnlyTheSidesSomeQuarterIsOn() {
        // One platform initiative alone: every quarter it runs is all platform, above the band.
        Portfolio platformOnly = Portfolios.plan().with(initiative("core").platform().duration(2).effort(4)).analyse();
        Portfolio nothing = Portfolios.plan().analyse();

        assertThat(texts(stories(platformOnly).allocation()).get(0))
                .isEqualTo("Platform share is above the 20%–30% band in 2 quarters.");
        assertThat(texts(stories(nothing).allocation()).get(0))
                .isEqualTo("No quarter has planned work to hold against the 20%–30% band.");
    }

    @Test
    void theMatrixSaysWhereTheScoresAndTheFiguresDisagree() {
        // Gem scores low on both but earns 100k a quarter; Money pit scores high and only costs.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("gem").title("Hidden gem").matrix(2, 2).benefit("100k", 0))
                .with(initiative("pit").title("Money pit").matrix(9, 9).effort(10))
                .analyse();

        assertThat(texts(stories(portfolio).matrix()))
                .anySatisfy(text -> assertThat(text).startsWith("1 initiative scored high on value loses money as"
                        + " planned (Money pit, NPV −$"))
                .anySatisfy(text -> assertThat(text).startsWith("1 initiative low on both scores adds value as planned"
                        + " (Hidden gem, NPV $"));
    }

    @Test
    void theMatrixNamesEveryFundedLossUpToThreeLargestFirst() {
        // Four scored high on value, each costing its effort × $10k with no benefits (no discounting).
        Portfolio two = Portfolios.plan()
                .with(initiative("a").title("A").effort(10).matrix(8, 8))
                .with(initiative("b").title("B").effort(30).matrix(8, 2))
                .analyse();
        Portfolio four = Portfolios.plan()
                .with(initiative("a").title("A").effort(10).matrix(8, 8))
                .with(initiative("b").title("B").effort(30).matrix(8, 2))
                .with(initiative("c").title("C").effort(20).matrix(8, 2))
                .with(initiative("d").title("D").effort(5).matrix(8, 2))
                .analyse();

        assertThat(texts(stories(two).matrix())).contains("2 initiatives scored high on value lose money as planned"
                + " (B, NPV \u2212$300k; A, NPV \u2212$100k): check the scores or the plan before funding them first.");
        assertThat(texts(stories(four).matrix())).contains("4 initiatives scored high on value lose money as planned"
                + " (B, NPV \u2212$300k; C, NPV \u2212$200k; A, NPV \u2212$100k; and 1 more): check the scores or the"
                + " plan before funding them first.");
    }

    @Test
    void theMatrixDoesNotCallALossThePlansEndMakesAFundedLoss() {
        // Both scored high on value. late: −$225k only because its benefits ramp up after 2029-Q4
        // (InitiativeStoryTest); sink: $100k of work and no benefits.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("late").title("Late").start("2028-Q4").duration(3).effort(30).benefit("100k", 4)
                        .matrix(8, 2))
                .with(initiative("sink").title("Sink").effort(10).matrix(8, 2))
                .analyse();

        // Late's loss is said apart, or "the most" would sit beside a table with a larger loss.
        assertThat(texts(stories(portfolio).matrix())).contains("1 initiative scored high on value loses money as"
                + " planned (Sink, NPV \u2212$100k): check the scores or the plan before funding it first.",
                "1 initiative scored high on value loses money only because its benefits fall after the plan ends"
                        + " (Late, NPV \u2212$225k): the horizon cuts its returns short, not the scores.");
    }

    @Test
    void quartersBelowTheBandAfterTheLastPlatformWorkAreSaidToBeUnplanned() {
        // core: 3 pm in 2027-Q1 beside app's 10 a quarter from 2027-Q1 to Q3: 23%, then 0% twice.
        Portfolio tail = Portfolios.plan()
                .with(initiative("core").platform().duration(1).effort(3))
                .with(initiative("app").duration(3).effort(30))
                .analyse();
        // late: platform work again in 2027-Q4, so 2027-Q2 and Q3 are below the band with work after them.
        Portfolio gap = Portfolios.plan()
                .with(initiative("core").platform().duration(1).effort(3))
                .with(initiative("app").duration(4).effort(40))
                .with(initiative("late").platform().start("2027-Q4").duration(1).effort(3))
                .analyse();

        assertThat(texts(stories(tail).allocation())).contains("From 2027-Q2 on, no platform work is planned yet,"
                + " which puts those 2 quarters below the band: plan the platform work they will need, or the band will not hold.");
        assertThat(texts(stories(gap).allocation())).noneMatch(text -> text.contains("no platform work is planned yet"));
        // Only the gap's quarters had product effort where platform work could go: the tail's had nobody's plan yet.
        assertThat(texts(stories(tail).allocation())).noneMatch(text -> text.contains("Move product effort"));
        assertThat(texts(stories(gap).allocation())).anyMatch(text -> text.contains("Move product effort"));
    }

    @Test
    void quartersWithNoWorkAtAllAreSaidToBeNeitherUsedNorCosted() {
        // app runs 2027-Q1 to 2027-Q2 in a plan of twelve quarters: the last ten have no work.
        Portfolio tail = Portfolios.plan().with(initiative("app").duration(2).effort(20)).analyse();
        // a in 2027-Q1 and b in 2027-Q3 of a plan of three quarters: 2027-Q2 alone, not at the end.
        Portfolio gap = Portfolios.plan().horizon(3)
                .with(initiative("a").duration(1).effort(10))
                .with(initiative("b").start("2027-Q3").duration(1).effort(10))
                .analyse();
        Portfolio lastOnly = Portfolios.plan().horizon(3).with(initiative("a").duration(2).effort(20)).analyse();
        Portfolio full = Portfolios.plan().horizon(2).with(initiative("a").duration(2).effort(20)).analyse();

        assertThat(texts(stories(tail).allocation())).contains("No work is planned in the plan's last 10 quarters"
                + " (2027-Q3 to 2029-Q4): their engineering capacity goes unused. Plan work for them; ending the plan"
                + " sooner instead would also drop their benefits from every NPV.");
        assertThat(texts(stories(gap).allocation())).contains("No work is planned in 2027-Q2: its engineering"
                + " capacity goes unused.");
        assertThat(texts(stories(lastOnly).allocation())).contains("No work is planned in 2027-Q3, the plan's last"
                + " quarter: its engineering capacity goes unused. Plan work for it; ending the plan a quarter sooner"
                + " instead would also drop that quarter's benefits from every NPV.");
        assertThat(texts(stories(full).allocation())).noneMatch(text -> text.startsWith("No work is planned"));
        // With no work anywhere the band's sentence says so; "no work in 12 quarters" would repeat it.
        assertThat(texts(stories(Portfolios.plan().analyse()).allocation()))
                .noneMatch(text -> text.startsWith("No work is planned"));
    }

    @Test
    void oneUnplannedQuarterIsNamed() {
        // core: 3 pm in 2027-Q1 and Q2 beside app's 10 a quarter from 2027-Q1 to Q3: 23% twice, then 0%.
        Portfolio tail = Portfolios.plan()
                .with(initiative("core").platform().duration(2).effort(6))
                .with(initiative("app").duration(3).effort(30))
                .analyse();

        assertThat(texts(stories(tail).allocation())).contains("From 2027-Q3 on, no platform work is planned yet,"
                + " which puts 2027-Q3 below the band: plan the platform work it will need, or the band will not hold.");
    }

    @Test
    void allocationCountsTheQuartersOverCapacityAndNamesTheBusiest() {
        // 120 pm in 2027-Q1 and 150 pm in 2027-Q2 against 100 a quarter: both over, Q2 the most.
        Portfolio portfolio = Portfolios.plan().capacity(100)
                .with(initiative("big").effort(120))
                .with(initiative("bigger").start("2027-Q2").effort(150))
                .analyse();

        assertThat(texts(stories(portfolio).allocation())).contains(
                "Planned work exceeds capacity in 2 quarters, most in 2027-Q2, which needs 150% of the engineering capacity.");
        assertThat(stories(portfolio).allocation()).extracting(Finding::severity).contains(Severity.CRITICAL);
    }

    @Test
    void allocationWithOneQuarterOverCapacityNamesIt() {
        // 150 pm in 2027-Q2 only; 2027-Q1 has nothing planned.
        Portfolio portfolio = Portfolios.plan().capacity(100)
                .with(initiative("bigger").start("2027-Q2").effort(150))
                .analyse();

        assertThat(texts(stories(portfolio).allocation())).contains(
                "Planned work exceeds capacity in 2027-Q2, which needs 150% of the engineering capacity.");
    }

    @Test
    void anOverloadJustPastCapacityIsNotWrittenAsAFull100Percent() {
        // 100.2 pm against 100: over, by 0.2%. "needs 100%" would read as exactly full.
        Portfolio portfolio = Portfolios.plan().capacity(100).with(initiative("big").effort(100.2))
                .team("t", "Core", 5).with(initiative("team-work").owner("t").start("2027-Q2").effort(12.024))
                .analyse();

        assertThat(texts(stories(portfolio).allocation())).contains(
                "Planned work exceeds capacity in 2027-Q1, which needs 100.2% of the engineering capacity.");
        // Core: 5 people × 3 months × 0.8 focus = 12 pm a quarter; 12.024 pm is 100.2% of it.
        assertThat(texts(stories(portfolio).teams())).containsExactly(
                "Core peaks at 100.2% of its capacity: its plan will slip unless work moves or people join.");
    }

    @Test
    void teamsWhoseCapacityIsNotTheirShareOfThePlansAreSaidToDisagreeWithIt() {
        // Core owns all the work (12 of 12 pm) but has 12 pm a quarter (5 × 3 × 0.8) of the plan's 100:
        // the allocation page finds room, the teams page an overload.
        Portfolio apart = Portfolios.plan().capacity(100).team("t", "Core", 5)
                .with(initiative("work").owner("t").effort(12)).analyse();
        // Core owns 12 of 100 pm, and has 12% of the plan's capacity: they agree.
        Portfolio agree = Portfolios.plan().capacity(100).team("t", "Core", 5)
                .with(initiative("work").owner("t").effort(12)).with(initiative("other").effort(88)).analyse();

        String disagree = "The teams own 100% of the planned effort but have 12% of the plan's capacity between them"
                + " (12 against 100 person-months a quarter; capacity in strategy.yaml): the allocation page measures"
                + " load against the plan's capacity and the teams page against the teams', so the two tell different"
                + " stories. Make them agree.";
        assertThat(texts(stories(apart).allocation())).contains(disagree);
        assertThat(texts(stories(agree).allocation())).noneMatch(text -> text.startsWith("The teams own"));
    }

    @Test
    void allocationAtCapacityIsNotOver() {
        // Exactly 100 pm against 100: full, not over.
        Portfolio portfolio = Portfolios.plan().capacity(100).with(initiative("full").effort(100)).analyse();

        assertThat(stories(portfolio).allocation()).extracting(Finding::topic).doesNotContain("capacity");
    }

    @Test
    void sequencingComparesBothOrders() {
        assertThat(texts(stories(ExecutiveSummaryTest.troubled()).sequencing())).containsExactly(
                "Done one after another in the planned order, the 2 proposed or committed initiatives cost $800k in delay; in CD3 order (cost of delay divided by duration, highest first) they cost $400k.",
                oneAtATime("four quarters", "eight quarters"),
                "CD3 order loses $400k less: bring Scale the auth path forward, ahead of Legacy rewrite.");
    }

    /** What the two delay costs are, said after they are given: not the roadmap, not the NPV. */
    private static String oneAtATime(String endToEnd, String horizon) {
        return "Both figures suppose the initiatives are done one at a time in that order (" + endToEnd
                + " end to end, in a plan of " + horizon + "), each losing its cost of delay every quarter until it is"
                + " done. They rank the work: they are not a forecast of the roadmap and no part of the NPV.";
    }

    @Test
    void sequencingNamesWhatMovesForwardNotTheWorkAlreadyFirst() {
        // App ($50k) is first in both orders. Plan order by start: app, bill (2027-Q2), chat (2027-Q3):
        // 50k × 1 + 10k × 2 + 30k × 3 = $160k; CD3 order app, chat, bill: 50k + 30k × 2 + 10k × 3 = $140k.
        // The $20k comes from moving Chat ahead of Billing: "start with App" asked for nothing new.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("app").title("App").costOfDelay("50k"))
                .with(initiative("bill").title("Billing").start("2027-Q2").costOfDelay("10k"))
                .with(initiative("chat").title("Chat").start("2027-Q3").costOfDelay("30k").matrix(8, 8))
                .analyse();

        assertThat(portfolio.sequencing().planOrder()).containsExactly("app", "bill", "chat");
        assertThat(portfolio.sequencing().cd3Order()).containsExactly("app", "chat", "bill");
        assertThat(texts(stories(portfolio).sequencing())).last()
                .isEqualTo("CD3 order loses $20k less: bring Chat forward, ahead of Billing.");
        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains("Reordering the 3 proposed or"
                + " committed initiatives by cost of delay over duration (CD3) would cut the value lost to waiting by"
                + " $20k against the planned order: bring Chat forward, ahead of Billing. The figure ranks orders of"
                + " work; it is not cash in the NPV.");
    }

    @Test
    void workBroughtForwardThatLosesMoneyIsNotAdvisedWithoutSayingSo() {
        // core ($0 cost of delay, two quarters) first in the plan, then lose (2027-Q2: $20k of benefits,
        // $30k to run, $100k to build, matrix 2/2: Deprioritize), big ($40k, 2027-Q3), drag ($10k, 2028-Q1).
        // Plan: 0 + 20k × 3 + 40k × 4 + 10k × 5 = $270k; CD3 big, lose, drag, core: 40k + 40k + 30k = $110k.
        // Big pays its way and scores 8/8: no caveat. Without Big, Loser moves up: its $20k cost of delay is
        // only its benefits, and 10 quarters live (2027-Q3 on) lose $10k each: NPV −$100k − $100k = −$200k.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").title("Core").platform().duration(2).effort(20))
                .with(initiative("lose").title("Loser").start("2027-Q2").effort(10).benefit("20k", 0).runCost("30k")
                        .matrix(2, 2))
                .with(initiative("big").title("Big").start("2027-Q3").costOfDelay("40k").matrix(8, 8))
                .with(initiative("drag").title("Drag").start("2028-Q1").effort(10).benefit("10k", 0).matrix(2, 2))
                .analyse();

        assertThat(portfolio.sequencing().planOrder()).containsExactly("core", "lose", "big", "drag");
        assertThat(portfolio.sequencing().cd3Order()).containsExactly("big", "lose", "drag", "core");
        assertThat(texts(stories(portfolio).sequencing())).last().isEqualTo("CD3 order loses $160k less: bring Big"
                + " forward, ahead of Core.");

        // Without Big, Loser is what moves forward, ahead of Core.
        Portfolio without = Portfolios.plan()
                .with(initiative("core").title("Core").platform().duration(2).effort(20))
                .with(initiative("lose").title("Loser").start("2027-Q2").effort(10).benefit("20k", 0).runCost("30k")
                        .matrix(2, 2))
                .with(initiative("drag").title("Drag").start("2028-Q1").effort(10).benefit("10k", 0).matrix(2, 2))
                .analyse();
        assertThat(texts(stories(without).sequencing())).last().asString().startsWith("CD3 order loses ")
                .endsWith(": bring Loser forward, ahead of Core. Yet Loser brings in no more than it costs to run"
                        + " (NPV −$200k, in Deprioritize): bringing it forward loses money, so rethink it first.");
        assertThat(texts(new ExecutiveSummary().tell(without).findings())).anyMatch(text -> text.contains(
                "against the planned order: bring Loser forward, ahead of Core. Yet Loser brings in no more than it costs"
                        + " to run (NPV −$200k, in Deprioritize): bringing it forward loses money, so rethink it first."
                        + " The figure ranks orders of work; it is not cash in the NPV."));
    }

    @Test
    void workBroughtForwardThatLosesMoneyOrSitsInDeprioritizeIsQualified() {
        // first ($0) then late (2027-Q2). In "losing", late scores 8/8 and loses money though it earns
        // more than it costs to run: $1M to build in 2027-Q2, $10k a quarter net for the 10 quarters from
        // 2027-Q3, NPV −$900k. In "low" it pays (NPV $500k) but scores 2/2.
        Portfolio losing = Portfolios.plan()
                .with(initiative("first").title("First").duration(2).effort(1))
                .with(initiative("late").title("Late").start("2027-Q2").effort(100).benefit("50k", 0).runCost("40k")
                        .matrix(8, 8))
                .analyse();
        Portfolio low = Portfolios.plan()
                .with(initiative("first").title("First").duration(2).effort(1))
                .with(initiative("late").title("Late").start("2027-Q2").effort(10).benefit("60k", 0).matrix(2, 2))
                .analyse();

        assertThat(texts(stories(losing).sequencing())).last().asString().endsWith("bring Late forward, ahead of First."
                + " Yet Late loses money as planned (NPV −$900k): rethink it before bringing it forward.");
        assertThat(texts(stories(low).sequencing())).last().asString().endsWith("bring Late forward, ahead of First."
                + " Yet Late sits in Deprioritize, low on value and risk reduction: check it is worth doing before"
                + " bringing it forward.");
    }

    @Test
    void withPlatformWorkKeptAheadTheAdviceNamesWhatMovesForwardNotTheWorkAlreadyFirst() {
        // core (platform, $10k) enables app ($90k, 2027-Q2) and is first in the plan: CD3 order app, chat,
        // core starts the app before it. Kept ahead: core, app, then chat ($30k, 2027-Q3) before bill
        // ($5k, 2027-Q2). Plan core, app, bill, chat: 10k + 180k + 15k + 120k = $325k;
        // advised core, app, chat, bill: 10k + 180k + 90k + 20k = $300k.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").title("Core").platform().costOfDelay("10k").enables("app", 0.5))
                .with(initiative("app").title("App").start("2027-Q2").costOfDelay("90k"))
                .with(initiative("bill").title("Billing").start("2027-Q2").costOfDelay("5k"))
                .with(initiative("chat").title("Chat").start("2027-Q3").costOfDelay("30k").matrix(8, 8))
                .analyse();

        assertThat(portfolio.sequencing().planOrder()).containsExactly("core", "app", "bill", "chat");
        assertThat(texts(stories(portfolio).sequencing())).last().isEqualTo("With platform work kept ahead of what"
                + " it enables, CD3 order costs $300k in delay, $25k less than the planned order: bring Chat forward,"
                + " ahead of Billing.");
    }

    @Test
    void sequencingSaysNothingOfEnablersWhenCd3OrderPutsEachBeforeWhatItEnables() {
        // core: $50k over one quarter, CD3 $50k, before app's $40k; base ($0) last. Plan order (same
        // start, by id): app 40k × 1 + base 0 × 2 + core 50k × 3 = $190k; CD3 order: core 50k × 1 +
        // app 40k × 2 + base 0 × 3 = $130k. base enables shop, but shop is in progress: not in the
        // order, so there is nothing base should come before.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("app").title("Checkout app").costOfDelay("40k"))
                .with(initiative("core").title("Payments core").platform().costOfDelay("50k").enables("app", 0.5))
                .with(initiative("shop").title("Shop").status(Status.IN_PROGRESS).costOfDelay("90k"))
                .with(initiative("base").title("Base").platform().enables("shop", 0.5))
                .analyse();

        assertThat(texts(stories(portfolio).sequencing())).containsExactly(
                "Done one after another in the planned order, the 3 proposed or committed initiatives cost $190k in delay; in CD3 order (cost of delay divided by duration, highest first) they cost $130k.",
                oneAtATime("three quarters", "twelve quarters"),
                "CD3 order loses $60k less: bring Payments core forward, ahead of Checkout app. Yet Payments core sits in"
                        + " Deprioritize, low on value and risk reduction: check it is worth doing before bringing it forward.");
    }

    @Test
    void sequencingWarnsWhenCd3OrderStartsAProductBeforeThePlatformThatEnablesIt() {
        // app: $40k a quarter, CD3 $40k; core, which enables it: $10k, CD3 $10k. CD3 order app, core;
        // so is the plan order (same start, by id): 40k × 1 + 10k × 2 = $60k either way.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("app").title("Checkout app").costOfDelay("40k"))
                .with(initiative("core").title("Payments core").platform().costOfDelay("10k").enables("app", 0.5))
                .analyse();

        List<Finding> findings = stories(portfolio).sequencing();

        assertThat(texts(findings)).containsExactly(
                "Done one after another in the planned order, the 2 proposed or committed initiatives cost $60k in delay; in CD3 order (cost of delay divided by duration, highest first) they cost $60k.",
                oneAtATime("two quarters", "twelve quarters"),
                "CD3 order starts Checkout app before Payments core, which enables it: CD3 ranks each initiative on its own, so keep Payments core ahead of Checkout app when you re-sequence.",
                // core first, then app: 10k × 1 + 40k × 2.
                "With platform work kept ahead of what it enables, CD3 order costs $90k in delay, no less than the planned order's $60k.");
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.INFO, Severity.WARNING, Severity.INFO);
    }

    @Test
    void sequencingCountsThePairsCd3OrderGetsWrongAndNamesTheFirstFew() {
        // CD3 order: dash (40k), check (30k), bill (20k), alert (10k), edge (5k), base (0, then by id
        // before nothing else). edge enables check and dash, both before it; base enables alert, bill
        // and check, all before it: five pairs, named as CD3 starts the products, then the platforms.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("alert").title("Alerts").costOfDelay("10k"))
                .with(initiative("bill").title("Billing").costOfDelay("20k"))
                .with(initiative("check").title("Checkout").costOfDelay("30k"))
                .with(initiative("dash").title("Dashboards").costOfDelay("40k"))
                .with(initiative("edge").title("Edge network").platform().costOfDelay("5k")
                        .enables("check", 0.2).enables("dash", 0.2))
                .with(initiative("base").title("Base platform").platform()
                        .enables("alert", 0.2).enables("bill", 0.2).enables("check", 0.2))
                .analyse();

        List<Finding> findings = stories(portfolio).sequencing();

        assertThat(portfolio.sequencing().cd3Order()).containsExactly("dash", "check", "bill", "alert", "edge", "base");
        assertThat(texts(findings)).element(2).isEqualTo(
                "In 5 cases, CD3 order starts an initiative before platform work that enables it: Dashboards before Edge network; Checkout before Edge network and Base platform; Billing before Base platform; and 1 more. CD3 ranks each initiative on its own, so keep platform work ahead of what it enables when you re-sequence.");
        assertThat(findings.get(2).severity()).isEqualTo(Severity.WARNING);
        // Plan order (same start, by id): alert, base, bill, check, dash, edge: 10k + 0 + 60k + 120k + 200k + 30k = $420k.
        // Kept ahead: edge (with dash, which only it holds back: 45k / 2) before base (11.7k, with check and edge);
        // then dash (40k) before base (now with check, bill and alert: 50k / 3); check, bill, alert:
        // 5k × 1 + 40k × 2 + 0 × 3 + 30k × 4 + 20k × 5 + 10k × 6 = $365k.
        assertThat(texts(findings)).last().isEqualTo("With platform work kept ahead of what it enables, CD3 order costs"
                + " $365k in delay, $55k less than the planned order: bring Edge network forward, ahead of Alerts. Yet Edge"
                + " network sits in Deprioritize, low on value and risk reduction: check it is worth doing before"
                + " bringing it forward.");
        assertThat(findings.get(3).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void sequencingNamesEveryPairWhenThereAreFew() {
        // CD3 order: dash (40k), check (30k), edge (5k), base (0): each platform after its product.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("check").title("Checkout").costOfDelay("30k"))
                .with(initiative("dash").title("Dashboards").costOfDelay("40k"))
                .with(initiative("edge").title("Edge network").platform().costOfDelay("5k").enables("dash", 0.2))
                .with(initiative("base").title("Base platform").platform().enables("check", 0.2))
                .analyse();

        assertThat(texts(stories(portfolio).sequencing())).contains(
                "In 2 cases, CD3 order starts an initiative before platform work that enables it: Dashboards before Edge network; Checkout before Base platform. CD3 ranks each initiative on its own, so keep platform work ahead of what it enables when you re-sequence.");
    }

    @Test
    void sequencingCountsTheMisorderedPairsOfALargePortfolio() {
        // 25,000 products, each enabled by its own platform with a smaller cost of delay: CD3 order
        // puts every platform after its product. Pairs are named as CD3 starts the products: the
        // largest cost of delay first, p24999 ($25,000k) with its platform q24999 ($24,999k + 0.5k).
        Portfolios plan = Portfolios.plan();
        int products = 25_000;
        for (int i = 0; i < products; i++) {
            plan.with(initiative("p" + i).title("P" + i).costOfDelay((i + 1) + "k"))
                    .with(initiative("q" + i).title("Q" + i).platform().costOfDelay(i + ".5k").enables("p" + i, 0.5));
        }

        assertThat(texts(stories(plan.analyse()).sequencing())).contains(
                "In 25,000 cases, CD3 order starts an initiative before platform work that enables it: P24999 before Q24999; P24998 before Q24998; P24997 before Q24997; and 24,997 more. CD3 ranks each initiative on its own, so keep platform work ahead of what it enables when you re-sequence.");
    }

    @Test
    void sequencingWithOneInitiativeWaitingHasNoOrderToChoose() {
        // One proposed initiative of one quarter with a cost of delay of 20k: it waits one quarter.
        Portfolio portfolio = Portfolios.plan().with(initiative("only").benefit("20k", 0)).analyse();

        assertThat(texts(stories(portfolio).sequencing())).containsExactly(
                "One initiative is waiting, so there is no order to choose: it costs $20k in delay while it waits.");
    }

    @Test
    void sequencingWithNothingWaiting() {
        assertThat(texts(stories(ExecutiveSummaryTest.crowded()).sequencing()))
                .containsExactly("No proposed or committed initiative is waiting to be sequenced.");
    }

    @Test
    void scaleNamesEachLateInitiative() {
        var findings = stories(ExecutiveSummaryTest.troubled()).scale();

        assertThat(texts(findings)).containsExactly(
                "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and 100% in 2027-Q4.",
                "Scale the auth path starts two quarters too late: start it by 2027-Q1 to land before the breach.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.CRITICAL);
    }

    @Test
    void aLateScalabilityInitiativeAlreadyUnderWayIsNotToldToStartSooner() {
        // Load reaches 80% of capacity in 2027-Q3; two quarters of work had to start by 2027-Q1, and
        // this one started in 2027-Q2 (as in ExecutiveSummaryTest's under-way case).
        Portfolio portfolio = Portfolios.plan().horizon(8)
                .with(initiative("scaling").title("Scale the auth path").platform().status(Status.IN_PROGRESS)
                        .start("2027-Q2").duration(2).addresses("scalability"))
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(stories(portfolio).scale())).last().isEqualTo("Scale the auth path started in 2027-Q2,"
                + " one quarter after its latest start (2027-Q1): it lands after the breach unless it is cut down or"
                + " system capacity grows first.");
    }

    @Test
    void scaleWithoutAnyScalabilityInitiative() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shop").effort(10))
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();

        assertThat(texts(stories(portfolio).scale())).containsExactly(
                "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and 100% in 2027-Q4.",
                "No initiative addresses scalability: nothing in the plan lands before the breach.");
    }

    @Test
    void aBreachBeforeThePlanIsPastNotAheadAndCapacityComesFirst() {
        // 70, 82, 85 from 2026-Q1 against 100 × 0.8 = 80: past the limit since 2026-Q2, before 2027-Q1.
        // "migration", in progress since 2026-Q2 for four quarters, had to start by 2025-Q2 and lands
        // in 2027-Q2; "bridge", committed for 2027-Q2 for two, had to start by 2025-Q4.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("migration").title("Migration").status(Status.IN_PROGRESS).start("2026-Q2")
                        .duration(4).addresses("scalability"))
                .with(initiative("bridge").title("Bridge").start("2027-Q2").duration(2).addresses("scalability"))
                .scale(100, 0.8, 0.1, "2026-Q1", 70, 82, 85)
                .analyse();
        Portfolio unaddressed = Portfolios.plan().scale(100, 0.8, 0.1, "2026-Q1", 70, 82, 85).analyse();

        assertThat(texts(stories(portfolio).scale())).containsExactly(
                "System load has been past 80% of capacity since 2026-Q2, before the plan begins, and grows 10% a quarter:"
                        + " add system capacity first.",
                "Bridge would have had to start by 2025-Q4 to land before the breach in 2026-Q2: add system capacity now,"
                        + " and cut it down to what can land first.",
                "Migration started in 2026-Q2, four quarters after its latest start (2025-Q2), and lands in 2027-Q2,"
                        + " after the breach in 2026-Q2: add system capacity now, and cut it down to what can land first.");
        assertThat(stories(portfolio).scale()).first().extracting(Finding::severity).isEqualTo(Severity.CRITICAL);
        assertThat(texts(stories(unaddressed).scale())).last().isEqualTo(
                "No initiative addresses scalability: nothing in the plan raises the limit, so add system capacity.");
    }

    @Test
    void loadAlreadyOverCapacityIsSaidToBeOverCapacityNotOnlyPastTheLimit() {
        // 900, 950, 1,100 from 2026-Q2 against 1,000 × 0.8 = 800: past the limit since 2026-Q2, over
        // capacity itself since 2026-Q4, before the plan's 2027-Q1.
        Portfolio over = Portfolios.plan().scale(1000, 0.8, 0.1, "2026-Q2", 900, 950, 1100).analyse();
        // 1,100 and 1,200: over capacity from the first quarter measured, which is also the breach.
        Portfolio overFromTheStart = Portfolios.plan().scale(1000, 0.8, 0.1, "2026-Q3", 1100, 1200).analyse();

        assertThat(texts(stories(over).scale())).first().isEqualTo(
                "System load has been past 80% of capacity since 2026-Q2 and over capacity since 2026-Q4, before the"
                        + " plan begins, and grows 10% a quarter: add system capacity first.");
        assertThat(texts(stories(overFromTheStart).scale())).first().isEqualTo(
                "System load has been over capacity since 2026-Q3, before the plan begins, and grows 10% a quarter:"
                        + " add system capacity first.");
    }

    @Test
    void loadBackBelowTheLimitIsNotSaidToHaveBeenPastItEverSince() {
        // 50, 80, 70 from 2026-Q1 against 80: reached in 2026-Q2 (SPEC's breach), below it again in 2026-Q3.
        Portfolio portfolio = Portfolios.plan().scale(100, 0.8, 0.05, "2026-Q1", 50, 80, 70).analyse();

        assertThat(texts(stories(portfolio).scale())).first().isEqualTo(
                "System load reached 80% of capacity in 2026-Q2, before the plan begins, and grows 5% a quarter: add system capacity first.");
    }

    @Test
    void scaleWithoutABreachOrWithoutScaleYaml() {
        Portfolio flat = Portfolios.plan().scale(1000, 0.8, 0.0, "2026-Q3", 400, 500).analyse();

        assertThat(texts(stories(flat).scale()))
                .containsExactly("With no growth, system load stays below 80% of capacity for the next 40 quarters.");
        assertThat(stories(ExecutiveSummaryTest.crowded()).scale()).isEmpty();
    }

    @Test
    void growthIsWordedByItsSignAndNeverReadsAsZeroPercent() {
        Portfolio shrinking = Portfolios.plan().scale(1000, 0.8, -0.05, "2026-Q3", 400, 500).analyse();
        // 0.4% a quarter is growth: written whole it would read "0%".
        Portfolio slow = Portfolios.plan().scale(1000, 0.8, 0.004, "2026-Q3", 400, 500).analyse();
        // 90 against a limit of 80 in 2026-Q4, before the plan's 2027-Q1, and flat since.
        Portfolio pastAndFlat = Portfolios.plan().scale(100, 0.8, 0.0, "2026-Q3", 70, 90).analyse();

        assertThat(texts(stories(shrinking).scale()))
                .containsExactly("Shrinking 5% a quarter, system load stays below 80% of capacity for the next 40 quarters.");
        assertThat(texts(stories(slow).scale()))
                .containsExactly("At 0.4% growth a quarter, system load stays below 80% of capacity for the next 40 quarters.");
        assertThat(texts(stories(pastAndFlat).scale())).first().isEqualTo(
                "System load has been past 80% of capacity since 2026-Q4, before the plan begins, and is not growing: add system capacity first.");
    }

    @Test
    void okrsReportGradesUnfundedKeyResultsAndUnalignedPlatformWork() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("infra").platform().effort(30))
                .with(initiative("shop").effort(10).keyResults("grow/kr"))
                .objective("grow", 80)
                .objective("lost", 10)
                .analyse();

        // infra: 30 pm × $10k = $300k of platform spend, undiscounted.
        assertThat(texts(stories(portfolio).okrs())).containsExactly(
                "Of the 2 objectives, 1 is on track and 1 is off track.",
                "1 key result not yet met has no initiative behind it: fund it or drop it.",
                "1 platform initiative names no key result (Title of infra): $300k of platform cost in today's money with no objective to show for it.",
                "25% of the planned initiatives' effort, counted over their whole build, moves a key result.");
    }

    @Test
    void okrsNameUnalignedPlatformWorkLargestSpendFirstAndGradeOneObjectiveAlone() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("small").title("Small").platform().effort(1))
                .with(initiative("big").title("Big").platform().effort(20))
                .objective("grow", 50)
                .analyse();

        assertThat(texts(stories(portfolio).okrs())).contains(
                "The one objective is at risk.",
                "2 platform initiatives name no key result (Big and Small): $210k of platform cost in today's money with no objective to show for it.");
        assertThat(texts(stories(Portfolios.plan().analyse()).okrs()))
                .containsExactly("No objectives are set in okrs/: nothing says what the work is for.");
    }

    @Test
    void keyResultsMovedOnlyByWorkThatGoesLiveAfterTheirObjectiveIsDueAreNamedLatestFirst() {
        // Every objective is due 2027-Q4. grow: its soonest work, Late, goes live 2028-Q3 (3 quarters
        // late); lost: Slow goes live 2028-Q2 (2 late); keep: Ship goes live 2027-Q4, in time; won: met.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("late").title("Late").start("2028-Q1").duration(2).keyResults("grow/kr"))
                .with(initiative("later").title("Later").start("2028-Q3").duration(1).keyResults("grow/kr"))
                .with(initiative("slow").title("Slow").start("2028-Q1").duration(1).keyResults("lost/kr"))
                .with(initiative("ship").title("Ship").start("2027-Q2").duration(2).keyResults("keep/kr"))
                .with(initiative("after").title("After").start("2028-Q4").duration(1).keyResults("won/kr"))
                .objective("grow", 50).objective("keep", 10).objective("lost", 20).objective("won", 100)
                .analyse();
        Portfolio one = Portfolios.plan()
                .with(initiative("late").title("Late").start("2028-Q1").duration(2).keyResults("grow/kr"))
                .objective("grow", 50)
                .analyse();

        assertThat(texts(stories(portfolio).okrs())).contains("2 key results not yet met are moved only by work that"
                + " goes live after their objective is due, the latest first: Key result of grow (due 2027-Q4; Late"
                + " goes live 2028-Q3); Key result of lost (due 2027-Q4; Slow goes live 2028-Q2). Bring that work forward"
                + " or move the objectives' quarters.");
        assertThat(texts(new ExecutiveSummary().tell(portfolio).findings())).contains(
                "2 key results not yet met are moved only by work that goes live after their objective is due.");
        assertThat(texts(stories(one).okrs())).contains("Key result of grow (Objective grow, due 2027-Q4) is moved only"
                + " by work that goes live after it is due, Late in 2028-Q3 at the soonest: bring that work forward or"
                + " move the objective's quarter.");
        assertThat(texts(new ExecutiveSummary().tell(one).findings())).contains(
                "1 key result not yet met is moved only by work that goes live after its objective is due.");
    }

    @Test
    void anObjectiveDueBeforeThePlanCanOnlyBeMoved() {
        // old is due 2026-Q4, before the plan's 2027-Q1: App goes live 2027-Q3 at the soonest, and no
        // work in the plan can go live before 2027-Q1. grow is due 2027-Q4; Late goes live 2028-Q3, as
        // late (three quarters), so grow, written first, comes first.
        Portfolio one = Portfolios.plan()
                .with(initiative("app").title("App").start("2027-Q1").duration(2).keyResults("old/kr"))
                .objective("old", 20, "2026-Q4")
                .analyse();
        Portfolio both = Portfolios.plan()
                .with(initiative("app").title("App").start("2027-Q1").duration(2).keyResults("old/kr"))
                .with(initiative("late").title("Late").start("2028-Q1").duration(2).keyResults("grow/kr"))
                .objective("old", 20, "2026-Q4").objective("grow", 50)
                .analyse();

        assertThat(texts(stories(one).okrs())).contains("Key result of old (Objective old, due 2026-Q4) is moved only by"
                + " work that goes live after it is due, App in 2027-Q3 at the soonest: it was due before the plan begins"
                + " in 2027-Q1, so no work in the plan can land in time; move the objective's quarter.");
        assertThat(texts(stories(both).okrs())).contains("2 key results not yet met are moved only by work that goes live"
                + " after their objective is due, the latest first: Key result of grow (due 2027-Q4; Late goes live"
                + " 2028-Q3); Key result of old (due 2026-Q4; App goes live 2027-Q3). Bring that work forward or move the"
                + " objectives' quarters; for those due before the plan begins in 2027-Q1, only moving the quarter can help.");
    }

    @Test
    void workWhoseBuildEndsInTheObjectivesQuarterIsLateForIt() {
        // Built 2027-Q3 and 2027-Q4, Edge goes live in 2028-Q1: its benefits cannot move a key result
        // due 2027-Q4.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("edge").title("Edge").start("2027-Q3").duration(2).keyResults("grow/kr"))
                .objective("grow", 50)
                .analyse();

        assertThat(texts(stories(portfolio).okrs())).contains("Key result of grow (Objective grow, due 2027-Q4) is"
                + " moved only by work that goes live after it is due, Edge in 2028-Q1 at the soonest: bring that work"
                + " forward or move the objective's quarter.");
    }

    @Test
    void doneWorkHasLanded() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("done").status(Status.DONE).start("2028-Q1").duration(1).keyResults("grow/kr"))
                .with(initiative("late").start("2028-Q2").duration(1).keyResults("grow/kr"))
                .objective("grow", 50)
                .analyse();

        assertThat(texts(stories(portfolio).okrs())).noneMatch(text -> text.contains("goes live after"));
    }

    @Test
    void theLinkedShareIsSaidToCountTheInitiativesWholeEffort() {
        // shop moves a key result: 20 pm over 2026-Q4 and 2027-Q1, 10 of them before the plan; infra
        // does not: 10 pm in 2027-Q1. SPEC's share is 20 / 30 = 67%; in the plan's quarters it is 50%.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shop").status(Status.IN_PROGRESS).start("2026-Q4").duration(2).effort(20)
                        .keyResults("grow/kr"))
                .with(initiative("infra").platform().effort(10))
                .objective("grow", 50)
                .analyse();

        assertThat(portfolio.alignment().linkedEffortShare()).isEqualTo(20.0 / 30);
        assertThat(texts(stories(portfolio).okrs()))
                .contains("67% of the planned initiatives' effort, counted over their whole build, moves a key result.");
    }

    @Test
    void anObjectiveAtRiskIsAWarningAndOnlyAllOnTrackIsGood() {
        // 50% is at risk (0.4 ≤ score < 0.7), 80% on track; every key result has an initiative.
        Portfolio oneAtRisk = Portfolios.plan().with(initiative("shop").effort(10).keyResults("grow/kr"))
                .objective("grow", 50).analyse();
        Portfolio onTrackAndAtRisk = Portfolios.plan().with(initiative("shop").effort(10).keyResults("grow/kr", "keep/kr"))
                .objective("grow", 50).objective("keep", 80).analyse();

        assertThat(stories(oneAtRisk).okrs()).first().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(texts(stories(onTrackAndAtRisk).okrs())).first()
                .isEqualTo("Of the 2 objectives, 1 is on track and 1 is at risk.");
        assertThat(stories(onTrackAndAtRisk).okrs()).first().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(new ExecutiveSummary().tell(oneAtRisk).findings()).filteredOn(f -> f.topic().equals("okrs"))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);

        Portfolio allOnTrack = Portfolios.plan().with(initiative("shop").effort(10).keyResults("keep/kr"))
                .objective("keep", 80).analyse();
        assertThat(stories(allOnTrack).okrs()).first().extracting(Finding::severity).isEqualTo(Severity.GOOD);
    }

    @Test
    void severalUnfundedKeyResultsAreSpokenOfInThePlural() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shop").effort(10))
                .objective("grow", 80)
                .objective("lost", 10)
                .analyse();

        assertThat(portfolio.alignment().unfundedKeyResults()).hasSize(2);
        assertThat(texts(stories(portfolio).okrs()))
                .filteredOn(text -> text.startsWith("2 key results"))
                .singleElement().asString()
                .doesNotContain("behind it:").doesNotContain("fund it or drop it");
    }

    @Test
    void keyResultsAlreadyMetNeedNoInitiativeAndAreNotToBeFunded() {
        // done/kr is at 100 of 100, past/kr at 120: both met (higher is better), neither named by any
        // initiative. open/kr is at 50: not met, with no initiative either.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shop").effort(10))
                .objective("done", 100)
                .objective("open", 50)
                .objective("past", 120)
                .analyse();

        // SPEC's list is unchanged: all three are unfunded in portfolio.json.
        assertThat(portfolio.alignment().unfundedKeyResults()).containsExactly("done/kr", "open/kr", "past/kr");
        assertThat(texts(stories(portfolio).okrs())).contains(
                "1 key result not yet met has no initiative behind it: fund it or drop it.",
                "2 key results already meet their target with no initiative behind them: none is needed unless the target rises.");
        assertThat(UnfundedKeyResults.of(portfolio)).isEqualTo(
                new UnfundedKeyResults(List.of("open/kr"), List.of("done/kr", "past/kr")));
    }

    @Test
    void signalsNameTheIndicatorsThatAct() {
        Portfolio portfolio = Portfolios.plan()
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20)
                .signal(Indicator.COMPLIANCE, Better.LOWER, "2026-Q3", 4, 8)
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 10)
                .analyse();

        var findings = stories(portfolio).signals();

        // Release velocity and data silos have no series; the priority is high already.
        assertThat(texts(findings)).containsExactly(
                "Platform priority is high: outages and compliance call for action. Platform work that addresses them protects revenue the product roadmap depends on.",
                "2 of the 5 indicators have no data in signals.yaml.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.CRITICAL, Severity.INFO);
    }

    @Test
    void oneActingSignalIsNamedAsTheSignalsPageNamesIt() {
        // Releases fell from 10 to 5 a quarter (higher is better): 50% worse, past the 25% to act.
        Portfolio portfolio = Portfolios.plan()
                .signal(Indicator.RELEASE_VELOCITY, Better.HIGHER, "2026-Q3", 10, 5)
                .analyse();

        assertThat(texts(stories(portfolio).signals())).first().isEqualTo("Platform priority is medium: release velocity"
                + " calls for action. Platform work that addresses it protects revenue the product roadmap depends on.");
    }

    @Test
    void theVerbAgreesWithTheIndicatorsNameNotWithHowManyAct() {
        // Outages doubled (10 → 20, lower is better): the one indicator that acts has a plural name.
        Portfolio outages = Portfolios.plan().signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 20).analyse();
        Portfolio silos = Portfolios.plan().signal(Indicator.DATA_SILOS, Better.LOWER, "2026-Q3", 10, 20).analyse();

        assertThat(texts(stories(outages).signals())).first().isEqualTo("Platform priority is medium: outages"
                + " call for action. Platform work that addresses them protects revenue the product roadmap depends on.");
        assertThat(texts(stories(silos).signals())).first().asString().startsWith(
                "Platform priority is medium: data silos call for action. Platform work that addresses them ");
    }

    @Test
    void signalsWithNoDataAtAllCannotJudgeThePriority() {
        // crowded() has no signals.yaml: all five indicators are unknown (portfolio.json still says low).
        Portfolio portfolio = ExecutiveSummaryTest.crowded();
        var findings = stories(portfolio).signals();

        assertThat(portfolio.platformPriority()).isEqualTo(PlatformPriority.LOW);
        assertThat(texts(findings)).containsExactly(
                "Platform priority cannot be judged without signals: add a series for each of the five indicators to signals.yaml.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void signalsWithNothingToActCountTheIndicatorsWithoutData() {
        // Maintenance flat (ok), outages 10 → 10.5 (+5%, ok): three indicators have no series.
        Portfolio portfolio = Portfolios.plan()
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 10.5)
                .analyse();

        assertThat(texts(stories(portfolio).signals())).containsExactly(
                "Platform priority is low: no indicator calls for action.",
                "3 of the 5 indicators have no data in signals.yaml: with data the priority could be higher.");
    }

    @Test
    void signalsWithEveryIndicatorMeasuredSayNothingOfMissingData() {
        Portfolio portfolio = Portfolios.plan()
                .signal(Indicator.RELEASE_VELOCITY, Better.HIGHER, "2026-Q3", 10, 10)
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.COMPLIANCE, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.DATA_SILOS, Better.LOWER, "2026-Q3", 10, 10)
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 10)
                .analyse();

        assertThat(texts(stories(portfolio).signals()))
                .containsExactly("Platform priority is low: no indicator calls for action.");
    }

    /**
     * Twelve late scalability initiatives: load reaches 80% of capacity in 2027-Q3 (as in troubled()),
     * and initiative s{n} starts then and takes n quarters, so its latest start is 2027-Q3 − n and it
     * is n quarters late. Ids are written so that id order is not lateness order.
     */
    @Test
    void scaleSaysManyLateInitiativesInOneSentenceAboveTheTable() {
        Portfolios plan = Portfolios.plan().scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .with(initiative("early").title("Early").addresses("scalability"));
        for (int n = 1; n <= 12; n++) {
            plan.with(initiative("s" + n).title("Scale " + n).start("2027-Q3").duration(n).addresses("scalability"));
        }

        assertThat(texts(stories(plan.analyse()).scale())).containsExactly(
                "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q3, and 100% in 2027-Q4.",
                "12 of the 13 initiatives that address scalability land after the breach, Scale 12 by the most, twelve"
                        + " quarters: the latest starts say when each would have had to start, most late first.");
    }

    @Test
    void scaleNamesUpToThreeLateInitiativesOneByOne() {
        Portfolios plan = Portfolios.plan().scale(1000, 0.8, 0.25, "2026-Q3", 400, 500);
        for (int n = 1; n <= 3; n++) {
            plan.with(initiative("s" + n).title("Scale " + n).start("2027-Q3").duration(n).addresses("scalability"));
        }

        List<String> texts = texts(stories(plan.analyse()).scale());

        assertThat(texts).hasSize(1 + 3);
        assertThat(texts.get(1)).startsWith("Scale 3 would have had to start by 2026-Q4, before the plan begins");
        assertThat(texts.get(3)).startsWith("Scale 1 ");
        Portfolios four = Portfolios.plan().scale(1000, 0.8, 0.25, "2026-Q3", 400, 500);
        for (int n = 1; n <= 4; n++) {
            four.with(initiative("s" + n).title("Scale " + n).start("2027-Q3").duration(n).addresses("scalability"));
        }
        assertThat(texts(stories(four.analyse()).scale())).last().asString()
                .startsWith("All 4 initiatives that address scalability land after the breach, Scale 4 by the most, four quarters");
    }

    /**
     * Twelve overloaded teams of five people (5 × 3 × 0.8 = 12 pm a quarter), team t{k} with one
     * initiative of 12 × k pm in a quarter: it peaks at k × 100%, for k = 2 … 13.
     */
    @Test
    void teamsNameTheTenMostLoadedInOneSentenceAndCountTheRest() {
        Portfolios plan = Portfolios.plan();
        for (int k = 2; k <= 13; k++) {
            plan.team("t" + k, "Team " + k, 5).with(initiative("i" + k).owner("t" + k).effort(12 * k));
        }
        Portfolio all = plan.analyse();
        plan.team("calm", "Calm team", 5);

        // One sentence, not one per team: the table on the page and in the brief gives each peak again.
        assertThat(texts(stories(plan.analyse()).teams())).containsExactly(
                "12 teams are overloaded: Team 13 peaks at 1300% of its capacity, Team 12 at 1200%, Team 11 at 1100%,"
                        + " Team 10 at 1000%, Team 9 at 900%, Team 8 at 800%, Team 7 at 700%, Team 6 at 600%,"
                        + " Team 5 at 500%, Team 4 at 400% and 2 more. Their plans will slip unless work moves or"
                        + " people join.");
        assertThat(texts(stories(all).teams())).containsExactly("All 12 teams are overloaded, Team 13 most: it peaks"
                + " at 1300% of its capacity. Their plans will slip unless work moves or people join.");
    }

    /**
     * A team of no people owning work in the plan: 45 pm over 2028-Q1…Q3, and one of the two
     * quarters of "later" (2029-Q4, the plan's last), 10 pm; its done work of 2026-Q1 is before the
     * plan and its dropped work counts nowhere. 55 pm in all that no one can do.
     */
    static Portfolio unstaffed() {
        return Portfolios.plan()
                .team("ghost", "Ghost team", 0)
                .team("empty", "Empty team", 0)
                .with(initiative("tracking").title("Live tracking").owner("ghost").start("2028-Q1").duration(3).effort(45))
                .with(initiative("later").title("Later work").owner("ghost").start("2029-Q4").duration(2).effort(20))
                .with(initiative("sunk").owner("ghost").status(Status.DONE).start("2026-Q1").effort(10))
                .with(initiative("gone").owner("ghost").status(Status.DROPPED).effort(99))
                .analyse();
    }

    @Test
    void aTeamWithNoPeopleThatOwnsPlannedWorkIsSaidToHaveNoneToDoIt() {
        Portfolio portfolio = unstaffed();

        // SPEC's figures stay as they are: no utilisation, not overloaded.
        assertThat(portfolio.teams().get(0).peakUtilisation()).isNull();
        assertThat(portfolio.teams().get(0).overloaded()).isFalse();
        // The empty team has no people and no work: nothing to say about it.
        assertThat(texts(stories(portfolio).teams())).containsExactly(
                "Ghost team has no people yet owns 55 person-months of planned work (Later work and Live tracking):"
                        + " none of it can be delivered until people join or the work moves to another team.");
        assertThat(stories(portfolio).teams()).extracting(Finding::severity).containsExactly(Severity.CRITICAL);
    }

    @Test
    void teamsNameEachOverloadedTeam() {
        assertThat(texts(stories(ExecutiveSummaryTest.crowded()).teams())).containsExactly(
                "Payments Core peaks at 417% of its capacity: its plan will slip unless work moves or people join.");

        Portfolio roomy = Portfolios.plan().with(initiative("x").owner("t").effort(1)).team("t", "Roomy", 10).analyse();
        assertThat(texts(stories(roomy).teams())).containsExactly("No team is planned beyond its capacity.");

        assertThat(stories(ExecutiveSummaryTest.troubled()).teams()).isEmpty();
    }

    @Test
    void aMediumPriorityWithNoIndicatorActingSaysWhatIsOnWatch() {
        // Two series 15% worse: both on watch, none acting, so SPEC's priority is medium.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().effort(10))
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 11.5)
                .signal(Indicator.MAINTENANCE, Better.LOWER, "2026-Q3", 10, 11.5)
                .analyse();

        assertThat(texts(stories(portfolio).signals()))
                .contains("Platform priority is medium: no indicator calls for action, and 2 are on watch.");
    }

    @Test
    void moreThanTenTeamsWithNoPeopleAreCountedAfterTheFirstTen() {
        Portfolios plan = Portfolios.plan();
        for (int i = 10; i <= 20; i++) {
            plan.team("t" + i, "Team " + i, 0).with(initiative("w" + i).title("Work " + i).owner("t" + i).effort(i));
        }

        List<String> texts = texts(stories(plan.analyse()).teams());

        // The most work first: Team 20 (20 pm) … Team 11; Team 10 is the one left over.
        assertThat(texts).hasSize(11);
        assertThat(texts.get(0)).startsWith("Team 20 has no people yet owns 20 person-months of planned work (Work 20)");
        assertThat(texts.get(9)).startsWith("Team 11 has no people");
        assertThat(texts.get(10)).isEqualTo(
                "… and 1 more team has no capacity yet owns planned work; the teams page lists every team.");
    }

    @Test
    void exactlyTenTeamsWithNoPeopleAreAllNamedAndNoneCounted() {
        Portfolios plan = Portfolios.plan();
        for (int i = 11; i <= 20; i++) {
            plan.team("t" + i, "Team " + i, 0).with(initiative("w" + i).title("Work " + i).owner("t" + i).effort(i));
        }

        List<String> texts = texts(stories(plan.analyse()).teams());

        assertThat(texts).hasSize(10).allMatch(text -> text.contains(" has no people yet owns "));
        assertThat(texts.get(9)).startsWith("Team 11 has no people");
    }

    @Test
    void aTeamWithNoPeopleNamesOnlyTheWorkThatMakesItsLoad() {
        Portfolio portfolio = Portfolios.plan()
                .team("ghost", "Ghost team", 0)
                .with(initiative("real").title("Real work").owner("ghost").effort(5))
                .with(initiative("none").title("No effort").owner("ghost"))
                .analyse();

        assertThat(texts(stories(portfolio).teams())).containsExactly(
                "Ghost team has no people yet owns 5 person-months of planned work (Real work): none of it can be"
                        + " delivered until people join or the work moves to another team.");
    }

    @Test
    void tenOverloadedTeamsOfTenAreEachNamed() {
        Portfolios plan = Portfolios.plan();
        for (int i = 0; i < 10; i++) {
            plan.team("t" + i, "Team " + i, 1).with(initiative("w" + i).owner("t" + i).effort(10 + i));
        }

        assertThat(texts(stories(plan.analyse()).teams())).singleElement().asString()
                .startsWith("All 10 teams are overloaded: Team 9 peaks at")
                .contains(" and Team 0 at ");
    }

    @Test
    void onePlatformIndicatorOnWatchWithPriorityLowIsGoodNews() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().effort(10))
                .signal(Indicator.OUTAGES, Better.LOWER, "2026-Q3", 10, 11.5)
                .analyse();

        List<Finding> findings = stories(portfolio).signals();
        assertThat(texts(findings)).first()
                .isEqualTo("Platform priority is low: no indicator calls for action, and 1 is on watch.");
        assertThat(findings).first().extracting(Finding::severity).isEqualTo(Severity.GOOD);
    }

    @Test
    void aPlanWithNoPlatformWorkAtAllIsBelowTheBandWithoutBeingToldItIsNotYetPlanned() {
        Portfolio portfolio = Portfolios.plan().horizon(2).with(initiative("app").duration(2).effort(10)).analyse();

        assertThat(texts(stories(portfolio).allocation())).containsExactly(
                "Platform share is below the 20%–30% band in 2 quarters.",
                "Below the band, platform debt builds up: outages, slower releases and compliance findings follow."
                        + " Move product effort to platform work in those quarters.");
    }

    @Test
    void twoIdleQuartersAtThePlansEndAreNamedOneByOne() {
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("core").platform().effort(1))
                .with(initiative("app").duration(2).effort(6))
                .analyse();

        assertThat(texts(stories(portfolio).allocation())).contains("No work is planned in the plan's last 2 quarters"
                + " (2027-Q3 and 2027-Q4): their engineering capacity goes unused. Plan work for them; ending the plan"
                + " sooner instead would also drop their benefits from every NPV.");
    }

    @Test
    void idleQuartersWithWorkBetweenThemAreNotAtThePlansEnd() {
        Portfolio portfolio = Portfolios.plan().horizon(4)
                .with(initiative("core").platform().effort(1))
                .with(initiative("app").platform().start("2027-Q3").effort(1))
                .analyse();

        assertThat(texts(stories(portfolio).allocation())).contains(
                "No work is planned in 2 quarters (2027-Q2 and 2027-Q4): their engineering capacity goes unused.");
    }

    @Test
    void loadThatReachesCapacityExactlyIsAtOneHundredPercentThen() {
        // 640 × 1.25 = 800, 80% of 1000, in 2027-Q1; × 1.25 again = 1000 in 2027-Q2.
        Portfolio portfolio = Portfolios.plan().scale(1000, 0.8, 0.25, "2026-Q3", 512, 640).analyse();

        assertThat(texts(stories(portfolio).scale())).first().isEqualTo(
                "At 25% growth a quarter, system load reaches 80% of capacity in 2027-Q1, and 100% in 2027-Q2.");
    }

    @Test
    void aLimitAtTheWholeCapacityHasNoFurtherQuarterAtOneHundredPercent() {
        Portfolio portfolio = Portfolios.plan().scale(1000, 1.0, 0.25, "2026-Q3", 512, 640).analyse();

        assertThat(texts(stories(portfolio).scale())).first().isEqualTo(
                "At 25% growth a quarter, system load reaches 100% of capacity in 2027-Q2.");
    }

    @Test
    void loadPastTheWholeCapacityBeforeThePlanHasBeenPastItsLimit() {
        Portfolio portfolio = Portfolios.plan().scale(1000, 1.0, 0.25, "2026-Q3", 1100, 1200).analyse();

        assertThat(texts(stories(portfolio).scale())).first().asString()
                .startsWith("System load has been past 100% of capacity since 2026-Q3, before the plan begins");
    }

    @Test
    void lowScoredWorkThatAddsNothingIsNotSaidToAddValue() {
        Portfolio portfolio = Portfolios.plan().with(initiative("low").title("Low")).analyse();

        assertThat(texts(stories(portfolio).matrix())).noneMatch(text -> text.contains("low on both scores"));
    }

    @Test
    void teamsThatOwnNoWorkOrHaveNoPeopleAreNotComparedWithThePlansCapacity() {
        Portfolio idle = Portfolios.plan().with(initiative("app").effort(10)).team("t", "Idle team", 10).analyse();
        Portfolio empty = Portfolios.plan().with(initiative("app").owner("t").effort(10)).team("t", "Ghost", 0).analyse();

        assertThat(stories(idle).capacitiesDisagree()).isEmpty();
        assertThat(stories(empty).capacitiesDisagree()).isEmpty();
    }

    @Test
    void objectivesAtRiskAndOffTrackAreAWarning() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("a").keyResults("one/kr", "two/kr"))
                .objective("one", 50)
                .objective("two", 10)
                .analyse();

        List<Finding> findings = stories(portfolio).okrs();
        assertThat(texts(findings)).first().isEqualTo("Of the 2 objectives, 1 is at risk and 1 is off track.");
        assertThat(findings).first().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void lateKeyResultsAreListedTheLatestFirst() {
        // one: due 2027-Q2, its work live in 2027-Q4 (2 quarters late); two: due 2027-Q1, its work live
        // in 2028-Q1 (4 quarters late).
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("a").title("A").start("2027-Q3").keyResults("one/kr"))
                .with(initiative("b").title("B").start("2027-Q4").keyResults("two/kr"))
                .objective("one", 10, "2027-Q2")
                .objective("two", 10, "2027-Q1")
                .analyse();

        assertThat(texts(stories(portfolio).okrs())).anyMatch(text -> text.contains(
                "the latest first: Key result of two (due 2027-Q1; B goes live 2028-Q1); Key result of one (due 2027-Q2;"
                        + " A goes live 2027-Q4)."));
    }
}
