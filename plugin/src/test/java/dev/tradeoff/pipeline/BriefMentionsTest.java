package dev.tradeoff.pipeline;

import static dev.tradeoff.testing.AcmePayStrategy.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.testing.AcmePayStrategy;
import dev.tradeoff.view.GitHubMentionFilter;
import dev.tradeoff.view.GitHubMentions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs read on GitHub notify no one that a title, a team name or a summary names, and still show the names. */
class BriefMentionsTest {

    @TempDir
    static Path folder;

    static Path briefs;

    @BeforeAll
    static void build() throws Exception {
        Map<String, String> files = StrategyFolder.complete();
        files.put("initiatives/checkout-v2.yaml", replaceOnce(AcmePayStrategy.CHECKOUT_V2,
                "title: Checkout v2\n", "title: Checkout v2 for @acme/checkout-team\n") + """
                summary: |
                  Ask @alice (or **@bob**); install with `npm i @acme/sdk`, mail pay@example.com.
                """);
        files.put("teams.yaml", replaceOnce(AcmePayStrategy.TEAMS, "name: Checkout\n", "name: \"@acme/checkout\"\n"));
        files.put("okrs/expand-regions.yaml", replaceOnce(AcmePayStrategy.EXPAND_REGIONS,
                "objective: Launch in three new regions\n", "objective: Launch in three new regions with @carol\n"));
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), files);
        StrategyFolder.build(strategy, folder.resolve("out"), 2);
        briefs = folder.resolve("out/briefs");
    }

    @Test
    void noBriefMentionsAnyone() throws Exception {
        try (Stream<Path> paths = Files.walk(briefs)) {
            for (Path brief : paths.filter(path -> path.toString().endsWith(".md")).toList()) {
                assertThat(GitHubMentionFilter.liveMentions(Files.readString(brief, StandardCharsets.UTF_8)))
                        .as(briefs.relativize(brief).toString()).isEmpty();
            }
        }
    }

    @Test
    void theInitiativeBriefStillShowsEveryNameAndKeepsCodeAndMailAsWritten() throws Exception {
        String brief = Files.readString(briefs.resolve("initiatives/checkout-v2.md"), StandardCharsets.UTF_8);

        assertThat(brief).startsWith("# Checkout v2 for @&#8203;acme/checkout-team\n")
                .contains("owned by @&#8203;acme/checkout")
                .contains("Ask @&#8203;alice (or **@&#8203;bob**); install with `npm i @acme/sdk`, mail pay@example.com.")
                .contains("objective: Launch in three new regions with @&#8203;carol");
        // The same brief with the @ left as written would notify them all: the check above can fail.
        assertThat(GitHubMentionFilter.liveMentions(brief.replace(GitHubMentions.BREAK, "")))
                .contains("@acme/checkout-team", "@acme/checkout", "@alice", "@bob", "@carol")
                .doesNotContain("@acme/sdk", "@example");
    }
}
