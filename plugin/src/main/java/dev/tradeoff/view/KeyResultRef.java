package dev.tradeoff.view;

/** A key result an initiative moves: {@code objective/kr}, its title and progress. */
public record KeyResultRef(String reference, String objective, String title, String progress) {
}
