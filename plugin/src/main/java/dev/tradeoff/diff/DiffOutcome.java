package dev.tradeoff.diff;

import dev.tradeoff.load.Problem;
import java.util.List;

/**
 * What a diff run produced: the comparison, its verdict in one sentence (the headline of
 * {@code diff.md}), the gates checked as written ({@code npv-drop:500k}), the reasons of those it
 * fails (empty when it passes every gate asked for), and the head's warnings (valid, but probably
 * not meant). The output is written either way.
 */
public record DiffOutcome(DiffResult result, String headline, List<String> gates, List<String> gateFailures,
        List<Problem> warnings) {

    public DiffOutcome {
        gates = List.copyOf(gates);
        gateFailures = List.copyOf(gateFailures);
        warnings = List.copyOf(warnings);
    }

    public boolean passes() {
        return gateFailures.isEmpty();
    }
}
