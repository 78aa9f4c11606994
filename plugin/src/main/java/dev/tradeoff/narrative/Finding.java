package dev.tradeoff.narrative;

import java.util.List;

/**
 * One statement in business terms: {@code template} holds placeholders {@code {0}}, {@code {1}}, …
 * for {@code figures}. {@code topic} groups findings (e.g. "value", "band", "delay").
 */
public record Finding(Severity severity, String topic, String template, List<Figure> figures) {

    public Finding {
        figures = List.copyOf(figures);
    }

    public static Finding of(Severity severity, String topic, String template, Figure... figures) {
        return new Finding(severity, topic, template, List.of(figures));
    }
}
