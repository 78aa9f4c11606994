package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Warnings placed at a top-level key of a file, read again for them. */
class KeyPlacesTest {

    private final KeyPlaces places = new KeyPlaces(new MemorySource(ValidStrategy.with("signals.yaml", "- a\n")));

    @Test
    void aWarningIsPlacedAtItsKey() {
        assertThat(places.atKey("strategy.yaml", "start", "late")).isEqualTo(new Problem("strategy.yaml", 3, 1, "late"));
        assertThat(places.atKey("teams.yaml", "teams", "big")).isEqualTo(new Problem("teams.yaml", 1, 1, "big"));
    }

    @Test
    void withoutTheKeyOrAMappingTheWarningIsAboutTheWholeFile() {
        assertThat(places.atKey("strategy.yaml", "horizon", "short")).isEqualTo(new Problem("strategy.yaml", 0, 0, "short"));
        assertThat(places.atKey("signals.yaml", "signals", "none")).isEqualTo(new Problem("signals.yaml", 0, 0, "none"));
        assertThat(places.atKey("scale.yaml", "metric", "gone")).isEqualTo(new Problem("scale.yaml", 0, 0, "gone"));
    }
}
