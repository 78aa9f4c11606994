package dev.tradeoff.model;

/** A platform initiative makes product initiative {@code productId} deliver {@code speedup} sooner (0..1). */
public record Enablement(String productId, double speedup) {
}
