package dev.tradeoff.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentTypesTest {

    @Test
    void knowsTheTypesOfASite() {
        assertThat(ContentTypes.of("index.html")).isEqualTo("text/html; charset=utf-8");
        assertThat(ContentTypes.of("assets/tradeoff.CSS")).isEqualTo("text/css; charset=utf-8");
        assertThat(ContentTypes.of("charts/a.svg")).isEqualTo("image/svg+xml");
        assertThat(ContentTypes.of("data/portfolio.json")).isEqualTo("application/json");
        assertThat(ContentTypes.of("a.folder/file")).isEqualTo("application/octet-stream");
        assertThat(ContentTypes.of("x.unknown")).isEqualTo("application/octet-stream");
    }
}
