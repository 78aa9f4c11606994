package dev.tradeoff.diff;

import java.util.List;

/**
 * A file besides the initiatives and {@code strategy.yaml} whose loaded content differs: its path in
 * the strategy folder ({@code okrs/reliable-at-scale.yaml}, {@code teams.yaml}) and what differs in
 * it, in the order of the file ({@code objective text}, {@code key result p99: target},
 * {@code team data added}; just {@code added} or {@code removed} for a whole file).
 */
public record FileChange(String path, List<String> changes) {

    public FileChange {
        changes = List.copyOf(changes);
    }
}
