package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The diff says an indicator's worsening in words: SPEC's −25% is "25% better", not a worsening of
 * −25%. Outages from one series of incidents (lower is better): 4 → 5 in the base, worsening
 * (5 − 4)/4 = 0.25, act; 4 → 3 in the head, worsening (3 − 4)/4 = −0.25, ok.
 */
class DiffIndicatorWordsTest {

    private static StrategyFiles incidents(int last) {
        return StrategyFiles.base().put("signals.yaml", "signals:\n  - indicator: outages\n    metric: incidents\n"
                + "    better: lower\n    values:\n      \"2026-Q3\": 4\n      \"2026-Q4\": " + last + "\n");
    }

    @Test
    void aNegativeWorseningReadsAsBetter() throws Exception {
        DiffResult result = Diffs.compare(incidents(5), incidents(3));

        DiffView view = new DiffViewBuilder(result.currency()).build(result, List.of());

        assertThat(view.moves()).filteredOn(row -> row.subject().equals("Outages signal"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.before()).isEqualTo("act (25% worse)");
                    assertThat(row.after()).isEqualTo("ok (25% better)");
                });
    }
}
