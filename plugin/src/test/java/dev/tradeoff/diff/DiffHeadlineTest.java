package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.render.output.MemoryOutput;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * The verdict and the largest effects: what a reviewer who reads nothing else learns. Costs of
 * delay in {@link StrategyFiles}: core-platform 50k a quarter (its cloud saving), checkout 100k,
 * reporting 20k (their revenue), legacy-cleanup none.
 */
class DiffHeadlineTest {

    @Test
    void aSlipAndAPullInThatCancelAreBothSaid() throws Exception {
        // Core platform starts 2 quarters later: 2 × 50k = +$100k of delay. Checkout starts 1 quarter
        // earlier: 1 × 100k = −$100k. Netted they are $0, and the verdict said nothing of either.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n");
        StrategyFiles head = base.copy()
                .edit("initiatives/checkout.yaml", "start: 2027-Q2\n", "start: 2027-Q1\n")
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q3\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).endsWith(" costs $100k in delay by starting Core platform 2 quarters later and saves"
                + " $100k by starting Checkout 1 quarter earlier.");
        assertThat(md).contains("| Delay cost of 1 later start (not in NPV) | — | — | +$100k |\n"
                        + "| Delay cost of 1 earlier start (not in NPV) | — | — | −$100k |\n")
                .doesNotContain("moved starts");
    }

    @Test
    void aLongerBuildIsSaidWithItsLaterGoLive() throws Exception {
        // Checkout from 2027-Q1 for 2 quarters goes live in 2027-Q3; for 4, in 2028-Q1. Its start is
        // the same, so there is no delay cost in SPEC.md's sense, but its benefits come 2 quarters later.
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "duration: 2\n", "duration: 4\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).startsWith("This change lowers portfolio NPV by ")
                .endsWith(" and makes Checkout take 2 quarters longer, to go live in 2028-Q1 instead of 2027-Q3.");
        assertThat(md).contains("Largest effects: Checkout takes 2 quarters longer, to go live in 2028-Q1 instead of"
                + " 2027-Q3 (NPV −$").doesNotContain("Checkout changed");
    }

    @Test
    void aSlipAndAShorterBuildAreBothSaid() throws Exception {
        // Reporting starts 1 quarter later (2027-Q4) and takes 1 quarter (not 2): it goes live in
        // 2028-Q1 as before, yet its start's slip costs 1 × 20k of delay.
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q4\n")
                .edit("initiatives/reporting.yaml", "duration: 2\n", "duration: 1\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).endsWith(" costs $20k in delay by starting Reporting 1 quarter later and makes"
                + " Reporting take 1 quarter less, still going live in 2028-Q1.");
    }

    @Test
    void goodNewsIsSaidAsBadNewsIs() throws Exception {
        // Core (5 people × 3 × 0.8 = 12 pm a quarter) owns core-platform: 30 pm over 2 quarters, 15 a
        // quarter, 125%. With 7 people, 16.8 a quarter: 89%. Core platform starts in 2027-Q4, a quarter
        // after its latest start for the 2028-Q1 breach; with capacity 1,500 the breach moves later.
        StrategyFiles base = StrategyFiles.base()
                .withCoreTeamOwningCorePlatform()
                .edit("initiatives/core-platform.yaml", "effort: 20\n", "effort: 30\n")
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q4\n");
        StrategyFiles head = base.copy()
                .edit("teams.yaml", "people: 5\n", "people: 7\n")
                .edit("scale.yaml", "capacity: 1000\n", "capacity: 1500\n");

        // The breach: load 500 in 2026-Q4 growing 10% a quarter reaches 80% of 1,000 (800) after 5
        // quarters, 2028-Q1, and 80% of 1,500 (1,200) after 10, 2029-Q2. Core platform's latest start
        // moves from 2027-Q3 to 2028-Q4: it is on time.
        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).isEqualTo("This change leaves portfolio NPV unchanged, puts the scalability breach off"
                + " 5 quarters (2029-Q2, not 2028-Q1), puts 1 late scalability initiative back on time for the 2029-Q2"
                + " breach and ends the overload of Core.");
        assertThat(md).contains("- `scale.yaml`: capacity 1000 → 1500\n").contains("- `teams.yaml`: team core: people 5 → 7\n");
    }

    @Test
    void aTeamAlreadyOverloadedThatLosesPeopleIsSaidToBeLoadedFurtherAndWhy() throws Exception {
        // Core owns core-platform's 30 pm over 2 quarters, 15 a quarter: 125% of 5 people's 12 pm;
        // with 4 people, 9.6 pm a quarter, 156%.
        StrategyFiles base = StrategyFiles.base()
                .withCoreTeamOwningCorePlatform()
                .edit("initiatives/core-platform.yaml", "effort: 20\n", "effort: 30\n");
        StrategyFiles head = base.copy().edit("teams.yaml", "people: 5\n", "people: 4\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).contains("loads Core further over capacity (156% at its busiest, was 125%)");
        assertThat(md).contains("| Team Core at its busiest | 125% (overloaded) | 156% (overloaded) |"
                + " further overloaded: people 5 → 4 |");
    }

    @Test
    void aBreachBroughtSoonerIsSaidBeforeTheWorkItMakesLate() throws Exception {
        // Capacity 700: 80% is 560, which 500 growing 10% a quarter passes after 2 quarters, in 2027-Q2,
        // 3 quarters sooner. Core platform (2 quarters from 2027-Q1) had to start by 2026-Q4.
        StrategyFiles head = StrategyFiles.base().edit("scale.yaml", "capacity: 1000\n", "capacity: 700\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).isEqualTo("This change leaves portfolio NPV unchanged, brings the scalability breach"
                + " 3 quarters sooner (2027-Q2, not 2028-Q1) and makes 1 scalability initiative late for the 2027-Q2 breach.");
    }

    @Test
    void planSettingsAreNamedInWordsWithTheirValues() throws Exception {
        // The base values at the default discount rate, 10%, over 8 quarters at $10k a person-month.
        StrategyFiles head = StrategyFiles.base()
                .edit("strategy.yaml", "horizon: 8\n", "horizon: 10\ndiscountRate: 0.085\n")
                .edit("strategy.yaml", "costPerPersonMonth: 10k\n", "costPerPersonMonth: 12k\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).contains("the plan's horizon of 10 quarters, up from 8; discount rate of 8.5%, down from 10%;"
                        + " and cost per person-month of $12k, up from $10k (NPV ")
                .contains("| discountRate | 10% | 8.5% |")
                .contains("| costPerPersonMonth | $10,000 | $12,000 |");
    }

    @Test
    void aChangedBenefitIsNamedAndItsAmountsShownAsMoney() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("initiatives/checkout.yaml", "amount: 100k\n", "amount: 70k\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).contains("Largest effects: Checkout changed its benefits (NPV −$")
                .contains("| benefits | \\[{type: revenue, amount: $100,000, ramp: 0}\\] |"
                        + " \\[{type: revenue, amount: $70,000, ramp: 0}\\] |");
    }

    @Test
    void theEnablementValueThatAChangeTakesAwayIsSaidBesideTheNpv() throws Exception {
        // Core platform speeds Checkout up by 25%: 0.25 × (60 person-months × $10k + 2 quarters ×
        // $100k cost of delay) = $200k. Dropping Checkout takes it to $0.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/core-platform.yaml", "value: 6\n",
                "enables:\n  - id: checkout\n    speedup: 0.25\nvalue: 6\n");
        StrategyFiles head = base.copy().edit("initiatives/checkout.yaml", "status: committed\n", "status: dropped\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).contains(" lowers the enablement value of platform work by $200k (beside NPV)");
        assertThat(md).contains("| Enablement value of platform work (not in NPV) | $200k | $0 | −$200k |");
    }

    @Test
    void aVerdictWithoutMoneyDoesNotSayLeavesTwice() throws Exception {
        // Legacy cleanup, the only initiative on grow/uptime, moves to grow/revenue: no figure of
        // money moves, and the uptime key result is left without an initiative.
        StrategyFiles head = StrategyFiles.base().edit("initiatives/legacy-cleanup.yaml", "keyResults: [grow/uptime]\n",
                "keyResults: [grow/revenue]\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).isEqualTo("This change keeps portfolio NPV as it was and leaves 1 key result without an initiative.");
        assertThat(md).contains("NPV unchanged.");
    }

    @Test
    void aPullInAloneIsASavingInDelay() throws Exception {
        // Reporting starts 2 quarters earlier: 2 × 20k saved.
        StrategyFiles head = StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q1\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).endsWith(" saves $40k in delay by starting Reporting 2 quarters earlier.");
        assertThat(md).contains("| Delay cost of 1 earlier start (not in NPV) | — | — | −$40k |");
    }

    @Test
    void aPullInWithinThePlanIsStillASavingInDelay() throws Exception {
        // Checkout, in progress, moves from 2027-Q3 to 2027-Q2: both quarters within the plan (from
        // 2027-Q1), so the whole shift saves delay, 1 × 100k, and no start moves before the plan.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "status: committed\n", "status: in-progress\n")
                .edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2027-Q3\n");
        StrategyFiles head = base.copy().edit("initiatives/checkout.yaml", "start: 2027-Q3\n", "start: 2027-Q2\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $77.6k and saves $100k in delay by starting"
                + " Checkout 1 quarter earlier.");

        // The plan is the head's: moved to start in 2026-Q3 with checkout, from 2027-Q3 to 2026-Q3 is
        // 4 quarters within it, although 2 are before the base's plan.
        StrategyFiles earlierPlan = base.copy()
                .edit("strategy.yaml", "start: 2027-Q1\n", "start: 2026-Q3\n")
                .edit("initiatives/checkout.yaml", "start: 2027-Q3\n", "start: 2026-Q3\n");
        assertThat(headline(Diffs.markdown(Diffs.compare(base, earlierPlan))))
                .isEqualTo("This change raises portfolio NPV by $52k and saves $400k in delay by starting Checkout 4 quarters"
                        + " earlier.");
    }

    @Test
    void aStartMovedWhollyBeforeThePlanSavesNoDelayAndIsSaidForWhatItIs() throws Exception {
        // Checkout, in progress, moves from the plan's start, 2027-Q1, back to 2026-Q3: both quarters of
        // the shift are before the plan, so none saves delay (SPEC.md's figure, 2 × 100k = −$200k, stays
        // in the schedule shifts and diff.json). Work in progress is no unstarted work: no warning.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "status: committed\n", "status: in-progress\n");
        StrategyFiles head = base.copy().edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2026-Q3\n");
        DiffResult result = Diffs.compare(base, head);

        String md = Diffs.markdown(result);

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $772k, pushes platform share above the band"
                + " in 2027-Q1 and moves the start of Checkout back to 2026-Q3, before the plan begins in 2027-Q1: check"
                + " that the work really started then.");
        assertThat(md).contains("| Checkout (`checkout`) | 2027-Q1 → 2026-Q3 | 2 quarters earlier (2 before the plan) | −$200k |\n")
                .contains("| Delay cost of 1 earlier start, within the plan (not in NPV) | — | — | $0 |\n");
        JsonNode checkout = new ObjectMapper().readTree(DiffJson.write(result)).get("changed").get(0);
        assertThat(checkout.get("startShift").asInt()).isEqualTo(-2);
        assertThat(checkout.get("delayCost").asDouble()).isEqualTo(-200_000);
    }

    @Test
    void aStartMovedPartlyBeforeThePlanSavesDelayOnlyWithinIt() throws Exception {
        // Checkout, in progress, moves from 2027-Q3 to 2026-Q4, 3 quarters earlier: 2027-Q3 to 2027-Q1
        // within the plan, 2 × 100k = $200k saved; 2027-Q1 to 2026-Q4 before it, no saving.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "status: committed\n", "status: in-progress\n")
                .edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2027-Q3\n");
        StrategyFiles head = base.copy().edit("initiatives/checkout.yaml", "start: 2027-Q3\n", "start: 2026-Q4\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $538k, brings platform share back within the"
                + " band in 2027-Q1, saves $200k in delay by starting Checkout 2 quarters earlier within the plan and moves"
                + " the start of Checkout back to 2026-Q4, before the plan begins in 2027-Q1: check that the work really"
                + " started then.");
        assertThat(md).contains("| Checkout (`checkout`) | 2027-Q3 → 2026-Q4 | 3 quarters earlier (1 before the plan) | −$300k |\n");
    }

    @Test
    void aStartMovedOutOfTheQuartersBeforeThePlanCostsDelayOnlyWithinIt() throws Exception {
        // Checkout, in progress, put right from 2026-Q3 to the plan's start, 2027-Q1: both quarters of
        // the shift are before the plan, so no delay (SPEC.md's +$200k stays in the schedule shifts).
        // Moved on to 2027-Q2, one quarter of the three is within the plan: $100k.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "status: committed\n", "status: in-progress\n")
                .edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2026-Q3\n");
        String corrected = headline(Diffs.markdown(Diffs.compare(base,
                base.copy().edit("initiatives/checkout.yaml", "start: 2026-Q3\n", "start: 2027-Q1\n"))));
        String movedOn = headline(Diffs.markdown(Diffs.compare(base,
                base.copy().edit("initiatives/checkout.yaml", "start: 2026-Q3\n", "start: 2027-Q2\n"))));

        assertThat(corrected).doesNotContain("in delay")
                .endsWith(" moves the start of Checkout from 2026-Q3, before the plan, to 2027-Q1.");
        assertThat(movedOn).contains("costs $100k in delay by starting Checkout 1 quarter later within the plan")
                .doesNotContain("before the plan, to");
    }

    @Test
    void aSlipAPullInAndAStartMovedBeforeThePlanAreEachSaid() throws Exception {
        // Core platform 2 quarters later: +$100k of delay. Reporting 1 quarter earlier within the plan:
        // $20k saved. Checkout, in progress, from 2027-Q1 back to 2026-Q3: no saving (its −$200k would
        // have been the largest), said last.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "status: committed\n", "status: in-progress\n");
        StrategyFiles head = base.copy()
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q3\n")
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q2\n")
                .edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2026-Q3\n");
        DiffResult result = Diffs.compare(base, head);

        String md = Diffs.markdown(result);

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $703k, pushes platform share above the band"
                + " in 2027-Q3 and 2027-Q4, costs $100k in delay by starting Core platform 2 quarters later, saves $20k by"
                + " starting Reporting 1 quarter earlier and moves the start of Checkout back to 2026-Q3, before the plan"
                + " begins in 2027-Q1: check that the work really started then.");
        // As the verdict counts it: Reporting's $20k; Checkout's 2 quarters before the plan save none.
        assertThat(md).contains("| Delay cost of 2 earlier starts, within the plan (not in NPV) | — | — | −$20k |\n");
        MemoryOutput out = new MemoryOutput();
        DiffPipeline.write(result, new DiffViewBuilder(result.currency()).build(result, List.of()), null, out);
        assertThat(Jsoup.parse(out.text("diff.html")).select("p.verdict").text()).isEqualTo(headline(md));
    }

    @Test
    void severalStartsMovedBeforeThePlanNameTheFurthest() throws Exception {
        // Checkout and core platform, both in progress, move back from 2027-Q1: checkout 2 quarters,
        // to 2026-Q3, core platform 1, to 2026-Q4.
        StrategyFiles base = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "status: committed\n", "status: in-progress\n")
                .edit("initiatives/core-platform.yaml", "status: committed\n", "status: in-progress\n");
        StrategyFiles head = base.copy()
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2026-Q4\n")
                .edit("initiatives/checkout.yaml", "start: 2027-Q1\n", "start: 2026-Q3\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).isEqualTo("This change raises portfolio NPV by $915k, pushes platform share above the band"
                + " in 2027-Q1 and moves the starts of 2 initiatives back before the plan begins in 2027-Q1, Checkout the"
                + " furthest (to 2026-Q3): check that the work really started then.");
    }

    @Test
    void severalSlipsNameTheLargestAndCountTheOthers() throws Exception {
        // Core platform 1 quarter later: +$50k; reporting 1 quarter later: +$20k; $70k in all.
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n")
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q4\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).endsWith(" costs $70k in delay by starting Core platform 1 quarter later ($50k) and"
                + " 1 other initiative later.");
        assertThat(md).contains("| Delay cost of 2 later starts (not in NPV) | — | — | +$70k |");
    }

    @Test
    void theLargestSlipIsAmongTheLargestEffectsEvenBehindThreeLargerOnes() throws Exception {
        // Removing reporting (NPV −$115.5k), adding new-api (−$105.8k) and dropping legacy-cleanup
        // (−$95.3k) move NPV more than core-platform's 1-quarter slip: its delay cost is 1 × 50k, its
        // NPV change −$42k (its 100k a quarter of cost one quarter later, 100k × (1.1^−¼ − 1.1^−¾),
        // +$4.5k, and its first 50k of saving lost, −50k × 1.1^−¾, −$46.6k). The slip is named fourth.
        StrategyFiles head = StrategyFiles.base()
                .remove("initiatives/reporting.yaml")
                .put("initiatives/new-api.yaml", StrategyFiles.head().files().get("initiatives/new-api.yaml"))
                .edit("initiatives/legacy-cleanup.yaml", "status: proposed\n", "status: dropped\n")
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).contains("\n\nLargest effects: Reporting removed (portfolio NPV +$115k: it was a loss);"
                + " Partner API added (portfolio NPV −$106k: a loss); Legacy cleanup dropped (portfolio NPV"
                + " +$95.3k: it was a loss); Core platform starts 1 quarter later (NPV −$42k, delay cost"
                + " +$50k).\n\n");
        assertThat(headline(md)).endsWith(" costs $50k in delay by starting Core platform 1 quarter later.");
    }

    @Test
    void aRevivedInitiativesOwnNpvIsSaidApartWhenThePlansNewRateMakesItDifferFromItsChange() throws Exception {
        // Its own change is valued at the base's 10%, its NPV now at the head's 40%: two amounts, both said.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "status: proposed\n", "status: dropped\n");
        StrategyFiles head = StrategyFiles.base()
                .edit("strategy.yaml", "horizon: 8\n", "horizon: 8\ndiscountRate: 0.40\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(md).containsPattern("Reporting revived \\(portfolio NPV −\\$[0-9.]+k by its own changes; its own"
                + " NPV −\\$[0-9.]+k\\)");
        String byItsChanges = md.replaceAll("(?s).*Reporting revived \\(portfolio NPV (−\\$[0-9.]+k) by.*", "$1");
        String itsOwn = md.replaceAll("(?s).*Reporting revived \\(portfolio NPV [^;]+; its own NPV (−\\$[0-9.]+k)\\).*", "$1");
        assertThat(itsOwn).isNotEqualTo(byItsChanges);
    }

    @Test
    void theSlipTheVerdictNamesIsListedEvenWhenASmallerSlipIsAmongTheLargest() throws Exception {
        // Reporting slips 1 quarter (delay +$20k) with its effort raised tenfold: its NPV falls far
        // more than anything else, so it leads the largest effects. Core platform's slip (+$50k) is
        // the one the verdict names, and must be listed too, although a slip is already there.
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2027-Q4\n")
                .edit("initiatives/reporting.yaml", "effort: 20\n", "effort: 200\n")
                .put("initiatives/new-api.yaml", StrategyFiles.head().files().get("initiatives/new-api.yaml"))
                .edit("initiatives/legacy-cleanup.yaml", "status: proposed\n", "status: dropped\n")
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).contains("by starting Core platform 1 quarter later ($50k) and 1 other initiative later");
        String largest = md.substring(md.indexOf("Largest effects: "), md.indexOf(".\n\n", md.indexOf("Largest effects: ")));
        assertThat(largest).startsWith("Largest effects: Reporting starts 1 quarter later")
                .contains("Core platform starts 1 quarter later");
    }

    @Test
    void aKeyResultThatLosesItsLastInitiativeAndAnotherThatGainsItsFirstAreBothSaid() throws Exception {
        // grow/margin has no initiative in the base. Dropping legacy-cleanup leaves grow/uptime without
        // one; reporting now names grow/margin. Key results without an initiative: 1 before, 1 after.
        StrategyFiles base = StrategyFiles.base().edit("okrs/grow.yaml", "    current: 99.5\n", """
                    current: 99.5
                  - id: margin
                    title: Gross margin
                    baseline: 20
                    target: 30
                    current: 22
                """);
        StrategyFiles head = base.copy()
                .edit("initiatives/legacy-cleanup.yaml", "status: proposed\n", "status: dropped\n")
                .edit("initiatives/reporting.yaml", "riskReduction: 2\n", "riskReduction: 2\nkeyResults: [grow/margin]\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).contains(" leaves 1 key result without an initiative but gives 1 other its first");
        assertThat(md).contains("| Key results without an initiative | 1 | 1 | — |")
                .contains("- `grow/uptime` Uptime of the payment path: loses its last initiative (was legacy-cleanup)\n"
                        + "- `grow/margin` Gross margin: gains its first initiative (reporting)\n");

        // Only the gain: said too, as good news.
        StrategyFiles gainOnly = base.copy()
                .edit("initiatives/reporting.yaml", "riskReduction: 2\n", "riskReduction: 2\nkeyResults: [grow/margin]\n");
        assertThat(headline(Diffs.markdown(Diffs.compare(base, gainOnly))))
                .isEqualTo("This change leaves portfolio NPV unchanged and gives 1 key result its first initiative.");
    }

    @Test
    void quartersPushedOverCapacityAreSaidWithTheHighestLoadAndThoseBroughtBackToo() throws Exception {
        // 2027-Q2 plans core-platform's 10, checkout's 30 and legacy-cleanup's 10 person-months: 50,
        // against a capacity cut from 100 to 45, 111%; 2027-Q1's 40 stays within it (89%).
        StrategyFiles base = StrategyFiles.base();
        StrategyFiles head = base.copy().edit("strategy.yaml", "capacity: 100\n", "capacity: 45\n");

        assertThat(headline(Diffs.markdown(Diffs.compare(base, head))))
                .contains("pushes planned work over capacity in 2027-Q2 (111%, was 50%)");
        assertThat(headline(Diffs.markdown(Diffs.compare(head, base))))
                .contains("brings planned work back within capacity in 2027-Q2 (50%, was 111%)");
    }

    @Test
    void aQuarterOverCapacityThatTheChangeLoadsFurtherIsSaid() throws Exception {
        // Capacity 45. Checkout's 60 person-months over 2027-Q1 and Q2 become 80, 40 a quarter:
        // 2027-Q1 goes from 40 (89%) to 50 (111%), 2027-Q2, over already, from 50 (111%) to 60 (133%).
        StrategyFiles base = StrategyFiles.base().edit("strategy.yaml", "capacity: 100\n", "capacity: 45\n");
        StrategyFiles head = base.copy().edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 80\n");

        assertThat(headline(Diffs.markdown(Diffs.compare(base, head))))
                .endsWith(", pushes planned work over capacity in 2027-Q1 (111%, was 89%) and loads planned work further"
                        + " over capacity in 2027-Q2 (133%, was 111%).");
    }

    @Test
    void quartersPushedOutOfTheBandAreSaidOnceForEachSideInDateOrder() throws Exception {
        // The base adds ops (platform, 8 person-months over 2027-Q3 and Q4, 4 a quarter) beside
        // reporting (10 a quarter): 4 / 14, 29%, within the 20%–30% band; 2027-Q1 is 25% (within),
        // 2027-Q2 40% (above). The head does core-platform's 20 person-months in 2027-Q1 alone and
        // moves legacy-cleanup (10) there: 30 of 60, 50%, above; 2027-Q2 keeps checkout's 30 only,
        // 0%, below; ops is removed, so 2027-Q3 and Q4 are 0%, below.
        StrategyFiles base = StrategyFiles.base().put("initiatives/ops.yaml", """
                title: Ops tooling
                kind: platform
                status: proposed
                start: 2027-Q3
                duration: 2
                effort: 8
                value: 3
                riskReduction: 3
                """);
        StrategyFiles head = base.copy()
                .remove("initiatives/ops.yaml")
                .edit("initiatives/core-platform.yaml", "duration: 2\n", "duration: 1\n")
                .edit("initiatives/legacy-cleanup.yaml", "start: 2027-Q2\n", "start: 2027-Q1\n");

        String md = Diffs.markdown(Diffs.compare(base, head));

        assertThat(headline(md)).contains(" pushes platform share above the band in 2027-Q1 and below it in 2027-Q2,"
                + " 2027-Q3 and 2027-Q4")
                .doesNotContain("swings");
        assertThat(md).contains("| 2027-Q1 | 25% (within) | 50% (above) | leaves the band (above) |\n"
                + "| 2027-Q2 | 40% (above) | 0% (below) | crosses the band (below) |\n"
                + "| 2027-Q3 | 29% (within) | 0% (below) | leaves the band (below) |\n");
    }

    @Test
    void newWorkOffTheBandInQuartersIdleBeforeIsSaidApartFromQuartersPushedOut() throws Exception {
        // The base's work all ends by 2027-Q4; the head adds a product in 2028-Q1 and Q2 alone: 0%
        // platform, below the band, where there was no work to be within or out of it.
        StrategyFiles head = StrategyFiles.base().put("initiatives/later.yaml", """
                title: Later product
                kind: product
                status: proposed
                start: 2028-Q1
                duration: 2
                effort: 8
                value: 6
                riskReduction: 2
                """);

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).contains("| 2028-Q1 | idle | 0% (below) | new work, below the band |");
        assertThat(headline(md)).contains(" puts new work below the band in 2028-Q1 and 2028-Q2")
                .doesNotContain("pushes platform share below");
    }

    @Test
    void aTitleInTheVerdictStaysOnOneLineAndShort() throws Exception {
        // The build log prints the verdict as it is: a line break in a title would split it.
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/core-platform.yaml", "title: Core platform\n", "title: \"Core\\nplatform " + "x".repeat(200) + "\"\n")
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n");
        DiffResult result = Diffs.compare(StrategyFiles.base(), head);

        String headline = new DiffViewBuilder("USD").build(result, List.of()).headline();

        assertThat(headline).contains(" by starting Core platform " + "x".repeat(105) + "… 1 quarter later.")
                .doesNotContain("\n");
    }

    @Test
    void threeRewordedInitiativesAreNamedAndMoreAreCounted() throws Exception {
        StrategyFiles three = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "title: Checkout\n", "title: Checkout v2\n")
                .edit("initiatives/core-platform.yaml", "title: Core platform\n", "title: Core\n")
                .edit("initiatives/reporting.yaml", "title: Reporting\n", "title: Insights\n");
        StrategyFiles four = three.copy()
                .edit("initiatives/legacy-cleanup.yaml", "title: Legacy cleanup\n", "title: Cleanup\n");

        assertThat(headline(Diffs.markdown(Diffs.compare(StrategyFiles.base(), three))))
                .isEqualTo("No figure moves: this change edits the wording of Checkout v2 (title), Core (title) and"
                        + " Insights (title).");
        assertThat(headline(Diffs.markdown(Diffs.compare(StrategyFiles.base(), four))))
                .isEqualTo("No figure moves: this change edits the wording of 4 initiatives.");
    }

    @Test
    void aSettingLoweredIsSaidDownFromWhatItWas() throws Exception {
        // The horizon is a whole number of quarters, not a decimal: 6 down from 8, not "up from".
        // The capacity, which values no cash flow, is not among the plan's valuation settings.
        StrategyFiles head = StrategyFiles.base()
                .edit("strategy.yaml", "horizon: 8\n", "horizon: 6\n")
                .edit("strategy.yaml", "capacity: 100\n", "capacity: 90\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(md).contains("Largest effects: the plan's horizon of 6 quarters, down from 8 (NPV −$")
                .doesNotContain("up from 8")
                .doesNotContain("of $90");
        assertThat(Diffs.markdown(Diffs.compare(head, StrategyFiles.base())))
                .contains("Largest effects: the plan's horizon of 8 quarters, up from 6 (NPV +$");
    }

    @Test
    void aPlanThatStartsElsewhereSaysWhereItMovedFrom() throws Exception {
        StrategyFiles head = StrategyFiles.base().edit("strategy.yaml", "start: 2027-Q1\n", "start: 2026-Q4\n");

        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), head)))
                .contains("the plan's start in 2026-Q4, moved from 2027-Q1 (NPV ");
    }

    @Test
    void theLargerSlipIsNamedWhicheverComesFirstById() throws Exception {
        // Reporting 3 quarters later: 3 × 20k = $60k; core platform 1 quarter later: $50k. $110k in all,
        // and reporting, after core-platform by id, is the largest.
        StrategyFiles head = StrategyFiles.base()
                .edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: 2027-Q2\n")
                .edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2028-Q2\n");

        String md = Diffs.markdown(Diffs.compare(StrategyFiles.base(), head));

        assertThat(headline(md)).endsWith(" costs $110k in delay by starting Reporting 3 quarters later ($60k) and"
                + " 1 other initiative later.");
        assertThat(md).contains("| Reporting (`reporting`) | 2027-Q3 → 2028-Q2 | 3 quarters later | +$60k |\n"
                + "| Core platform (`core-platform`) | 2027-Q1 → 2027-Q2 | 1 quarter later | +$50k |\n");
    }

    @Test
    void severalShorterBuildsNameTheOneShortenedMost() throws Exception {
        // Core platform 2 quarters → 1, reporting 4 → 1: reporting, after core-platform by id, the most.
        StrategyFiles base = StrategyFiles.base().edit("initiatives/reporting.yaml", "duration: 2\n", "duration: 4\n");
        StrategyFiles head = base.copy()
                .edit("initiatives/reporting.yaml", "duration: 4\n", "duration: 1\n")
                .edit("initiatives/core-platform.yaml", "duration: 2\n", "duration: 1\n");

        assertThat(headline(Diffs.markdown(Diffs.compare(base, head))))
                .endsWith(" makes 2 initiatives take less, Reporting the most (3 quarters).");
        assertThat(headline(Diffs.markdown(Diffs.compare(head, base))))
                .endsWith(" makes 2 initiatives take longer, Reporting the most (3 quarters).");
    }

    @Test
    void aBreachThatEndsOrBeginsIsSaid() throws Exception {
        // Capacity 1,000,000: 80% of it is far beyond 500 growing 10% a quarter within the projection.
        StrategyFiles ample = StrategyFiles.base().edit("scale.yaml", "capacity: 1000\n", "capacity: 1000000\n");

        assertThat(headline(Diffs.markdown(Diffs.compare(StrategyFiles.base(), ample))))
                .isEqualTo("This change leaves portfolio NPV unchanged and ends the scalability breach (it was 2028-Q1).");
        assertThat(headline(Diffs.markdown(Diffs.compare(ample, StrategyFiles.base()))))
                .isEqualTo("This change leaves portfolio NPV unchanged and brings a scalability breach in 2028-Q1.");
    }

    @Test
    void severalQuartersOverCapacityAreSaidWithTheHighestLoad() throws Exception {
        // 2027-Q1 plans 40 person-months, Q2 50, Q3 and Q4 10 each. Capacity 35: Q1 114%, Q2 143%.
        // Capacity 5: all four over, the highest 50 / 5 = 1000%.
        StrategyFiles two = StrategyFiles.base().edit("strategy.yaml", "capacity: 100\n", "capacity: 35\n");
        StrategyFiles four = StrategyFiles.base().edit("strategy.yaml", "capacity: 100\n", "capacity: 5\n");

        assertThat(headline(Diffs.markdown(Diffs.compare(StrategyFiles.base(), two))))
                .contains(" pushes planned work over capacity in 2027-Q1 and 2027-Q2 (up to 143%)");
        assertThat(headline(Diffs.markdown(Diffs.compare(StrategyFiles.base(), four))))
                .contains(" pushes planned work over capacity in 2027-Q1 and 3 more quarters (up to 1000%)");
    }

    @Test
    void aChangedInitiativeNamesUpToTwoOfTheFieldsItsNpvIsComputedFrom() throws Exception {
        StrategyFiles two = StrategyFiles.base()
                .edit("initiatives/checkout.yaml", "effort: 60\n", "effort: 70\noneOffCost: 50k\n");
        StrategyFiles three = two.copy().edit("initiatives/checkout.yaml", "oneOffCost: 50k\n", "oneOffCost: 50k\nrunCost: 5k\n");

        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), two)))
                .contains("Largest effects: Checkout changed its effort and oneOffCost (NPV −$");
        assertThat(Diffs.markdown(Diffs.compare(StrategyFiles.base(), three)))
                .contains("Largest effects: Checkout changed its effort, oneOffCost and more (NPV −$");
    }

    /** The verdict line of diff.md, without its bold markers. */
    private static String headline(String md) {
        int start = md.indexOf("\n**") + 3;
        return md.substring(start, md.indexOf("**\n", start));
    }
}
