package dev.tradeoff.analysis;

import dev.tradeoff.model.Quarter;

/** When a scalability initiative must start to deliver before the breach, and how late it is (quarters, ≥ 0). */
public record LatestStart(String id, Quarter latestStart, int lateBy) {
}
