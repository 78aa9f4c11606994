package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateTest {

    /** Only core-platform moves: three quarters later, which costs NPV and makes it late for the breach. */
    private static StrategyFiles coreLater(String start) {
        return StrategyFiles.base().edit("initiatives/core-platform.yaml", "start: 2027-Q1\n", "start: " + start + "\n");
    }

    @Test
    void parsesACommaList() throws Exception {
        List<Gate> gates = Gate.parse(" npv-drop:500k , BAND,unfunded-key-result,, late-scalability ");
        assertThat(gates).hasSize(4);
        assertThat(Gate.parse("Start-Before-Plan")).extracting(Gate::spelling).containsExactly("start-before-plan");
        assertThat(gates.get(0)).isInstanceOfSatisfying(Gate.NpvDrop.class,
                g -> assertThat(g.allowed().value()).isEqualByComparingTo(new BigDecimal("500000")));
        assertThat(gates).extracting(Gate::spelling)
                .containsExactly("npv-drop:500k", "band", "unfunded-key-result", "late-scalability");
        assertThat(Gate.parse(null)).isEmpty();
        assertThat(Gate.parse("  ")).isEmpty();
        assertThat(((Gate.NpvDrop) Gate.parse("npv-drop:\"$1.2M\"".replace("\"", "")).get(0)).allowed().amount())
                .isEqualTo(1_200_000);
        // Quotes kept by a POM or a shell are not part of the amount.
        assertThat(((Gate.NpvDrop) Gate.parse("npv-drop:\"$1.2M\"").get(0)).allowed().amount()).isEqualTo(1_200_000);
        assertThat(((Gate.NpvDrop) Gate.parse("npv-drop:'250k'").get(0)).allowed().amount()).isEqualTo(250_000);
    }

    @Test
    void anAmountAShellCutShortIsRefusedNotReadAsLess() {
        // npv-drop:$1.2M unquoted in bash: $1 expands to nothing, and $200k would be read.
        assertThatThrownBy(() -> Gate.parse("npv-drop:.2M"))
                .isInstanceOf(DiffException.class)
                .hasMessage("The gate 'npv-drop:.2M' reads as .2M; write 0.2M if that is meant. A shell replaces $1 in"
                        + " npv-drop:$1.2M with nothing: write npv-drop:1.2M");
    }

    @Test
    void anUnknownGateListsTheValidOnes() {
        assertThatThrownBy(() -> Gate.parse("band,late"))
                .isInstanceOf(DiffException.class)
                .hasMessage("Unknown gate 'late' in failOn; the valid gates are: npv-drop[:<money>], band,"
                        + " unfunded-key-result, late-scalability, start-before-plan");
        assertThatThrownBy(() -> Gate.parse("npv-drop:lots"))
                .isInstanceOf(DiffException.class)
                .hasMessageContaining("'npv-drop:lots' needs an amount of money").hasMessageContaining("'lots'");
        assertThatThrownBy(() -> Gate.parse("band:1"))
                .isInstanceOf(DiffException.class).hasMessageContaining("'band' takes no value");
    }

    @Test
    void everyWrongGateIsReportedAtOnceWithTheNameMeant() {
        assertThatThrownBy(() -> Gate.parse("npv-dorp, band, band:1"))
                .isInstanceOf(DiffException.class)
                .hasMessage("Unknown gate 'npv-dorp' in failOn (did you mean 'npv-drop'?); the valid gates are: "
                        + Gate.VALID + System.lineSeparator() + "The gate 'band' takes no value, but failOn has"
                        + " 'band:1'; the valid gates are: " + Gate.VALID);
    }

    @Test
    void startBeforePlanFailsWhenUnstartedWorkMovesBeforeThePlan() throws Exception {
        // Reporting (proposed, 2027-Q3 × 2, effort 20) from 2026-Q3: both builds before the 2027-Q1
        // plan start, 2 × 20 × 10k / 2 = $200k counted as spent. The NPV goes up: no other gate fails.
        StrategyFiles backdated = StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2026-Q3\n");
        DiffResult result = Diffs.compare(StrategyFiles.base(), backdated);

        assertThat(check("start-before-plan", result)).hasValue("start-before-plan: reporting (proposed) starts 2026-Q3,"
                + " before the plan's start 2027-Q1: 2 quarters of its work ($200k, undiscounted) counted as already spent");
        assertThat(Gate.failures(Gate.parse("npv-drop,band,unfunded-key-result,late-scalability"), result)).isEmpty();
        // One quarter before the plan already, two now: said with what it was.
        StrategyFiles oneBefore = StrategyFiles.base().edit("initiatives/reporting.yaml", "start: 2027-Q3\n", "start: 2026-Q4\n");
        assertThat(check("start-before-plan", Diffs.compare(oneBefore, backdated))).hasValue("start-before-plan: reporting"
                + " (proposed) starts 2026-Q3, before the plan's start 2027-Q1: 2 quarters of its work ($200k, undiscounted)"
                + " counted as already spent (was 1 quarter, $100k)");
        // Moved back to the plan, or started: nothing to fail on.
        assertThat(check("start-before-plan", Diffs.compare(backdated, StrategyFiles.base()))).isEmpty();
        StrategyFiles started = backdated.copy().edit("initiatives/reporting.yaml", "status: proposed\n", "status: in-progress\n");
        assertThat(check("start-before-plan", Diffs.compare(StrategyFiles.base(), started))).isEmpty();
    }

    @Test
    void npvDropFailsOnlyBeyondTheAllowance() throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(), coreLater("2027-Q4"));
        double drop = -result.totals().npvDelta();
        assertThat(drop).isPositive();

        assertThat(check("npv-drop:" + (long) Math.ceil(drop), result)).isEmpty();
        assertThat(check("npv-drop:" + (long) Math.floor(drop - 1), result)).hasValueSatisfying(reason ->
                assertThat(reason).startsWith("npv-drop:" + (long) Math.floor(drop - 1) + ": this change lowers portfolio NPV by $")
                        .contains(" allowed"));
        assertThat(check("npv-drop", result)).isPresent();
        // A rise in NPV never fails it.
        assertThat(check("npv-drop", Diffs.compare(coreLater("2027-Q4"), StrategyFiles.base()))).isEmpty();
    }

    @Test
    void bandFailsWhenAQuarterLeavesTheBand() throws Exception {
        Optional<String> reason = check("band", Diffs.compare(StrategyFiles.base(), coreLater("2027-Q2")));
        // Q1 had 25% (within); without core-platform's 10 person-months it has none (below).
        assertThat(reason).hasValue("band: platform share leaves the band (20%–30%) in 2027-Q1 (25% → 0%, below)");
        // 30.2% is not written as the 30% bound it is above.
        StrategyFiles moreCore = StrategyFiles.base().edit("initiatives/core-platform.yaml", "effort: 20\n", "effort: 26\n");
        assertThat(check("band", Diffs.compare(StrategyFiles.base(), moreCore)))
                .hasValue("band: platform share leaves the band (20%–30%) in 2027-Q1 (25% → 30.2%, above)");
        // Coming back into the band, or any change that keeps it, passes.
        assertThat(check("band", Diffs.compare(coreLater("2027-Q2"), StrategyFiles.base()))).isEmpty();
        assertThat(check("band", Diffs.compare(StrategyFiles.base(),
                StrategyFiles.base().edit("initiatives/checkout.yaml", "title: Checkout\n", "title: Pay\n")))).isEmpty();
    }

    @Test
    void unfundedKeyResultFailsWhenTheLastInitiativeGoes() throws Exception {
        StrategyFiles dropped = StrategyFiles.base().edit("initiatives/legacy-cleanup.yaml", "status: proposed\n", "status: dropped\n");
        assertThat(check("unfunded-key-result", Diffs.compare(StrategyFiles.base(), dropped)))
                .hasValue("unfunded-key-result: grow/uptime loses its last initiative (legacy-cleanup)");
        StrategyFiles removed = StrategyFiles.base().remove("initiatives/legacy-cleanup.yaml");
        assertThat(check("unfunded-key-result", Diffs.compare(StrategyFiles.base(), removed))).isPresent();
        // Gaining one passes; losing one of two passes.
        assertThat(check("unfunded-key-result", Diffs.compare(dropped, StrategyFiles.base()))).isEmpty();
        StrategyFiles oneOfTwo = StrategyFiles.base().remove("initiatives/checkout.yaml");
        assertThat(check("unfunded-key-result", Diffs.compare(StrategyFiles.base(), oneOfTwo))).isEmpty();
    }

    @Test
    void lateScalabilityFailsWhenAScalabilityInitiativeBecomesLateOrLater() throws Exception {
        // Breach in 2028-Q1, duration 2: the latest start is 2027-Q3.
        assertThat(check("late-scalability", Diffs.compare(StrategyFiles.base(), coreLater("2027-Q3")))).isEmpty();
        assertThat(check("late-scalability", Diffs.compare(StrategyFiles.base(), coreLater("2028-Q1"))))
                .hasValue("late-scalability: core-platform starts 2 quarters after its latest start 2027-Q3 for the"
                        + " breach in 2028-Q1 (was on time)");
        assertThat(check("late-scalability", Diffs.compare(coreLater("2027-Q4"), coreLater("2028-Q1"))))
                .hasValueSatisfying(r -> assertThat(r).endsWith("(was 1 quarter late)"));
        // Less late passes.
        assertThat(check("late-scalability", Diffs.compare(coreLater("2028-Q1"), coreLater("2027-Q4")))).isEmpty();
        // A breach that comes sooner makes it late without moving it.
        StrategyFiles sooner = StrategyFiles.base().edit("scale.yaml", "growth: 0.1\n", "growth: 0.5\n");
        assertThat(check("late-scalability", Diffs.compare(StrategyFiles.base(), sooner))).isPresent();
    }

    @Test
    void failuresAreReportedInTheOrderGiven() throws Exception {
        DiffResult result = Diffs.compare(StrategyFiles.base(), StrategyFiles.head());
        List<String> failures = Gate.failures(Gate.parse("late-scalability,band,npv-drop:1B"), result);
        assertThat(failures).hasSize(2);
        assertThat(failures.get(0)).startsWith("late-scalability:");
        assertThat(failures.get(1)).startsWith("band:");
    }

    private static Optional<String> check(String spec, DiffResult result) throws DiffException {
        return Gate.parse(spec).get(0).check(result);
    }
}
