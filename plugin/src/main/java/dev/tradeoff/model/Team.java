package dev.tradeoff.model;

/** A team from {@code teams.yaml}. */
public record Team(String id, String name, TeamType type, double people) {
}
