package dev.tradeoff.properties;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.PortfolioJson;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.render.output.SiteOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The sample strategy with a few lines edited at random, as a hurried hand or a bad merge would
 * (a line emptied, copied over another or re-indented, a character dropped, a token put in, a value
 * replaced by another kind of value or a number of any size), either loads, and then analyses, lays
 * out and renders without an error, or is refused with problems that each name their file and say
 * what is wrong. Nothing else: no exception gets out, and no reader fails inside (the loader
 * reports that as an internal error rather than crash). Most edited strategies are refused, so this
 * mostly checks the problems; to hunt for a crash, run it with {@code tries} in the hundreds of
 * thousands.
 */
class MutatedStrategyPropertiesTest {

    private static final Map<String, String> SAMPLE = sample();
    private static final List<String> NAMES = List.copyOf(SAMPLE.keySet());

    /** What an edit puts in: YAML's syntax, values of every kind, ids, quarters and text that must stay text. */
    private static final List<String> TOKENS = List.of("", "-", "- ", ":", ": ", "[", "]", "{", "}", "\"", "'",
            "&a ", "*a", "!!str ", "!!int ", "null", "~", "true", "0", "-1", "1e308", "-1e308", ".nan", ".inf",
            "1e-320", "9999999999999999999999", "0x10", "2026-Q0", "2026-Q5", "9999-Q4", "2027-Q4", "$-5",
            "€1.2M", "1.2k", "1,2", "\t", "  ", "\n", "#", "|", ">", "---", "?", "@", "\u0000", "\u2028",
            "\uFEFF", "\uD800", "日本", "🙂", "<script>", "[x](javascript:alert(1))", "<!--", "payments-core",
            "self", "kr-1");

    private static final SiteViewBuilder VIEWS = new SiteViewBuilder(1);
    private static final SiteRenderer RENDERER = new SiteRenderer(null, 1);
    private static final SiteOutput NOWHERE = (path, bytes) -> { };

    /** One edit: of which file and line (taken modulo their counts), how, and with what. */
    record Edit(int file, int line, int kind, String token) {
    }

    @Provide
    Arbitrary<List<Edit>> edits() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000), Arbitraries.integers().between(0, 1_000),
                        Arbitraries.integers().between(0, 7), Arbitraries.of(TOKENS))
                .as(Edit::new).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 100)
    void aStrategyEditedAtRandomIsBuiltOrRefusedWithItsProblems(@ForAll("edits") List<Edit> edits) throws IOException {
        Map<String, String> files = edited(edits);
        Strategy strategy;
        try {
            strategy = new StrategyLoader(1).load(new MemorySource(files));
        } catch (StrategyException refused) {
            assertThat(refused.problems()).isNotEmpty().allSatisfy(problem -> {
                assertThat(problem.file()).as("the file of %s", problem).isNotBlank();
                assertThat(problem.message()).as("the message of %s", problem).isNotBlank();
                assertThat(problem.line()).as("the line of %s", problem).isNotNegative();
                // The loader turns a reader's exception into this problem rather than crash: still a bug.
                assertThat(problem.message()).as("%s", problem).doesNotContain("internal error");
            });
            return;
        }
        Portfolio portfolio = PortfolioAnalysis.analyse(strategy);
        SiteView view = VIEWS.build(portfolio);
        RENDERER.render(portfolio, view, NOWHERE, NOWHERE);
        assertThat(PortfolioJson.write(portfolio)).isNotEmpty();
    }

    private static Map<String, String> edited(List<Edit> edits) {
        Map<String, String> files = new TreeMap<>(SAMPLE);
        for (Edit edit : edits) {
            String name = NAMES.get(edit.file() % NAMES.size());
            String[] lines = files.get(name).split("\n", -1);
            // A value's edit goes to a line with a value on it: most lines of a strategy are one.
            int at = edit.kind() == 2 || edit.kind() == 6 ? valueLine(lines, edit.line()) : edit.line() % lines.length;
            String line = lines[at];
            int colon = line.indexOf(": ");
            String token = edit.token();
            lines[at] = switch (edit.kind()) {
                case 0 -> "";
                case 1 -> line.substring(0, line.length() / 2) + token + line.substring(line.length() / 2);
                case 2 -> colon > 0 ? line.substring(0, colon + 2) + token : line;
                case 3 -> lines[(at + edit.line()) % lines.length];
                case 4 -> (token.isBlank() ? token : "  ") + line.stripLeading();
                case 5 -> line.isEmpty() ? line : line.substring(0, line.length() / 3) + line.substring(line.length() / 3 + 1);
                case 6 -> colon > 0 ? line.substring(0, colon + 2) + anyNumber(edit.line()) : line;
                default -> line + token;
            };
            files.put(name, String.join("\n", lines));
        }
        return files;
    }

    /** The index of the {@code pick}-th line (modulo their count) that holds "key: value", else of any line. */
    private static int valueLine(String[] lines, int pick) {
        List<Integer> withValues = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf(": ") > 0) {
                withValues.add(i);
            }
        }
        return withValues.isEmpty() ? pick % lines.length : withValues.get(pick % withValues.size());
    }

    /** A number of any size or sign, chosen by {@code pick}. */
    private static String anyNumber(int pick) {
        List<String> numbers = List.of("0", "-0.0", "-250", "0.000001", "123456789012", "1.7976931348623157E308",
                "4.9E-324", "-9223372036854775808", "1e6", "2.5");
        return numbers.get(pick % numbers.size());
    }

    private static Map<String, String> sample() {
        Path folder = Path.of("").toAbsolutePath().getParent().resolve("sample-site/src/strategy");
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".yaml") || name.endsWith(".md")) {
                    files.put(name, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
