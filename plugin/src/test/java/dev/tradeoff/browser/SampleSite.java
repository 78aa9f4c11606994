package dev.tradeoff.browser;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample strategy ({@code sample-site/src/strategy}) built once per test run into a temporary
 * folder; every browser test reads the same site.
 */
final class SampleSite {

    /** The main pages, by the name their screenshot is saved under. */
    static final List<String> MAIN_PAGES = List.of("index.html", "initiatives/index.html", "matrix.html",
            "allocation.html", "sequencing.html", "roadmap.html", "okrs/index.html", "signals.html", "scale.html",
            "teams.html");

    private static Path site;

    private SampleSite() {
    }

    /** The built {@code site/} folder. */
    static synchronized Path site() {
        if (site == null) {
            // Surefire runs in plugin/; the sample strategy is in the sibling module.
            Path strategy = Path.of("").toAbsolutePath().getParent().resolve("sample-site/src/strategy");
            try {
                Path output = Files.createTempDirectory("tradeoff-sample-site");
                Tradeoff.build(new BuildRequest(strategy, output, null, 0));
                site = output.resolve("site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        Browser.deleteTree(output);
                    } catch (IOException e) {
                        // a temp folder left behind
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new IllegalStateException("the sample strategy does not build: " + e.getMessage(), e);
            }
        }
        return site;
    }

    /** Every HTML page of the site, relative to it with '/' separators, sorted. */
    static List<String> pages() {
        try (Stream<Path> walk = Files.walk(site())) {
            return walk.filter(path -> path.toString().endsWith(".html"))
                    .map(path -> site().relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where screenshots go: {@code plugin/target/screenshots/}. */
    static Path screenshots() throws IOException {
        return Files.createDirectories(Path.of("target", "screenshots").toAbsolutePath());
    }
}
