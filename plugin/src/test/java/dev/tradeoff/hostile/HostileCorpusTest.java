package dev.tradeoff.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the hostile corpus ({@code src/test/resources/hostile/}) through the whole
 * build, into an output folder that already holds an old site. A case either fails with exactly
 * the problems in its {@code expected.txt}, only ever as a {@link StrategyException}, leaving the
 * old output byte for byte as it was; or it is {@code SAFE}: the build succeeds, replaces the old
 * output whole, and nothing in the new site can run script or show user text unescaped.
 */
class HostileCorpusTest {

    /**
     * Only a guard against hangs (the inputs it guards against ran for minutes). Most cases take
     * under 2 s; million-digit-numbers takes about 2 s on a quiet machine and 12–20 s on one busy with
     * other builds (SnakeYAML copies its read window for every 1,024 characters of a long scalar).
     */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    /** What a non-finite figure looks like when it slips through formatting. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("\\b(NaN|Infinity)\\b|∞");

    private static final Map<String, String> OLD_OUTPUT = Map.of(
            "site/index.html", "<!DOCTYPE html><p>the previous site</p>",
            "site/only-in-the-old-site.html", "<p>old</p>",
            "site/assets/tradeoff.css", "/* old */",
            "site/data/portfolio.json", "{\"initiatives\": []}",
            "briefs/brief.md", "# The previous brief\n",
            "briefs/initiatives/gone.md", "# Gone\n");

    static List<HostileCase> cases() {
        return HostileCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void buildGivesTheExpectedOutcome(HostileCase hostile, @TempDir Path temp) throws Exception {
        assertThat(hostile.expected()).as("expected.txt of %s", hostile.name()).isNotEmpty();
        Path strategy = temp.resolve("strategy");
        Path output = temp.resolve("out");
        writeOldOutput(output);
        SortedMap<String, byte[]> before = snapshot(output);

        Outcome outcome = assertTimeoutPreemptively(HANG_GUARD, () -> {
            List<String> shown = hostile.layOut(strategy, temp);
            try {
                Tradeoff.build(new BuildRequest(strategy, output, null, 2));
                return new Outcome(null, shown);
            } catch (StrategyException e) {
                return new Outcome(e, shown);
            } catch (Exception | Error e) {
                throw new AssertionError(hostile.name() + ": the build must fail only with a StrategyException,"
                        + " but threw:\n" + stackTrace(e), e);
            }
        }, hostile.name() + " did not finish in " + HANG_GUARD.toSeconds() + " s");

        assertThat(leftovers(output)).as("staging or backup folders left next to the output").isEmpty();
        if (hostile.isSafe()) {
            assertThat(outcome.problems()).as("problems of a case expected to be SAFE").isEmpty();
            assertSafe(hostile, strategy, output, outcome.shown());
        } else {
            assertThat(outcome.problems()).as("problems of %s", hostile.name()).containsExactlyElementsOf(hostile.expected());
            assertThat(outcome.problems()).noneMatch(line -> line.contains("internal error") || line.contains("Exception"));
            assertThat(snapshot(output)).as("the old output after a failed build")
                    .containsOnlyKeys(before.keySet())
                    .allSatisfy((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
        }
    }

    @Test
    void everyGeneratorHasACaseFolderAndEveryCaseAStrategy() {
        List<String> names = cases().stream().map(HostileCase::name).toList();

        assertThat(names).containsAll(GeneratedFiles.GENERATORS.keySet());
        assertThat(cases()).allSatisfy(hostile -> assertThat(hostile.hasStrategy()).as(hostile.name()).isTrue());
        assertThat(cases()).filteredOn(hostile -> !hostile.isSafe())
                .allSatisfy(hostile -> assertThat(hostile.shown()).as(hostile.name()).isEmpty());
    }

    private static long pagesIn(SiteFiles site, String folder) {
        return site.htmlPages().stream().filter(page -> page.startsWith(folder)).count();
    }

    private static void assertSafe(HostileCase hostile, Path strategyFolder, Path output, List<String> generatedShown)
            throws Exception {
        SiteFiles site = SiteFiles.read(output.resolve("site"));
        assertThat(site.files()).as("the old site is replaced whole")
                .doesNotContainKey("only-in-the-old-site.html")
                .containsKeys("index.html", "data/portfolio.json", "assets/tradeoff.js");
        assertThat(Files.exists(output.resolve("briefs/initiatives/gone.md"))).as("old brief left behind").isFalse();
        assertThat(SafeSite.violations(site)).as("unsafe output of %s", hostile.name()).isEmpty();
        assertThat(site.brokenThemeLinks()).as("broken same-site links of %s", hostile.name()).isEmpty();

        // One page per initiative, objective and free page, besides the overviews: none overwrote another.
        Strategy strategy = Tradeoff.load(strategyFolder);
        assertThat(pagesIn(site, "initiatives/")).as("pages in initiatives/: the overview and one per initiative")
                .isEqualTo(strategy.initiatives().size() + 1);
        assertThat(pagesIn(site, "okrs/")).as("pages in okrs/: the overview and one per objective")
                .isEqualTo(strategy.objectives().size() + 1);
        assertThat(pagesIn(site, "pages/")).as("pages in pages/: one per free page").isEqualTo(strategy.pages().size());

        List<String> bodies = site.htmlPages().stream().map(page -> normalised(site.html(page).body().text())).toList();
        assertThat(bodies).as("figures that are not numbers").noneMatch(body -> NOT_A_NUMBER.matcher(body).find());
        List<String> shown = new ArrayList<>(hostile.shown());
        shown.addAll(generatedShown);
        for (String text : shown) {
            assertThat(bodies).as("some page shows, as text: %s", text).anyMatch(body -> body.contains(normalised(text)));
        }

        List<String> briefs = hostile.shownInBriefs().isEmpty() ? List.of() : briefTexts(output.resolve("briefs"));
        for (String text : hostile.shownInBriefs()) {
            assertThat(briefs).as("some brief, rendered as Markdown, shows as text: %s", text)
                    .anyMatch(brief -> brief.contains(normalised(text)));
        }
        for (Path file : allFiles(output)) {
            String content = new String(Files.readAllBytes(file), UTF_8);
            assertThat(content).as("%s has text from outside the strategy folder", file)
                    .doesNotContain(GeneratedFiles.SECRET).doesNotContain("root:x:0:0");
        }
    }

    /** Each brief rendered as CommonMark (raw HTML passed through, as a viewer does before sanitising), as text. */
    private static List<String> briefTexts(Path briefs) throws IOException {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        Parser parser = Parser.builder(options).build();
        HtmlRenderer renderer = HtmlRenderer.builder(options).build();
        List<String> texts = new ArrayList<>();
        for (Path file : allFiles(briefs)) {
            String html = renderer.render(parser.parse(Files.readString(file)));
            texts.add(normalised(Jsoup.parse(html).body().text()));
        }
        return texts;
    }

    /** Text as jsoup gives it: invisible characters dropped, runs of white space as one space. */
    private static String normalised(String text) {
        return text.replaceAll("[\\u200B\\u00AD]", "").replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private record Outcome(StrategyException exception, List<String> shown) {
        List<String> problems() {
            return exception == null ? List.of() : exception.problems().stream().map(Problem::toString).toList();
        }
    }

    private static void writeOldOutput(Path output) throws IOException {
        for (Map.Entry<String, String> file : new TreeMap<>(OLD_OUTPUT).entrySet()) {
            Path path = output.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    private static SortedMap<String, byte[]> snapshot(Path output) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        for (Path file : allFiles(output)) {
            files.put(output.relativize(file).toString(), Files.readAllBytes(file));
        }
        return files;
    }

    /** Anything next to {@code site/} and {@code briefs/}: staging or backup folders of an interrupted move. */
    private static List<String> leftovers(Path output) throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.map(path -> path.getFileName().toString())
                    .filter(name -> !name.equals("site") && !name.equals("briefs")).sorted().toList();
        }
    }

    private static List<Path> allFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String stackTrace(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
