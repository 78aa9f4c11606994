package dev.tradeoff.model;

/** A key result; {@code unit} may be null. Its reference form is {@code objective-id/kr-id}. */
public record KeyResult(String id, String title, String unit, double baseline, double target, double current) {
}
