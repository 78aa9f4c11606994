package dev.tradeoff.pipeline;

import static dev.tradeoff.pipeline.StrategyFolder.assertSameFiles;
import static dev.tradeoff.pipeline.StrategyFolder.hiddenEntries;
import static dev.tradeoff.pipeline.StrategyFolder.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.load.StrategyException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build writes the whole new output or leaves the old one exactly as it was, with nothing left behind. */
class AtomicBuildTest {

    @TempDir
    Path folder;

    private Path output;
    private Map<String, byte[]> before;

    @BeforeEach
    void buildAGoodSite() throws Exception {
        output = folder.resolve("out");
        StrategyFolder.build(StrategyFolder.write(folder.resolve("good"), StrategyFolder.complete()), output, 2);
        before = snapshot(output);
        assertThat(before).containsKey("site/index.html");
    }

    private Path strategyWith(String file, String text) {
        Map<String, String> files = StrategyFolder.complete();
        files.put(file, text);
        return StrategyFolder.write(folder.resolve("broken"), files);
    }

    private void assertUntouched() throws IOException {
        assertSameFiles(snapshot(output), before);
        assertThat(hiddenEntries(output)).as("staging folders left behind").isEmpty();
    }

    @Test
    void aBrokenStrategyLeavesThePreviousOutputUntouched() throws Exception {
        Path broken = strategyWith("initiatives/checkout-v2.yaml", """
                title: Checkout v2
                kind: product
                duration: 2
                effort: 24
                valeu: 8
                riskReduction: 3
                """);

        assertThatThrownBy(() -> StrategyFolder.build(broken, output, 2))
                .isInstanceOf(StrategyException.class)
                .hasMessageContaining("checkout-v2.yaml");

        assertUntouched();
    }

    @Test
    void aBrokenReferenceLeavesThePreviousOutputUntouched() throws Exception {
        Path broken = strategyWith("initiatives/checkout-v2.yaml", """
                title: Checkout v2
                kind: product
                owner: nobody
                duration: 2
                effort: 24
                value: 8
                riskReduction: 3
                """);

        assertThatThrownBy(() -> StrategyFolder.build(broken, output, 2))
                .isInstanceOf(StrategyException.class)
                .hasMessageContaining("nobody");

        assertUntouched();
    }

    @Test
    void aTemplateThatFailsHalfWayLeavesThePreviousOutputUntouched() throws Exception {
        // The site's pages and charts are written before the briefs: this fails after most of the site.
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("initiative.md.ftl"), "# ${initiative.noSuchField.really}\n");
        Path strategy = StrategyFolder.write(folder.resolve("same"), StrategyFolder.complete());

        assertThatThrownBy(() -> Tradeoff.build(new BuildRequest(strategy, output, templates, 2)))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(StrategyException.class);

        assertUntouched();
    }

    @Test
    void aPageTemplateThatFailsLeavesThePreviousOutputUntouched() throws Exception {
        Path templates = Files.createDirectories(folder.resolve("templates"));
        Files.writeString(templates.resolve("initiative.ftlh"), "<#if initiative.id == \"payments-platform\">${boom}</#if>ok");
        Path strategy = StrategyFolder.write(folder.resolve("same"), StrategyFolder.complete());

        assertThatThrownBy(() -> Tradeoff.build(new BuildRequest(strategy, output, templates, 4)))
                .isInstanceOf(IOException.class);

        assertUntouched();
    }

    @Test
    void aFailedFirstBuildWritesNothing() throws Exception {
        Path fresh = folder.resolve("fresh");
        Path broken = strategyWith("strategy.yaml", "organization: Acme\n");

        assertThatThrownBy(() -> StrategyFolder.build(broken, fresh, 2)).isInstanceOf(StrategyException.class);

        assertThat(Files.exists(fresh.resolve("site"))).isFalse();
        assertThat(Files.exists(fresh.resolve("briefs"))).isFalse();
        assertThat(hiddenEntries(fresh)).isEmpty();
    }
}
