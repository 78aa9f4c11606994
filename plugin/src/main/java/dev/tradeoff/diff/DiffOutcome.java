package dev.tradeoff.diff;

import java.util.List;

/**
 * What a diff run produced: the comparison, its verdict in one sentence (the headline of
 * {@code diff.md}), and the reasons of the gates it fails (empty when it
 * passes every gate asked for). The output is written either way.
 */
public record DiffOutcome(DiffResult result, String headline, List<String> gateFailures) {

    public DiffOutcome {
        gateFailures = List.copyOf(gateFailures);
    }

    public boolean passes() {
        return gateFailures.isEmpty();
    }
}
