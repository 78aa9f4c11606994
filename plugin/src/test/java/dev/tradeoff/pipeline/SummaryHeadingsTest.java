package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.testing.AcmePayStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A summary's own headings, under its page's "Summary" h2 and its brief's "## Summary", start one
 * level below: each page and each brief keeps its one h1 and its headings in order.
 */
class SummaryHeadingsTest {

    @TempDir
    static Path folder;

    private static Path out;

    @BeforeAll
    static void build() throws Exception {
        Map<String, String> files = StrategyFolder.complete();
        files.put("initiatives/checkout-v2.yaml", AcmePayStrategy.CHECKOUT_V2 + """
                summary: |
                  # Why

                  Carts are abandoned at the card form.

                  How
                  ---

                  One page, saved cards.
                """);
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), files);
        out = folder.resolve("out");
        StrategyFolder.build(strategy, out, 2);
    }

    @Test
    void theBriefShiftsTheSummarysHeadingsBelowItsSummaryHeading() throws Exception {
        String brief = Files.readString(out.resolve("briefs/initiatives/checkout-v2.md"), StandardCharsets.UTF_8);

        assertThat(brief).startsWith("# Checkout v2\n").contains("""
                ## Summary

                ### Why

                Carts are abandoned at the card form.

                #### How

                One page, saved cards.
                """);
        assertThat(brief.lines().filter(line -> line.startsWith("# "))).containsExactly("# Checkout v2");
    }

    @Test
    void thePageShiftsThemAlike() throws Exception {
        Document page = Jsoup.parse(out.resolve("site/initiatives/checkout-v2.html").toFile(), "UTF-8");

        assertThat(page.select("h3").eachText()).contains("Why");
        assertThat(page.select("h4").eachText()).contains("How");
        assertThat(page.select("h1")).hasSize(1);
    }
}
