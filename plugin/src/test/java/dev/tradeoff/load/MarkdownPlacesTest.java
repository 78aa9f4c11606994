package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Page;
import dev.tradeoff.testing.InitiativeBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A warning about a place in a summary or a page lands on that place's line and column in its file. */
class MarkdownPlacesTest {

    private static final String FILE = "initiatives/checkout.yaml";
    private static final String HEAD = "title: Checkout\nkind: product\n";

    private static Initiative withSummary(String summary) {
        return InitiativeBuilder.initiative("checkout").summary(summary).build();
    }

    private static MarkdownPlaces places(String file, String text) {
        return new MarkdownPlaces(new MemorySource(Map.of(file, text)));
    }

    @Test
    void aPlaceInABlockSummaryIsOnItsOwnLine() {
        String summary = "Our plan.\n\nSee [a](\n";
        String yaml = HEAD + "summary: |\n  Our plan.\n\n  See [a](\nvalue: 3\n";

        Problem warning = places(FILE, yaml).inSummary(withSummary(summary), summary.indexOf("See"), "summary: why");

        assertThat(warning.format("")).isEqualTo("initiatives/checkout.yaml:6:3: summary: why");
    }

    @Test
    void aPlaceInAOneLineSummaryIsOnItsLine() {
        String summary = "See [a]( and more";
        String yaml = HEAD + "summary: See [a]( and more\n";

        Problem warning = places(FILE, yaml).inSummary(withSummary(summary), 4, "summary: why");

        assertThat(warning.format("")).isEqualTo("initiatives/checkout.yaml:3:14: summary: why");
    }

    @Test
    void aSummaryEditedSinceLoadingIsWarnedOfAtTheFile() {
        String yaml = HEAD + "summary: Something else now\n";

        Problem warning = places(FILE, yaml).inSummary(withSummary("See [a]("), 4, "summary: why");

        assertThat(warning.format("")).isEqualTo("initiatives/checkout.yaml: summary: why");
    }

    @Test
    void aFileGoneSinceLoadingIsWarnedOfAtTheFile() {
        Problem warning = places("initiatives/other.yaml", HEAD).inSummary(withSummary("See [a]("), 4, "summary: why");

        assertThat(warning.format("")).isEqualTo("initiatives/checkout.yaml: summary: why");
    }

    @Test
    void aPlaceInAPageIsCountedFromTheTopOfItsFile() {
        String body = "# Notes\r\n\r\n  See [a](\r\n";
        String file = "---\r\ntitle: Notes\r\n---\r\n" + body;
        String normalizedBody = body.replace("\r\n", "\n");
        Page page = new Page("notes", "Notes", 0, normalizedBody);

        Problem warning = places("pages/notes.md", file).inPage(page, normalizedBody.indexOf("See"), "why");

        assertThat(warning.format("")).isEqualTo("pages/notes.md:6:3: why");
    }

    @Test
    void aPageEditedSinceLoadingIsWarnedOfAtTheFile() {
        Page page = new Page("notes", "Notes", 0, "See [a](\n");

        Problem warning = places("pages/notes.md", "---\ntitle: Notes\n---\nOther text.\n").inPage(page, 0, "why");

        assertThat(warning.format("")).isEqualTo("pages/notes.md: why");
    }
}
