package dev.tradeoff.narrative;

import static dev.tradeoff.testing.Portfolios.figures;
import static dev.tradeoff.testing.Portfolios.initiative;
import static dev.tradeoff.testing.Portfolios.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.model.Status;
import dev.tradeoff.testing.InitiativeBuilder;
import dev.tradeoff.testing.Portfolios;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One initiative's story, on portfolios without discounting (2027-Q1 to 2029-Q4, $10k a
 * person-month) so that every figure in the sentences can be checked by hand.
 */
class InitiativeStoryTest {

    private static List<Finding> tell(Portfolio portfolio, String id) {
        return new InitiativeStory(portfolio.strategy().plan(), Portfolios.byId(portfolio), portfolio.scale())
                .tell(figures(portfolio, id));
    }

    private static List<String> story(Portfolio portfolio, String id) {
        return texts(tell(portfolio, id));
    }

    @Test
    void doneWorkHasNoCostOfDelayToTell() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shipped").status(Status.DONE).start("2026-Q3").effort(10).benefit("60k", 0))
                .analyse();

        assertThat(story(portfolio, "shipped")).noneMatch(text -> text.contains("delay"));
    }

    @Test
    void tellsValueReturnPaybackAndDelay() {
        // $100k in 2027-Q1, then $60k a quarter from its go-live, 2027-Q2: 11 quarters of benefits by
        // 2029-Q4. The running total is −$40k in 2027-Q2 and +$20k in 2027-Q3, one quarter after go-live.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("fast").effort(10).benefit("60k", 0))
                .analyse();

        assertThat(story(portfolio, "fast")).containsExactly(
                "Adds $560k of value in today's money by 2029-Q4 ($660k of benefits against $100k of costs).",
                "Brings back $6.60 of benefits for each $1 it costs, in today's money.",
                "Pays back in 2027-Q3, one quarter after go-live.",
                "Each quarter of delay costs $60k; built in one quarter, that is also its CD3 (cost of delay per quarter of work).");
        assertThat(tell(portfolio, "fast")).extracting(Finding::severity)
                .containsExactly(Severity.GOOD, Severity.GOOD, Severity.GOOD, Severity.INFO);
    }

    @Test
    void aGainUnderATwentiethOfItsCostIsNotCalledGood() {
        // $100k in 2027-Q1, then $9.3k a quarter for the 11 quarters from 2027-Q2: $102.3k of benefits,
        // an NPV of $2.3k (2.3% of the cost). The running total is −$7k in 2029-Q3, +$2.3k in 2029-Q4.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("thin").effort(10).benefit("9.3k", 0))
                .analyse();

        assertThat(story(portfolio, "thin")).startsWith(
                "Roughly breaks even: adds $2.3k of value in today's money by 2029-Q4 ($102k of benefits against"
                        + " $100k of costs), under 5% of its cost.",
                "Brings back $1.02 of benefits for each $1 it costs, in today's money.",
                "Pays back only in 2029-Q4, the plan's last quarter, ten quarters after go-live.");
        assertThat(tell(portfolio, "thin")).extracting(Finding::severity)
                .startsWith(Severity.INFO, Severity.INFO, Severity.INFO);
    }

    @Test
    void paybackCountsQuartersFromGoLive() {
        // $100k in each of 2027-Q1 and Q2, $50k a quarter from go-live in 2027-Q3: the running total
        // is back at 0 in 2028-Q2, three quarters after 2027-Q3 (the go-live the page shows beside it).
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("steady").duration(2).effort(20).benefit("50k", 0))
                .analyse();

        assertThat(figures(portfolio, "steady").initiative().goLive()).hasToString("2027-Q3");
        assertThat(figures(portfolio, "steady").paybackQuarter()).hasToString("2028-Q2");
        assertThat(story(portfolio, "steady")).contains("Pays back in 2028-Q2, three quarters after go-live.");
    }

    @Test
    void anInitiativeThatPaysBackAsItGoesLiveSaysSo() {
        // $100k in 2027-Q1, then $150k in its go-live quarter 2027-Q2: the running total is +$50k there.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("quick").effort(10).benefit("150k", 0))
                .analyse();

        assertThat(figures(portfolio, "quick").paybackQuarter()).hasToString("2027-Q2");
        assertThat(story(portfolio, "quick")).contains("Pays back in 2027-Q2, the quarter it goes live.");
    }

    @Test
    void anInitiativeThatNeverRecoversSaysSo() {
        // $1M in 2027-Q1 against $10k a quarter for 11 quarters.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("sink").effort(100).benefit("10k", 0))
                .analyse();

        List<Finding> findings = tell(portfolio, "sink");

        assertThat(figures(portfolio, "sink").paybackQuarter()).isNull();
        assertThat(texts(findings)).containsExactly(
                "Costs $890k more than it returns by 2029-Q4 ($110k of benefits against $1M of costs).",
                "Brings back $0.11 of benefits for each $1 it costs, in today's money.",
                "Does not pay back within the plan, which ends in 2029-Q4.",
                "Each quarter of delay costs $10k; built in one quarter, that is also its CD3 (cost of delay per quarter of work).");
        assertThat(findings).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.WARNING, Severity.WARNING, Severity.INFO);
    }

    @Test
    void workThatCostsMoreToRunThanItBringsInNeverPaysBack() {
        // $100k in 2027-Q1, then $40k of benefits against $50k of run cost a quarter: every quarter
        // live loses $10k, so no plan however long would see it back ("within the plan" suggested one would).
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("loser").effort(10).benefit("40k", 0).runCost("50k"))
                .analyse();

        assertThat(figures(portfolio, "loser").paybackQuarter()).isNull();
        assertThat(story(portfolio, "loser"))
                .contains("Never pays back: it costs more to run ($50k a quarter) than it brings in at full rate ($40k).")
                .noneMatch(text -> text.contains("within the plan"));
    }

    @Test
    void delayCostsNothingWhenItsDefaultCostOfDelayIsLessThanItsRunCost() {
        // $40k of benefits against $50k to run, no cost of delay given: SPEC counts $40k, but every
        // quarter live loses $10k, so "each quarter of delay costs $40k" would have it the wrong way round.
        // "even": $30k against $30k. "estimated": the same money as "loser", with a cost of delay of its
        // own ($25k): the owner's estimate stands.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("loser").effort(10).benefit("40k", 0).runCost("50k"))
                .with(initiative("even").duration(2).effort(10).benefit("30k", 0).runCost("30k"))
                .with(initiative("estimated").effort(10).benefit("40k", 0).runCost("50k").costOfDelay("25k"))
                .analyse();

        assertThat(story(portfolio, "loser")).last().isEqualTo("Its cost of delay, $40k a quarter, is its benefits at"
                + " full rate, but it costs $50k a quarter to run: each quarter it runs loses $10k even at full rate, so as"
                + " planned delay loses nothing.");
        assertThat(story(portfolio, "even")).last().isEqualTo("Its cost of delay, $30k a quarter, is its benefits at"
                + " full rate, but it costs as much to run: each quarter it runs nets nothing, so as planned delay loses nothing.");
        assertThat(story(portfolio, "estimated")).last().isEqualTo(
                "Each quarter of delay costs $25k; built in one quarter, that is also its CD3 (cost of delay per quarter of work).");
    }

    @Test
    void workThatCostsAsMuchToRunAsItBringsInOrBringsInNothingNeverPaysBack() {
        // Each $100k in 2027-Q1. "even" earns $40k a quarter at full rate (reached over two quarters)
        // and costs $40k to run; "bare" brings in nothing and costs $5k a quarter; "sunk" neither.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("even").effort(10).benefit("40k", 2).runCost("40k"))
                .with(initiative("bare").effort(10).runCost("5k"))
                .with(initiative("sunk").effort(10))
                .analyse();

        assertThat(story(portfolio, "even")).contains(
                "Never pays back: it costs as much to run as it brings in, $40k a quarter, so what it cost to build never comes back.");
        assertThat(story(portfolio, "bare")).contains(
                "Never pays back: it brings in no benefits and costs $5k a quarter to run.");
        assertThat(story(portfolio, "sunk")).contains(
                "Never pays back: it brings in no benefits to earn back what it costs.");
    }

    @Test
    void workThatEarnsMoreThanItsRunCostButNotEnoughInThePlanDoesNotPayBackWithinThePlan() {
        // $1M in 2027-Q1, then $50k of benefits against $40k of run cost: $10k a quarter, back by
        // 2035 but not by 2029-Q4. It pays back later, so "never" would be wrong.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("slow").effort(100).benefit("50k", 0).runCost("40k"))
                .analyse();

        assertThat(story(portfolio, "slow")).contains("Does not pay back within the plan, which ends in 2029-Q4.")
                .noneMatch(text -> text.startsWith("Never"));
    }

    @Test
    void workBuiltBeforeThePlanNeedsNoPaybackBecauseItsCostIsSunk() {
        // Done in 2026-Q4 (10 pm at $10k, before the plan's 2027-Q1), earning $10k a quarter after.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("shipped").status(dev.tradeoff.model.Status.DONE).start("2026-Q4").effort(10)
                        .benefit("10k", 0).costOfDelay("0"))
                .analyse();

        assertThat(story(portfolio, "shipped")).contains("Needs no payback within the plan: what it cost before 2027-Q1"
                + " is sunk and not counted, and from then on its cash flow is never negative.");
    }

    @Test
    void anInitiativeWithoutCostsNeedsNoPayback() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("free").benefit("10k", 0).costOfDelay("0"))
                .analyse();

        assertThat(story(portfolio, "free")).containsExactly(
                "Adds $110k of value in today's money by 2029-Q4 ($110k of benefits against $0 of costs).",
                "Needs no payback: its cash flow is never negative within the plan.");
    }

    @Test
    void anInitiativeThatStartsAfterThePlanIsOutOfViewNotFree() {
        // The plan runs 2027-Q1 to 2029-Q4 (twelve quarters); this starts in 2030-Q2.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("later").start("2030-Q2").effort(10).benefit("10k", 0).costOfDelay("0"))
                .analyse();

        assertThat(story(portfolio, "later")).containsExactly("Starts in 2030-Q2, after the plan ends in 2029-Q4:"
                + " none of its costs or benefits is in view, so its NPV is 0 here. Lengthen the horizon to value it.");
    }

    @Test
    void workWhoseBenefitsRampUpAfterThePlanSaysItsNpvUnderstatesIt() {
        // Built 2028-Q4 to 2029-Q2 (30 pm, $300k), live in 2029-Q3, $100k a quarter reached over four
        // quarters: $25k and $50k in 2029-Q3 and Q4, full only in 2030-Q2. NPV 75k − 300k = −$225k.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("late").start("2028-Q4").duration(3).effort(30).benefit("100k", 4))
                .analyse();

        assertThat(story(portfolio, "late")).startsWith(
                "Costs $225k more than it returns by 2029-Q4 ($75k of benefits against $300k of costs).",
                "Goes live in 2029-Q3 and reaches its full benefits only in 2030-Q2, after the plan ends in 2029-Q4:"
                        + " only two quarters of its benefits, still ramping up, fall inside the plan, so its NPV"
                        + " understates it. Lengthen the horizon to value it.");
        assertThat(tell(portfolio, "late").get(1).severity()).isEqualTo(Severity.INFO);
    }

    @Test
    void workThatGoesLiveInThePlansLastQuarterOrAfterItSaysItsNpvUnderstatesIt() {
        // "last": live in 2029-Q4, the plan's last quarter, at full rate at once. "after": built
        // 2029-Q4 and 2030-Q1, live in 2030-Q2; only its first build quarter is in the plan.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("last").start("2029-Q3").effort(10).benefit("50k", 0))
                .with(initiative("after").start("2029-Q4").duration(2).effort(20).benefit("50k", 0))
                .analyse();

        assertThat(story(portfolio, "last")).contains("Goes live in 2029-Q4, the plan's last quarter: only one quarter"
                + " of its benefits falls inside the plan, so its NPV understates it. Lengthen the horizon to value it.");
        assertThat(story(portfolio, "after")).contains("Goes live in 2030-Q2, after the plan ends in 2029-Q4: none of"
                + " its benefits falls inside the plan, so its NPV counts its costs alone and understates it."
                + " Lengthen the horizon to value it.");
    }

    @Test
    void workWhoseBenefitsCountInFullOrWouldNotOutweighItsRunCostIsNotSaidToBeUnderstated() {
        // "ramped": live in 2029-Q2, full over three quarters, by 2029-Q4, the plan's last. "costly":
        // live in 2029-Q4 but $60k a quarter to run against $50k of benefits: more quarters lose more.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("ramped").start("2029-Q1").effort(10).benefit("50k", 3))
                .with(initiative("costly").start("2029-Q3").effort(10).benefit("50k", 0).runCost("60k"))
                .analyse();

        assertThat(story(portfolio, "ramped")).noneMatch(text -> text.contains("understates"));
        assertThat(story(portfolio, "costly")).noneMatch(text -> text.contains("understates"));
    }

    /**
     * A scalability initiative against load that reaches 80% of capacity in 2027-Q3: 400 and 500 in
     * 2026-Q3 and Q4, growing 25% a quarter, is 625, 781.25 and then 976.6 ≥ 800 in 2027-Q3.
     */
    private static Portfolio scaling(InitiativeBuilder initiative) {
        return Portfolios.plan()
                .with(initiative.addresses("scalability"))
                .with(initiative("other").start("2027-Q4"))
                .scale(1000, 0.8, 0.25, "2026-Q3", 400, 500)
                .analyse();
    }

    @Test
    void aScalabilityInitiativeThatStartsTooLateSaysSoFirst() {
        // Two quarters of build must start by 2027-Q3 − 2 = 2027-Q1; planned for 2027-Q3, two late.
        Portfolio portfolio = scaling(initiative("scaling").start("2027-Q3").duration(2));

        assertThat(story(portfolio, "scaling")).first().isEqualTo("Starts two quarters too late for the scalability"
                + " limit: load reaches 80% of capacity in 2027-Q3, so it must start by 2027-Q1 to land before then.");
        assertThat(tell(portfolio, "scaling").get(0).severity()).isEqualTo(Severity.CRITICAL);
        // Work that does not address scalability is not measured against the limit.
        assertThat(tell(portfolio, "other")).extracting(Finding::topic).doesNotContain("scale");
    }

    @Test
    void aScalabilityInitiativeOnTimeSaysNothingOfTheLimit() {
        Portfolio portfolio = scaling(initiative("scaling").start("2027-Q1").duration(2));

        assertThat(tell(portfolio, "scaling")).extracting(Finding::topic).doesNotContain("scale");
    }

    @Test
    void aScalabilityInitiativeWhoseLatestStartIsBeforeThePlanCannotCatchUp() {
        // Four quarters must start by 2027-Q3 − 4 = 2026-Q3; planned for 2027-Q4, five late. Started at
        // the plan start, 2027-Q1, it would go live in 2028-Q1: two quarters after 2027-Q3.
        Portfolio portfolio = scaling(initiative("scaling").start("2027-Q4").duration(4));

        assertThat(story(portfolio, "scaling")).first().isEqualTo("Lands five quarters after load reaches 80% of"
                + " capacity in 2027-Q3: it would have had to start by 2026-Q3, before the plan begins, and even started"
                + " at once (2027-Q1) it would land two quarters after. Cut it down to what can land by 2027-Q3, or add"
                + " system capacity before then.");

        // Planned for 2027-Q1 already, it cannot start any sooner: two quarters late, and no "even at once".
        Portfolio atOnce = scaling(initiative("scaling").start("2027-Q1").duration(4));
        assertThat(story(atOnce, "scaling")).first().isEqualTo("Lands two quarters after load reaches 80% of"
                + " capacity in 2027-Q3: it would have had to start by 2026-Q3, before the plan begins. Cut it down to"
                + " what can land by 2027-Q3, or add system capacity before then.");
    }

    @Test
    void aScalabilityInitiativeUnderWayCanOnlyBeCutOrHelpedByCapacity() {
        // In progress since 2027-Q2 for two quarters: live in 2027-Q4, one quarter after 2027-Q3.
        Portfolio portfolio = scaling(initiative("scaling").status(Status.IN_PROGRESS).start("2027-Q2").duration(2));

        assertThat(story(portfolio, "scaling")).first().isEqualTo("Lands one quarter after load reaches 80% of"
                + " capacity in 2027-Q3: started in 2027-Q2, past its latest start of 2027-Q1. Cut it down to what"
                + " can land by 2027-Q3, or add system capacity before then.");
    }

    /**
     * Load past the limit before the plan: 70, 82 and 85 from 2026-Q1 against 100 × 0.8 = 80, so the
     * breach is 2026-Q2, three quarters before the plan's 2027-Q1.
     */
    private static Portfolio pastTheLimit(InitiativeBuilder initiative) {
        return Portfolios.plan()
                .with(initiative.addresses("scalability"))
                .scale(100, 0.8, 0.1, "2026-Q1", 70, 82, 85)
                .analyse();
    }

    @Test
    void aBreachBeforeThePlanIsSaidToHaveHappenedAndOnlyCapacityNowOrLessScopeHelp() {
        // In progress since 2026-Q2 for four quarters: latest start 2026-Q2 − 4 = 2025-Q2, four late;
        // live in 2027-Q2, four quarters after 2026-Q2.
        Portfolio underWay = pastTheLimit(initiative("scaling").status(Status.IN_PROGRESS).start("2026-Q2").duration(4));
        // Committed for 2027-Q2, two quarters: latest start 2025-Q4, six late; live in 2027-Q4.
        Portfolio planned = pastTheLimit(initiative("scaling").start("2027-Q2").duration(2));

        assertThat(story(underWay, "scaling")).first().isEqualTo("Lands four quarters after load passed 80% of"
                + " capacity in 2026-Q2, before the plan begins: started in 2026-Q2, past its latest start of 2025-Q2."
                + " Add system capacity now, and cut it down to what can land first.");
        assertThat(story(planned, "scaling")).first().isEqualTo("Lands six quarters after load passed 80% of"
                + " capacity in 2026-Q2, before the plan begins: it would have had to start by 2025-Q4. Add system capacity"
                + " now, and cut it down to what can land first.");
    }

    @Test
    void workUnderWaySinceBeforeThePlanSaysWhatOfItIsLeftOut() {
        // 30 pm over 2026-Q4 … 2027-Q2, $100k a quarter: 2026-Q4 is before the plan, so its costs are
        // the two quarters in it ($200k). Live in 2027-Q3: ten quarters of $35k by 2029-Q4 ($350k).
        // "moved" spends its $50k one-off in its first quarter, 2026-Q4, too.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("pipe").status(Status.IN_PROGRESS).start("2026-Q4").duration(3).effort(30)
                        .benefit("35k", 0))
                .with(initiative("moved").status(Status.IN_PROGRESS).start("2026-Q4").duration(3).effort(30)
                        .oneOffCost("50k"))
                .analyse();

        assertThat(story(portfolio, "pipe")).startsWith(
                "Adds $150k of value in today's money by 2029-Q4 ($350k of benefits against $200k of costs).",
                "Started in 2026-Q4, before the plan begins in 2027-Q1: its work before then (one quarter,"
                        + " 10 person-months, $100k) counts as already spent and is left out of its costs, its NPV"
                        + " and the plan's effort, which count from 2027-Q1.");
        assertThat(tell(portfolio, "pipe").get(1).severity()).isEqualTo(Severity.INFO);
        assertThat(story(portfolio, "moved")).contains(
                "Started in 2026-Q4, before the plan begins in 2027-Q1: its work before then (one quarter,"
                        + " 10 person-months, $150k with its one-off cost) counts as already spent and is left out of"
                        + " its costs, its NPV and the plan's effort, which count from 2027-Q1.");
    }

    @Test
    void workBuiltBeforeThePlanLeavesOutItsBuildAndWhatItEarnedAndCostToRunBeforeIt() {
        // Built 2026-Q1 … Q2 (20 pm, $200k, and $50k one-off), live from 2026-Q3: its benefits and run
        // cost of 2026-Q3 and Q4 are before the plan too. "flags" cost nothing and earned before the plan.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("old").status(Status.DONE).start("2026-Q1").duration(2).effort(20)
                        .oneOffCost("50k").runCost("1k").benefit("10k", 0))
                .with(initiative("flags").status(Status.DONE).start("2026-Q2").benefit("5k", 0))
                .analyse();

        assertThat(story(portfolio, "old")).contains("Built from 2026-Q1 to 2026-Q2, before the plan begins in"
                + " 2027-Q1: its build (20 person-months, $250k with its one-off cost) counts as already spent and is"
                + " left out of its costs, its NPV and the plan's effort, as are its benefits and run cost before 2027-Q1.");
        assertThat(story(portfolio, "flags")).contains("Built in 2026-Q2, before the plan begins in 2027-Q1: its"
                + " benefits before then are left out of its figures, which count from 2027-Q1.");
    }

    @Test
    void workNotBegunThatStartsBeforeThePlanIsToBeMoved() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("stale").status(Status.PROPOSED).start("2026-Q4").duration(2).effort(20))
                .analyse();

        List<Finding> sunk = tell(portfolio, "stale").stream().filter(f -> f.topic().equals("sunk")).toList();
        assertThat(texts(sunk)).containsExactly("Planned to start in 2026-Q4, before the plan begins in 2027-Q1:"
                + " its work before then (one quarter, 10 person-months, $100k) counts as already spent and is left out"
                + " of its costs, its NPV and the plan's effort, which count from 2027-Q1. If it has not started, move"
                + " its start to 2027-Q1 or later.");
        assertThat(sunk).extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void aDroppedInitiativeIsOnlyListed() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("gone").status(Status.DROPPED).effort(100).benefit("10k", 0))
                .analyse();

        List<Finding> findings = tell(portfolio, "gone");

        assertThat(texts(findings))
                .containsExactly("Dropped: it is listed for the record and takes part in no figure or total.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void enablementNamesTheLiveProductsAndItsValue() {
        // 0.3 × (20 pm × $10k + 2 quarters × $50k) = $90k; the dropped product adds nothing.
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().enables("checkout", 0.3).enables("wallet", 0.5))
                .with(initiative("checkout").start("2027-Q2").duration(2).effort(20).costOfDelay("50k"))
                .with(initiative("wallet").status(Status.DROPPED).duration(4).effort(80).costOfDelay("1M"))
                .analyse();

        assertThat(figures(portfolio, "core").enablementValue()).isEqualTo(90_000.0);
        assertThat(story(portfolio, "core")).contains(
                "Enables Title of checkout to ship 30% sooner, worth $90k (shown beside the NPV, not added to it).");
        assertThat(story(portfolio, "core")).noneMatch(sentence -> sentence.contains("wallet"));
    }

    @Test
    void enablementAveragesTheSpeedupsOfSeveralProducts() {
        // 0.3 × (10 × $10k + 1 × $100k) + 0.5 × (10 × $10k + 1 × $100k) = $160k
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().enables("checkout", 0.3).enables("payouts", 0.5))
                .with(initiative("checkout").start("2027-Q2").effort(10).costOfDelay("100k"))
                .with(initiative("payouts").start("2027-Q3").effort(10).costOfDelay("100k"))
                .analyse();

        assertThat(story(portfolio, "core")).contains(
                "Enables Title of checkout and Title of payouts to ship 40% sooner on average, worth $160k (shown beside the NPV, not added to it).");
    }

    /**
     * The enablement value assumes a product is built on the platform: one that starts before the
     * platform goes live cannot be, as planned, and the finding warns of it.
     */
    @Test
    void enablementWarnsOfProductsPlannedToStartBeforeThePlatformGoesLive() {
        // core builds 2027-Q1 and Q2 and goes live in 2027-Q3.
        Portfolio some = Portfolios.plan()
                .with(initiative("core").platform().duration(2).enables("checkout", 0.3).enables("payouts", 0.5))
                .with(initiative("checkout").start("2027-Q2").effort(10).costOfDelay("100k"))
                .with(initiative("payouts").start("2027-Q3").effort(10).costOfDelay("100k"))
                .analyse();
        Portfolio all = Portfolios.plan()
                .with(initiative("core").platform().duration(2).enables("checkout", 0.3))
                .with(initiative("checkout").start("2027-Q1").effort(10).costOfDelay("100k"))
                .analyse();

        assertThat(story(some, "core")).contains("Enables Title of checkout and Title of payouts to ship 40% sooner on"
                + " average, worth $160k (shown beside the NPV, not added to it), but as planned Title of checkout starts"
                + " before this platform work goes live in 2027-Q3: to get the speed-up, start it after that, or land the platform work sooner.");
        assertThat(story(all, "core")).contains("Enables Title of checkout to ship 30% sooner, worth $60k (shown beside"
                + " the NPV, not added to it), but as planned it starts before this platform work goes live in 2027-Q3: to get the"
                + " speed-up, start it after that, or land the platform work sooner.");
        assertThat(tell(all, "core")).filteredOn(finding -> finding.topic().equals("enablement"))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void enablementOfPlatformWorkLiveAfterThePlanAdvisesLandingItWithinThePlan() {
        // 2027-Q1 to 2028-Q4: core builds for eight quarters and goes live in 2029-Q1, after the plan.
        Portfolio late = Portfolios.plan().horizon(8)
                .with(initiative("core").platform().duration(8).enables("checkout", 0.3))
                .with(initiative("checkout").start("2027-Q1").effort(10).costOfDelay("100k"))
                .analyse();

        assertThat(story(late, "core")).contains("Enables Title of checkout to ship 30% sooner, worth $60k (shown beside"
                + " the NPV, not added to it), but as planned it starts before this platform work goes live in 2029-Q1: to"
                + " get the speed-up, land this platform work within the plan, which ends in 2028-Q4, and start it after that.");
    }

    @Test
    void enablingOnlyDroppedWorkIsSaidToBeWorthNothingAndEnablingNothingIsNotMentioned() {
        Portfolio portfolio = Portfolios.plan()
                .with(initiative("core").platform().enables("wallet", 0.5))
                .with(initiative("lonely").platform())
                .with(initiative("wallet").status(Status.DROPPED).effort(10))
                .analyse();

        // Its page still lists the dropped product it enables: say why it adds nothing.
        assertThat(story(portfolio, "core")).contains("Enables only dropped work (Title of wallet), so its enablement value is $0.");
        assertThat(tell(portfolio, "lonely")).extracting(Finding::topic).doesNotContain("enablement");
        assertThat(tell(portfolio, "wallet")).extracting(Finding::topic).doesNotContain("enablement");
    }

    /**
     * A product already under way or done when the platform goes live cannot be started after it: the
     * page says it gets none of the speed-up, and advises a later start only for work yet to start.
     */
    @Test
    void enablementDoesNotAdviseStartingLaterWorkAlreadyBegun() {
        // core builds 2027-Q1 and Q2 and goes live in 2027-Q3; shop is under way, legacy done, app proposed.
        Portfolio begun = Portfolios.plan()
                .with(initiative("core").platform().duration(2).enables("shop", 0.2).enables("legacy", 0.4))
                .with(initiative("shop").status(Status.IN_PROGRESS).start("2027-Q1").effort(10).costOfDelay("100k"))
                .with(initiative("legacy").status(Status.DONE).start("2026-Q1").effort(10).costOfDelay("100k"))
                .analyse();
        Portfolio mixed = Portfolios.plan()
                .with(initiative("core").platform().duration(2).enables("shop", 0.2).enables("app", 0.4))
                .with(initiative("shop").status(Status.IN_PROGRESS).start("2027-Q1").effort(10).costOfDelay("100k"))
                .with(initiative("app").start("2027-Q2").effort(10).costOfDelay("100k"))
                .analyse();

        assertThat(story(begun, "core")).anySatisfy(text -> assertThat(text)
                .startsWith("Enables Title of shop and Title of legacy to ship 30% sooner on average")
                .endsWith(", but they were begun before this platform work goes live in 2027-Q3, so they get none of"
                        + " the speed-up as planned.")
                .doesNotContain("start them after that"));
        assertThat(story(mixed, "core")).anySatisfy(text -> assertThat(text)
                .endsWith(", but as planned Title of app starts before this platform work goes live in 2027-Q3"
                        + " (Title of shop was begun before it goes live and gets none of it): to get the speed-up,"
                        + " start it after that, or land the platform work sooner."));
    }

    @Test
    void aGainOfExactlyNothingRoughlyBreaksEvenAndPaysBackAsItGoesLive() {
        // $10k of effort in 2027-Q1, $10k of benefits in 2027-Q2, the plan's last quarter: NPV 0.
        Portfolio portfolio = Portfolios.plan().horizon(2)
                .with(initiative("even").title("Even").effort(1).benefit("10k", 0))
                .analyse();

        assertThat(story(portfolio, "even")).containsExactly(
                "Roughly breaks even: adds $0 of value in today's money by 2027-Q2 ($10k of benefits against $10k of"
                        + " costs), under 5% of its cost.",
                "Goes live in 2027-Q2, the plan's last quarter: only one quarter of its benefits falls inside the plan,"
                        + " so its NPV understates it. Lengthen the horizon to value it.",
                "Brings back $1.00 of benefits for each $1 it costs, in today's money.",
                "Pays back in 2027-Q2, the quarter it goes live.",
                "Each quarter of delay costs $10k; built in one quarter, that is also its CD3 (cost of delay per quarter"
                        + " of work).");
        assertThat(tell(portfolio, "even")).extracting(Finding::severity)
                .containsExactly(Severity.INFO, Severity.INFO, Severity.INFO, Severity.GOOD, Severity.INFO);
    }

    @Test
    void aReturnOfExactlyFivePercentIsAGainNotRoughlyBreakingEven() {
        // $100k of effort, $105k of benefits: NPV $5k, 5% of its cost, not under it.
        Portfolio portfolio = Portfolios.plan().horizon(2)
                .with(initiative("thin").title("Thin").effort(10).benefit("105k", 0))
                .analyse();

        assertThat(story(portfolio, "thin")).first()
                .isEqualTo("Adds $5k of value in today's money by 2027-Q2 ($105k of benefits against $100k of costs).");
        assertThat(tell(portfolio, "thin")).first().extracting(Finding::severity).isEqualTo(Severity.GOOD);
    }

    @Test
    void workThatCostsNothingGivesNoReturnPerDollar() {
        Portfolio portfolio = Portfolios.plan().horizon(2)
                .with(initiative("free").title("Free").benefit("10k", 0))
                .analyse();

        assertThat(story(portfolio, "free")).first()
                .isEqualTo("Adds $10k of value in today's money by 2027-Q2 ($10k of benefits against $0 of costs).");
        assertThat(story(portfolio, "free")).noneMatch(text -> text.startsWith("Brings back"));
    }

    @Test
    void workThatEarnsNothingGivesNoReturnPerDollarEither() {
        // $100k in 2027-Q1 and nothing back: "brings back $0.00 for each $1" would say only that twice.
        Portfolio portfolio = Portfolios.plan().horizon(2).with(initiative("bare").effort(10)).analyse();

        assertThat(story(portfolio, "bare")).noneMatch(text -> text.startsWith("Brings back"));
    }

    @Test
    void workWithNothingToCostOrEarnAddsNothingAndHasNoDelayToTell() {
        Portfolio portfolio = Portfolios.plan().horizon(2).with(initiative("idle").title("Idle")).analyse();

        assertThat(story(portfolio, "idle")).containsExactly(
                "Adds $0 of value in today's money by 2027-Q2 ($0 of benefits against $0 of costs).",
                "Needs no payback: its cash flow is never negative within the plan.");
        assertThat(tell(portfolio, "idle")).first().extracting(Finding::severity).isEqualTo(Severity.GOOD);
    }
}
