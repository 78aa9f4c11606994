package dev.tradeoff.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.testing.AcmePayStrategy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server tells of a summary it shows as plain text as the build does, once: a rebuild
 * with the same warnings says nothing again, one that moves the text tells it at its new line.
 */
class PreviewWarningsTest {

    private static final String COSTLY = "summary: |\n  Fast.\n\n  See " + "[a](".repeat(100) + "\n";

    @TempDir
    Path work;

    private Path strategy;
    private final List<String> warnings = new ArrayList<>();
    private PreviewBuilder builder;
    private long version;

    @BeforeEach
    void write() throws IOException {
        strategy = work.resolve("strategy");
        Files.createDirectories(strategy.resolve("initiatives"));
        Files.writeString(strategy.resolve("strategy.yaml"), AcmePayStrategy.STRATEGY, UTF_8);
        Files.writeString(strategy.resolve("teams.yaml"), AcmePayStrategy.TEAMS, UTF_8);
        checkout(AcmePayStrategy.CHECKOUT_V2.replace("keyResults: [expand-regions/onboarding-days]\n", "") + COSTLY);
        builder = new PreviewBuilder(new PreviewRequest(strategy, "src/strategy", work.resolve("templates"),
                "127.0.0.1", 0, 2), new PreviewLog() {
                    @Override
                    public void info(String message) {
                    }

                    @Override
                    public void warn(String message) {
                        warnings.add(message);
                    }
                });
    }

    private void checkout(String yaml) throws IOException {
        Files.writeString(strategy.resolve("initiatives/checkout-v2.yaml"), yaml, UTF_8);
    }

    private String yaml() throws IOException {
        return Files.readString(strategy.resolve("initiatives/checkout-v2.yaml"), UTF_8);
    }

    private void build() {
        assertThat(builder.build(++version, null).isBroken()).isFalse();
    }

    @Test
    void aSummaryShownAsPlainTextIsToldOnceAndAgainWhenItMoves() throws IOException {
        int line = (int) yaml().lines().takeWhile(l -> !l.startsWith("  See")).count() + 1;

        build();
        assertThat(warnings).singleElement().asString().startsWith("src/strategy/initiatives/checkout-v2.yaml:" + line
                + ":3: summary: shown as plain text on its page and in its brief");

        build();
        assertThat(warnings).hasSize(1);

        // A comment above it: the same strategy, nothing to render, but the summary is a line lower.
        checkout("# moved\n" + yaml());
        build();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(1)).startsWith("src/strategy/initiatives/checkout-v2.yaml:" + (line + 1) + ":3: ");

        checkout(yaml().replace("[a](", "[a]"));
        build();
        assertThat(warnings).hasSize(2);
    }

    @Test
    void unstartedWorkBeforeThePlanIsToldAtTheStartLineAsTheBuildTellsIt() throws IOException {
        checkout(yaml().replace(COSTLY, ""));
        build();
        assertThat(warnings).isEmpty();

        // The plan now starts after checkout-v2 (proposed, from 2027-Q2) was to begin.
        Files.writeString(strategy.resolve("strategy.yaml"),
                AcmePayStrategy.STRATEGY.replace("start: 2027-Q1", "start: 2027-Q3"), UTF_8);
        build();
        assertThat(warnings).singleElement().asString().startsWith("src/strategy/strategy.yaml:3:1: ")
                .contains("Checkout v2");

        build();
        assertThat(warnings).hasSize(1);
    }
}
