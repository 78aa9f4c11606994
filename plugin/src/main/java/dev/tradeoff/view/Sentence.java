package dev.tradeoff.view;

/** A finding written out: plain text (templates escape it) and its severity for styling. */
public record Sentence(String severity, String topic, String text) {
}
