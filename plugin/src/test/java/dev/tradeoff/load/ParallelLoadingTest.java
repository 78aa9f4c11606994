package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.bench.StrategyGenerator;
import dev.tradeoff.model.Strategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files are read on several threads, and a {@link ParsedFiles} lets a load reuse what the last one
 * read; neither may change the outcome: the same strategy, or the same problems in the same order.
 */
class ParallelLoadingTest {

    /** A strategy, or the formatted problems of a strategy that fails: what a load comes to. */
    private static Object outcome(StrategyLoader loader, StrategySource source) throws IOException {
        try {
            return loader.load(source);
        } catch (StrategyException e) {
            return e.problems().stream().map(p -> p.format("")).toList();
        }
    }

    private static void assertSameOnAnyThreadsAndFromParsedFiles(StrategySource source) throws IOException {
        Object one = outcome(new StrategyLoader(1), source);
        assertThat(outcome(new StrategyLoader(2), source)).isEqualTo(one);
        assertThat(outcome(new StrategyLoader(7), source)).isEqualTo(one);
        ParsedFiles parsed = new ParsedFiles();
        assertThat(outcome(new StrategyLoader(3, parsed), source)).as("first load with parsed files").isEqualTo(one);
        assertThat(outcome(new StrategyLoader(3, parsed), source)).as("every file reused").isEqualTo(one);
        assertThat(outcome(new StrategyLoader(1, parsed), source)).as("reused on one thread").isEqualTo(one);
    }

    @Test
    void aLargeStrategyIsTheSameOnAnyNumberOfThreads() throws IOException {
        MemorySource source = new MemorySource(StrategyGenerator.generate(300, 5));

        assertThat(outcome(new StrategyLoader(1), source)).isInstanceOf(Strategy.class);
        assertSameOnAnyThreadsAndFromParsedFiles(source);
    }

    @Test
    void brokenFilesGiveTheSameProblemsOnAnyNumberOfThreads() throws IOException {
        SortedMap<String, String> files = new TreeMap<>(StrategyGenerator.generate(300, 7));
        int broken = 0;
        for (String path : List.copyOf(files.keySet())) {
            String text = files.get(path);
            if (path.startsWith("initiatives/") && broken++ % 9 == 0) {
                files.put(path, switch (broken % 5) {
                    case 0 -> text + "titel: typo\n";
                    case 1 -> text.replaceFirst("(?m)^effort: .*$", "effort: twelve");
                    case 2 -> "keyResults: [no-such-objective/kr]\n" + text;
                    case 3 -> "value: [unclosed\n" + text;
                    default -> text.replaceFirst("(?m)^kind: .*$", "kind: both");
                });
            }
        }
        files.put("okrs/not an id.yaml", "objective: x\n");
        files.put("initiatives/readme.txt", "not yaml");
        files.put("pages/no-front-matter.md", "# Just a heading\n");
        files.put("teams.yaml", files.get("teams.yaml") + "\tteams: []\n");
        MemorySource source = new MemorySource(files);

        Object problems = outcome(new StrategyLoader(1), source);
        assertThat(problems).asList().hasSizeGreaterThan(35);
        assertSameOnAnyThreadsAndFromParsedFiles(source);
    }

    static List<Path> hostileCases() throws URISyntaxException, IOException {
        Path root = Path.of(ParallelLoadingTest.class.getClassLoader().getResource("hostile").toURI());
        try (Stream<Path> cases = Files.list(root)) {
            return cases.map(c -> c.resolve("strategy")).filter(Files::isDirectory).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("hostileCases")
    void hostileInputIsTheSameOnAnyNumberOfThreads(Path strategy) throws IOException {
        assertSameOnAnyThreadsAndFromParsedFiles(new DirectorySource(strategy));
    }

    @Test
    void parsedFilesGiveWhatAFreshLoadGivesAfterAnEdit() throws Exception {
        Map<String, String> files = new TreeMap<>(StrategyGenerator.generate(100, 3));
        ParsedFiles parsed = new ParsedFiles();
        new StrategyLoader(2, parsed).load(new MemorySource(files));
        String edited = files.keySet().stream().filter(p -> p.startsWith("initiatives/")).skip(17).findFirst().get();
        files.put(edited, files.get(edited).replaceFirst("(?m)^title: .*$", "title: A new title"));

        Strategy reused = load(new StrategyLoader(2, parsed), files);

        assertThat(reused).isEqualTo(load(new StrategyLoader(1), files));
        assertThat(parsed.reusedByLastLoad()).isEqualTo(files.size() - 1);
        assertThat(reused.initiatives()).anySatisfy(i -> assertThat(i.title()).isEqualTo("A new title"));
    }

    @Test
    void aNewPlanStartReadsTheInitiativesAgain() throws IOException {
        Map<String, String> files = new TreeMap<>(StrategyGenerator.generate(60, 4));
        ParsedFiles parsed = new ParsedFiles();
        Strategy before = load(new StrategyLoader(2, parsed), files);
        files.put("strategy.yaml", files.get("strategy.yaml").replaceFirst("(?m)^start: .*$", "start: 2026-Q2"));

        Strategy after = load(new StrategyLoader(2, parsed), files);

        assertThat(after).isEqualTo(load(new StrategyLoader(1), files)).isNotEqualTo(before);
    }

    @Test
    void aFileThatWasFixedHasNoProblemsAndABrokenOneKeepsThem() throws IOException {
        Map<String, String> files = new TreeMap<>(ValidStrategy.files());
        ParsedFiles parsed = new ParsedFiles();
        files.put("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2 + "titel: x\n");
        Object broken = outcome(new StrategyLoader(2, parsed), new MemorySource(files));
        assertThat(outcome(new StrategyLoader(2, parsed), new MemorySource(files))).isEqualTo(broken);

        files.put("initiatives/checkout-v2.yaml", ValidStrategy.CHECKOUT_V2);

        assertThat(outcome(new StrategyLoader(2, parsed), new MemorySource(files)))
                .isEqualTo(Loading.load(files));
    }

    private static Strategy load(StrategyLoader loader, Map<String, String> files) {
        try {
            return loader.load(new MemorySource(files));
        } catch (StrategyException e) {
            throw new AssertionError(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
