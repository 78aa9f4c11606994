package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildResult;
import dev.tradeoff.load.Problem;
import dev.tradeoff.testing.AcmePayStrategy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown that the site shows as plain text, because reading it would take far longer than its
 * length, still builds, and the build warns of it at its place in its file: the user should not find
 * their formatting gone without a word.
 */
class PlainTextMarkdownWarningTest {

    /** Each '](' would be read to the end of the paragraph: as costly as the square of its length. */
    private static final String UNCLOSED_LINKS = "See " + "[a](".repeat(100);
    private static final String CHECKOUT = AcmePayStrategy.CHECKOUT_V2 + """
            summary: |
              A faster checkout with **one-click** payments.

              %s
            """.formatted(UNCLOSED_LINKS);
    /** Lists nested 33 deep, a line each: the 33rd is one too many. */
    private static final String DEEP_LISTS = IntStream.range(0, 33)
            .mapToObj(n -> "  ".repeat(n) + "- level " + n + "\n").collect(Collectors.joining());
    private static final String DEEP_PAGE = "---\ntitle: Deep\n---\nIntro.\n\n" + DEEP_LISTS;

    @TempDir
    Path folder;

    private Path strategy(Map<String, String> changes) {
        Map<String, String> files = StrategyFolder.complete();
        files.putAll(changes);
        return StrategyFolder.write(folder.resolve("strategy"), files);
    }

    @Test
    void aSummaryAndAPageShownAsPlainTextBuildWithAWarningEach() throws Exception {
        Path strategy = strategy(Map.of("initiatives/checkout-v2.yaml", CHECKOUT, "pages/deep.md", DEEP_PAGE));

        BuildResult result = StrategyFolder.build(strategy, folder.resolve("out"), 2);

        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "initiatives/checkout-v2.yaml:" + lineOf(CHECKOUT, UNCLOSED_LINKS) + ":3: summary: shown as plain text"
                        + " on its page and in its brief, without its Markdown formatting: this paragraph holds so many"
                        + " links, code spans or emphasis marks that never close (a '[text](' without its ')', a '`' or"
                        + " '*' without its partner) that reading it would take far longer than a text of its length"
                        + " should. Close them, escape them with a backslash (\\[ \\` \\*), or split the paragraph"
                        + " with blank lines",
                "pages/deep.md:" + lineOf(DEEP_PAGE, "- level 32") + ":65: shown as plain text on the site, without"
                        + " its Markdown formatting: lists and quotes are nested more than 32 levels deep here, deeper"
                        + " than the site shows them. Use at most 32 levels");
        String summary = "A faster checkout with **one-click** payments.\n\n" + UNCLOSED_LINKS + "\n";
        Document page = Jsoup.parse(folder.resolve("out/site/initiatives/checkout-v2.html").toFile(), "UTF-8");
        assertThat(page.select("pre").eachText()).contains(summary.strip());
        assertThat(page.select("strong").eachText()).doesNotContain("one-click");
        String brief = Files.readString(folder.resolve("out/briefs/initiatives/checkout-v2.md"),
                StandardCharsets.UTF_8);
        assertThat(brief).contains("```\n" + summary + "```\n");
        Document deep = Jsoup.parse(folder.resolve("out/site/pages/deep.html").toFile(), "UTF-8");
        assertThat(deep.select("pre").eachText()).contains(DEEP_PAGE.substring(DEEP_PAGE.indexOf("Intro.")).strip());
    }

    /**
     * flexmark 0.64's table reader throws StringIndexOutOfBoundsException on this summary (a row that
     * starts a table inside an indented fence line). The build still succeeds: the summary shows as
     * written on its page and in its brief, and the build says why.
     */
    @Test
    void aSummaryTheMarkdownReaderFailsOnBuildsShownAsWrittenWithAWarning() throws Exception {
        String summary = "|  \n\t\t~~~[| a | b |\n|---|---|";
        String checkout = AcmePayStrategy.CHECKOUT_V2 + "summary: \"" + summary.replace("\n", "\\n")
                .replace("\t", "\\t") + "\"\n";

        BuildResult result = StrategyFolder.build(strategy(Map.of("initiatives/checkout-v2.yaml", checkout)),
                folder.resolve("out"), 2);

        assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
                "initiatives/checkout-v2.yaml:" + lineOf(checkout, "summary:") + ":10: summary: shown as plain text"
                        + " on its page and in its brief, without its Markdown formatting: the Markdown reader failed"
                        + " on it (StringIndexOutOfBoundsException in flexmark), a fault of the reader, not of the text."
                        + " Laying out its tables, lists or code blocks differently may avoid it");
        Document page = Jsoup.parse(folder.resolve("out/site/initiatives/checkout-v2.html").toFile(), "UTF-8");
        assertThat(page.select("pre").eachText()).contains(summary.strip());
        String brief = Files.readString(folder.resolve("out/briefs/initiatives/checkout-v2.md"),
                StandardCharsets.UTF_8);
        assertThat(brief).contains("```\n" + summary + "\n```\n");
    }

    @Test
    void theWarningsAreTheSameWithAnyNumberOfThreads() throws Exception {
        Path strategy = strategy(Map.of("initiatives/checkout-v2.yaml", CHECKOUT, "pages/deep.md", DEEP_PAGE));

        BuildResult one = StrategyFolder.build(strategy, folder.resolve("one"), 1);
        BuildResult eight = StrategyFolder.build(strategy, folder.resolve("eight"), 8);

        assertThat(eight.warnings()).hasSize(2).isEqualTo(one.warnings());
    }

    @Test
    void formattedMarkdownGivesNoWarning() throws Exception {
        BuildResult result = StrategyFolder.build(strategy(Map.of()), folder.resolve("out"), 2);

        assertThat(result.warnings()).isEmpty();
        Document page = Jsoup.parse(folder.resolve("out/site/initiatives/checkout-v2.html").toFile(), "UTF-8");
        assertThat(page.select("strong").eachText()).contains("one-click");
    }

    /** The 1-based line of {@code text} on which {@code part} starts. */
    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }
}
