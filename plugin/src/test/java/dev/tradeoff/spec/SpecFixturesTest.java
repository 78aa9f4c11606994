package dev.tradeoff.spec;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec-style tests: one folder per feature under {@code src/test/resources/spec/}, each holding
 * a {@code strategy/} folder, the {@code expected.json} subset of {@code portfolio.json} worked
 * out by hand (the working is in the folder's {@code README.md}) and, optionally,
 * {@code expected.html}: fragments that must appear in the named pages.
 *
 * <p>{@code expected.html} is read line by line: a line {@code # site/allocation.html} names the
 * page (relative to the build's output folder) that the following lines must appear in; blank
 * lines are ignored. Runs of whitespace count as one space, in the fragment and in the page.
 */
class SpecFixturesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path output;

    @TestFactory
    Stream<DynamicTest> everyFeatureFolderBuildsToItsHandWorkedFigures() throws IOException {
        List<Path> features;
        try (Stream<Path> folders = Files.list(specRoot())) {
            features = folders.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(features.isEmpty(), "no feature folders under spec/");
        return features.stream().map(feature -> DynamicTest.dynamicTest(
                feature.getFileName().toString(), feature.toUri(), () -> check(feature)));
    }

    private void check(Path feature) throws Exception {
        String name = feature.getFileName().toString();
        Path strategy = feature.resolve("strategy");
        Path expectedJson = feature.resolve("expected.json");
        assertTrue(Files.isDirectory(strategy), name + ": no strategy/ folder");
        assertTrue(Files.isRegularFile(expectedJson), name + ": no expected.json");
        assertTrue(Files.isRegularFile(feature.resolve("README.md")), name + ": no README.md with the working");

        Path out = output.resolve(name);
        Tradeoff.build(new BuildRequest(strategy, out, null, 1));

        JsonNode expected = JSON.readTree(expectedJson.toFile());
        JsonNode actual = JSON.readTree(out.resolve("site/data/portfolio.json").toFile());
        SubsetMatch match = SubsetMatch.of(expected, actual);
        assertTrue(match.compared() > 0, name + ": expected.json checks nothing");

        StringBuilder problems = new StringBuilder();
        for (String difference : match.differences()) {
            problems.append("\n  portfolio.json ").append(difference);
        }
        Path expectedHtml = feature.resolve("expected.html");
        if (Files.isRegularFile(expectedHtml)) {
            for (String missing : missingFragments(expectedHtml, out)) {
                problems.append("\n  ").append(missing);
            }
        }
        if (problems.length() > 0) {
            fail("spec/" + name + " disagrees with the build:" + problems);
        }
    }

    /** The fragments of {@code expected.html} that are not in their page, each with its page. */
    static List<String> missingFragments(Path expectedHtml, Path out) throws IOException {
        List<String> missing = new ArrayList<>();
        String pageName = null;
        String page = null;
        int lineNumber = 0;
        for (String line : Files.readAllLines(expectedHtml, StandardCharsets.UTF_8)) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("# ")) {
                pageName = line.substring(2).trim();
                Path file = out.resolve(pageName);
                page = Files.isRegularFile(file) ? squeeze(Files.readString(file, StandardCharsets.UTF_8)) : null;
                if (page == null) {
                    missing.add(pageName + ": no such page was written");
                }
                continue;
            }
            if (pageName == null) {
                missing.add("expected.html line " + lineNumber + ": a fragment before any '# <page>' line");
            } else if (page != null && !page.contains(squeeze(line))) {
                missing.add(pageName + " lacks (expected.html line " + lineNumber + "): " + line.strip());
            }
        }
        return missing;
    }

    private static String squeeze(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Path specRoot() {
        URL url = SpecFixturesTest.class.getResource("/spec");
        if (url == null) {
            throw new IllegalStateException("src/test/resources/spec is not on the test classpath");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
