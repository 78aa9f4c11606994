package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildResult;
import dev.tradeoff.init.StarterStrategy;
import dev.tradeoff.load.Problem;
import dev.tradeoff.model.Quarter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The starter strategy of {@code tradeoff:init} with its plan start moved on and its initiatives'
 * starts left where they were: their work before the new start counts as already spent (SPEC §2)
 * and the NPV leaps. The summary, the brief and the build log must say so, with the money.
 */
class WorkBeforeThePlanTest {

    private static final Quarter INIT = new Quarter(2027, 1);

    /*
     * Moved to 2027-Q3, both initiatives (starting 2027-Q1, four quarters each) have two build
     * quarters before the plan. Self-serve customer onboarding: 60 / 4 × 2 = 30 person-months,
     * × $15k = $450k. Self-service developer platform: 24 / 4 × 2 = 12 person-months, × $15k = $180k,
     * plus its $50k one-off cost (its first quarter, 2027-Q1) = $230k. Together 42 person-months and
     * $680k, the larger first; the portfolio's NPV is then $1.32M, so $680k is at least half of it.
     */
    private static final String VERDICT = "2 initiatives not yet started are planned to begin before the plan starts"
            + " in 2027-Q3 (Self-serve customer onboarding and Self-service developer platform): their work before"
            + " then, 42 person-months costing $680k, counts as already spent and is left out of the portfolio's costs"
            + " and NPV, at least half the portfolio's NPV of $1.32M. Move their start to 2027-Q3 or later, or mark them in progress or"
            + " done if the work happened.";
    private static final String ADVICE = "Move the start of Self-serve customer onboarding and Self-service developer"
            + " platform to 2027-Q3 or later, or mark them in progress or done if the work happened: the NPV leaves out"
            + " $680k of work not yet started because it is planned before the plan starts.";

    @TempDir
    Path folder;

    private Path starter(String planStart) throws Exception {
        Map<String, String> files = new StarterStrategy("Acme", INIT).files();
        String strategy = files.get("strategy.yaml");
        assertThat(strategy).containsOnlyOnce("\nstart: 2027-Q1 ");
        files.put("strategy.yaml", strategy.replace("\nstart: 2027-Q1 ", "\nstart: " + planStart + " "));
        return StrategyFolder.write(folder.resolve("strategy-" + planStart), files);
    }

    private static int lineOf(String text, String fragment) {
        return (int) text.substring(0, text.indexOf(fragment)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void movingThePlanStartPastUnstartedWorkIsInTheSummaryTheBriefAndTheBuildLog() throws Exception {
        Path strategy = starter("2027-Q3");
        Path out = folder.resolve("out");

        BuildResult result = StrategyFolder.build(strategy, out, 2);

        String yaml = Files.readString(strategy.resolve("strategy.yaml"), StandardCharsets.UTF_8);
        assertThat(result.warnings()).extracting(Problem::toString)
                .containsExactly("strategy.yaml:" + (lineOf(yaml, "\nstart: 2027-Q3") + 1) + ":1: " + VERDICT);
        Document index = Jsoup.parse(out.resolve("site/index.html").toFile(), "UTF-8");
        // Right after the NPV it qualifies, and first of what to do.
        assertThat(index.select("ul.findings li").get(1).text()).isEqualTo("Critical: " + VERDICT);
        assertThat(index.select("ul.findings li").get(1).hasClass("critical")).isTrue();
        assertThat(index.select("ol.recommendations li").eachText()).first().isEqualTo("Critical: " + ADVICE);
        String brief = Files.readString(out.resolve("briefs/brief.md"), StandardCharsets.UTF_8);
        assertThat(brief).contains(VERDICT).contains(ADVICE);
    }

    @Test
    void withThePlanStartAsInitWroteItNoneOfItAppears() throws Exception {
        Path out = folder.resolve("out");

        BuildResult result = StrategyFolder.build(starter("2027-Q1"), out, 2);

        assertThat(result.warnings()).isEmpty();
        String index = Files.readString(out.resolve("site/index.html"), StandardCharsets.UTF_8);
        String brief = Files.readString(out.resolve("briefs/brief.md"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("already spent").doesNotContain("not yet started");
        assertThat(brief).doesNotContain("already spent").doesNotContain("not yet started");
    }
}
