package dev.tradeoff.bench;

import dev.tradeoff.browser.Browser;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * How long a built site's largest pages take to open in a browser: the browser tests' headless
 * Chromium ({@link Browser}) reads each page's Navigation Timing (DOM ready and loaded) a few
 * times and keeps the median. A page of ten thousand table rows is slow to open whatever wrote it,
 * so this is the reader's side of "fast at any size", beside the build's.
 *
 * <pre>
 *   java -cp "$BENCH_CP" dev.tradeoff.bench.PageLoads bench/target/out-10000/site [runs] [pages]
 * </pre>
 * Without pages it measures the site's ten largest HTML files. Prints one Markdown table.
 */
public final class PageLoads {

    private static final int LARGEST = 10;

    private PageLoads() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]).toAbsolutePath().normalize();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> pages = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : largestPages(site);
        System.out.print(table(site, pages, runs));
    }

    /** The Markdown table of {@code pages} (paths inside {@code site}), each opened {@code runs} times. */
    static String table(Path site, List<String> pages, int runs) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("| page | size (KB) | rows | DOM ready, median (ms) | loaded, median (ms) | every load (ms) |\n");
        out.append("|---|---:|---:|---:|---:|---|\n");
        try (Browser browser = Browser.start()) {
            ChromeDriver driver = browser.driver();
            for (String page : pages) {
                Path file = site.resolve(page);
                List<Long> ready = new ArrayList<>();
                List<Long> loaded = new ArrayList<>();
                long rows = 0;
                for (int run = 0; run < runs; run++) {
                    driver.get("about:blank");
                    driver.get(file.toUri().toString());
                    Map<String, Object> timing = navigationTiming(driver);
                    ready.add(Math.round(((Number) timing.get("ready")).doubleValue()));
                    loaded.add(Math.round(((Number) timing.get("loaded")).doubleValue()));
                    rows = ((Number) timing.get("rows")).longValue();
                }
                out.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %s |%n", page,
                        Files.size(file) / 1024, rows, median(ready), median(loaded),
                        String.join(", ", loaded.stream().map(String::valueOf).toList())));
            }
        }
        return out.toString();
    }

    /**
     * The page's Navigation Timing. {@code driver.get} returns once the document is complete, which
     * can be a moment before the load event has ended and {@code loadEventEnd} is set (it reads 0
     * until then), so it is read again until it is set.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> navigationTiming(ChromeDriver driver) {
        for (int attempt = 0; ; attempt++) {
            Map<String, Object> timing = (Map<String, Object>) driver.executeScript(
                    "var n = performance.getEntriesByType('navigation')[0];"
                    + " return {ready: n.domContentLoadedEventEnd, loaded: n.loadEventEnd,"
                    + " rows: document.querySelectorAll('tbody tr').length};");
            if (((Number) timing.get("loaded")).doubleValue() > 0 || attempt == 100) {
                return timing;
            }
            sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a page's load event", e);
        }
    }

    /** An HTML file of the site and its size, read once. */
    private record Sized(Path file, long size) {
    }

    /** The site's {@value #LARGEST} largest HTML files, largest first (the same size: by path). */
    static List<String> largestPages(Path site) throws IOException {
        try (Stream<Path> files = Files.walk(site)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> new Sized(f, size(f)))
                    .sorted(Comparator.comparingLong(Sized::size).reversed().thenComparing(Sized::file))
                    .limit(LARGEST)
                    .map(sized -> site.relativize(sized.file()).toString().replace(File.separatorChar, '/'))
                    .toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
