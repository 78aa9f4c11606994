package dev.tradeoff.bench;

import dev.tradeoff.browser.Browser;
import dev.tradeoff.init.StarterStrategy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The benchmark of issue 6, in one run on one machine: builds generated strategies of each size
 * (each in a fresh JVM with its own {@code -Xmx}), builds the same number of plain Markdown pages
 * with Hugo as the reference, diffs two generated 10,000-initiative strategies, and measures the
 * preview server's rebuild after one file changes on 1,000 initiatives. Prints a Markdown report
 * and writes it to {@code <work>/results.md}. Run it with {@code bench/run.sh}; the options are:
 *
 * <pre>
 * --sizes 1000,10000,50000   strategy sizes to build
 * --work bench/target        where strategies, Hugo sites and outputs go
 * --threads 0                render threads (0 = one per core)
 * --runs 2                   builds per JVM: the first is cold (what one mvn tradeoff:build pays), the rest warm
 * --diff-runs 5              diffs per JVM: the first is cold; warm is the best of the others, once the JIT settled
 * --hugo-runs 3              Hugo runs per size
 * --repeat 1                 fresh JVMs per size; the table shows the one with the fastest cold build
 * --xmx 1000=1g,10000=1g,50000=4g   heap limit of each size's JVM (default: 1g up to 10,000, else 4g)
 * --jvm "-XX:..."            options for every child JVM; default: those tradeoff:init writes to .mvn/jvm.config
 *                            (C1 only, parallel GC); --jvm "" for the JVM's own defaults
 * --skip diff,serve,hugo,browser,rebuild   leave parts out ("rebuild": a second cold build of each size up to
 *                            10,000 into the output the first left, as a user's second mvn run)
 * --page-loads 3             times each of the largest pages of the largest site up to 10,000 is opened in
 *                            headless Chromium (the "browser" part; skipped when Chromium is not installed)
 * </pre>
 */
public final class Benchmark {

    private static final Pattern RESULT = Pattern.compile("^RESULT (.*)$", Pattern.MULTILINE);
    private static final int DIFF_SIZE = 10_000;
    private static final int SERVE_SIZE = 1_000;
    /** The largest size built a second time into its own output (N = 50,000 would add a minute). */
    private static final int REBUILD_MAX_SIZE = 10_000;
    /** The folder of {@link #work} where old outputs wait until the run is over ({@link #setAside}). */
    private static final String SET_ASIDE = "set-aside";
    /** ext4 prefers not to reuse an inode freed this recently (RECENTCY_MIN, plus a second). */
    private static final int INODE_REUSE_SECONDS = 61;

    private final List<Integer> sizes;
    private final Path work;
    private final int threads;
    private final int runs;
    private final int diffRuns;
    private final int hugoRuns;
    private final int pageLoadRuns;
    private final int repeat;
    private final Map<Integer, String> xmx;
    private final List<String> jvm;
    private final List<String> skip;
    private final StringBuilder report = new StringBuilder();

    private Benchmark(Map<String, String> options) {
        sizes = Arrays.stream(options.getOrDefault("sizes", "1000,10000,50000").split(","))
                .map(String::trim).map(Integer::parseInt).toList();
        work = Path.of(options.getOrDefault("work", "bench/target")).toAbsolutePath().normalize();
        threads = Integer.parseInt(options.getOrDefault("threads", "0"));
        runs = Integer.parseInt(options.getOrDefault("runs", "2"));
        diffRuns = Integer.parseInt(options.getOrDefault("diff-runs", "5"));
        hugoRuns = Integer.parseInt(options.getOrDefault("hugo-runs", "3"));
        pageLoadRuns = Integer.parseInt(options.getOrDefault("page-loads", "3"));
        repeat = Integer.parseInt(options.getOrDefault("repeat", "1"));
        xmx = new HashMap<>();
        if (options.containsKey("xmx")) {
            for (String pair : options.get("xmx").split(",")) {
                String[] parts = pair.split("=");
                xmx.put(Integer.parseInt(parts[0].trim()), parts[1].trim());
            }
        }
        String extra = options.containsKey("jvm") ? options.get("jvm").trim() : recommendedJvmOptions();
        jvm = extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
        skip = List.of(options.getOrDefault("skip", "").split(","));
    }

    /** What {@code mvn tradeoff:init} writes to {@code .mvn/jvm.config}: what a user's Maven runs with. */
    private static String recommendedJvmOptions() {
        try {
            return StarterStrategy.mavenJvmOptions().strip().replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                System.err.println("usage: Benchmark [--sizes 1000,10000,50000] [--work dir] [--threads 0] [--runs 2]"
                        + " [--diff-runs 5] [--hugo-runs 3] [--repeat 1] [--xmx 50000=4g] [--jvm \"opts\"] [--skip diff,serve,hugo,browser,rebuild] [--page-loads 3]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        // What an interrupted run set aside goes first, and its inodes are forgotten before anything is timed.
        if (deleteSetAside(work)) {
            System.out.printf(Locale.ROOT, "Waiting %d s for the file system to forget them%n", INODE_REUSE_SECONDS);
            Thread.sleep(INODE_REUSE_SECONDS * 1000L);
        }
        machine();
        Map<Integer, Map<String, String>> builds = new LinkedHashMap<>();
        Map<Integer, Map<String, String>> hugo = new LinkedHashMap<>();
        for (int n : sizes) {
            Path strategy = strategy(n, 1);
            Map<String, String> best = null;
            List<String> colds = new ArrayList<>();
            for (int attempt = 0; attempt < repeat; attempt++) {
                Map<String, String> build = child(heapFor(n), "build", strategy.toString(),
                        work.resolve("out-" + n).toString(), Integer.toString(threads), Integer.toString(runs));
                colds.add(build.get("coldMs"));
                if (best == null || Long.parseLong(build.get("coldMs")) < Long.parseLong(best.get("coldMs"))) {
                    best = build;
                }
            }
            best.put("allColdMs", String.join(", ", colds));
            if (!skip.contains("rebuild") && n <= REBUILD_MAX_SIZE) {
                // The output of the last build above is still there, as after a user's first mvn run.
                Map<String, String> rebuild = child(heapFor(n), "rebuild", strategy.toString(),
                        work.resolve("out-" + n).toString(), Integer.toString(threads));
                best.put("rebuildMs", rebuild.get("rebuildMs"));
                best.put("rebuildCpuMs", rebuild.get("rebuildCpuMs"));
            }
            builds.put(n, best);
            if (!skip.contains("hugo")) {
                hugo.put(n, hugo(n));
            }
        }
        buildTable(builds, hugo);
        if (!skip.contains("diff")) {
            diff();
        }
        if (!skip.contains("serve")) {
            serve();
        }
        if (!skip.contains("browser")) {
            pageLoads();
        }
        Files.writeString(work.resolve("results.md"), report, StandardCharsets.UTF_8);
        deleteSetAside(work);
        System.out.println();
        System.out.println(report);
    }

    // ---- the parts ---------------------------------------------------------------------------------------

    private void machine() throws IOException, InterruptedException {
        String memory = "?";
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D+", ""));
                    memory = String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        }
        line("## Machine");
        line("");
        line("- cores (nproc): " + Runtime.getRuntime().availableProcessors());
        line("- memory: " + memory);
        line("- java: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ")");
        line("- hugo: " + (skip.contains("hugo") ? "skipped" : exec(List.of("hugo", "version"), work).trim()));
        line("- child JVM options: " + (jvm.isEmpty() ? "none (the JVM's defaults: tiered C1 and C2, G1)" : "`" + String.join(" ", jvm) + "`"));
        line("- render threads: " + (threads == 0 ? "0 (one per core)" : threads) + "; builds per JVM: " + runs
                + " (cold = the first, as one `mvn tradeoff:build` pays it)");
        line("");
    }

    private Map<String, String> hugo(int n) throws IOException, InterruptedException {
        Path site = work.resolve("hugo-" + n);
        setAside(site, work);
        HugoSite.write(n, site);
        List<Long> millis = new ArrayList<>();
        List<Long> cpu = new ArrayList<>();
        long pages = 0;
        for (int run = 0; run < hugoRuns; run++) {
            setAside(site.resolve("public"), work);
            setAside(site.resolve("resources"), work);
            settleDisk();
            long started = System.nanoTime();
            String times = exec(List.of("/usr/bin/time", "-f", "TIME %U %S", "hugo", "--quiet", "--source",
                    site.toString()), site);
            millis.add((System.nanoTime() - started) / 1_000_000);
            Matcher time = Pattern.compile("TIME ([0-9.]+) ([0-9.]+)").matcher(times);
            cpu.add(time.find() ? Math.round((Double.parseDouble(time.group(1)) + Double.parseDouble(time.group(2)))
                    * 1000) : -1);
            try (Stream<Path> files = Files.walk(site.resolve("public"))) {
                pages = files.filter(p -> p.toString().endsWith(".html")).count();
            }
        }
        System.out.printf(Locale.ROOT, "Hugo %d pages: %s ms (CPU %s ms)%n", pages, millis, cpu);
        Map<String, String> result = new HashMap<>();
        int best = millis.indexOf(millis.stream().mapToLong(Long::longValue).min().orElseThrow());
        result.put("pages", Long.toString(pages));
        result.put("firstMs", Long.toString(millis.get(0)));
        result.put("bestMs", Long.toString(millis.get(best)));
        result.put("bestCpuMs", Long.toString(cpu.get(best)));
        return result;
    }

    private void buildTable(Map<Integer, Map<String, String>> builds, Map<Integer, Map<String, String>> hugo) {
        line("## Whole-site builds");
        line("");
        line("| initiatives | -Xmx | pages | charts | briefs | files | build, cold (ms) | CPU, cold (ms) "
                + "| build, warm (ms) | pages/s (cold) | charts/s (cold) | peak heap (MB) | peak live (MB) "
                + "| load avg | Hugo pages | Hugo first / best (ms) | Hugo CPU, best (ms) | Hugo pages/s (best) |");
        line("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (var entry : builds.entrySet()) {
            int n = entry.getKey();
            Map<String, String> b = entry.getValue();
            double cold = Double.parseDouble(b.get("coldMs"));
            Map<String, String> h = hugo.get(n);
            String hugoCells = h == null ? "| – | – | – | – |"
                    : String.format(Locale.ROOT, "| %s | %s / %s | %s | %s |", h.get("pages"), h.get("firstMs"),
                            h.get("bestMs"), h.get("bestCpuMs"),
                            rate(Long.parseLong(h.get("pages")), Double.parseDouble(h.get("bestMs"))));
            line(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s %s",
                    n, heapFor(n), b.get("pages"), b.get("charts"), b.get("briefs"), b.get("files"), b.get("coldMs"),
                    b.get("coldCpuMs"), b.get("warmMs"), rate(Long.parseLong(b.get("pages")), cold),
                    rate(Long.parseLong(b.get("charts")), cold), b.get("peakHeapMb"), b.get("peakLiveMb"),
                    b.get("loadAvg"), hugoCells));
        }
        line("");
        for (var entry : builds.entrySet()) {
            line(String.format(Locale.ROOT, "- N = %,d: cold builds of every JVM: %s ms", entry.getKey(),
                    entry.getValue().get("allColdMs")));
            if (entry.getValue().containsKey("rebuildMs")) {
                line(String.format(Locale.ROOT, "- N = %,d built again, cold, into the output of the same strategy"
                        + " (a second mvn run, nothing changed): %s ms (CPU %s ms)", entry.getKey(),
                        entry.getValue().get("rebuildMs"), entry.getValue().get("rebuildCpuMs")));
            }
        }
        line("");
        if (builds.containsKey(10_000)) {
            Map<String, String> b = builds.get(10_000);
            double pagesPerSecond = Long.parseLong(b.get("pages")) * 1000.0 / Double.parseDouble(b.get("coldMs"));
            Map<String, String> h = hugo.get(10_000);
            if (h != null) {
                double hugoPerSecond = Long.parseLong(h.get("pages")) * 1000.0 / Double.parseDouble(h.get("bestMs"));
                line(String.format(Locale.ROOT, "- N = 10,000: %.0f pages/s (cold) against Hugo's %.0f pages/s"
                        + " (best of %d): %.2f× Hugo: %s", pagesPerSecond, hugoPerSecond, hugoRuns,
                        pagesPerSecond / hugoPerSecond, pagesPerSecond >= hugoPerSecond ? "met" : "missed"));
            }
            line(String.format(Locale.ROOT, "- N = 10,000 with -Xmx%s: peak heap %s MB: %s", heapFor(10_000),
                    b.get("peakHeapMb"), Long.parseLong(b.get("peakHeapMb")) < 1024 ? "met" : "missed"));
            if (builds.containsKey(50_000)) {
                double ratio = Double.parseDouble(builds.get(50_000).get("coldMs")) / Double.parseDouble(b.get("coldMs"));
                line(String.format(Locale.ROOT, "- N = 50,000 takes %.2f× N = 10,000 (cold; target ≤ 5.5×): %s",
                        ratio, ratio <= 5.5 ? "met" : "missed"));
                double warm = Double.parseDouble(builds.get(50_000).get("warmMs")) / Double.parseDouble(b.get("warmMs"));
                line(String.format(Locale.ROOT, "- warm: %.2f×", warm));
            }
            line("");
        }
    }

    private void diff() throws IOException, InterruptedException {
        Path base = strategy(DIFF_SIZE, 1);
        Path other = strategy(DIFF_SIZE, 2);
        Path pr = work.resolve("strategy-" + DIFF_SIZE + "-pr");
        pullRequest(base, pr);
        line("## tradeoff:diff of two 10,000-initiative strategies (in-process, DiffPipeline.run)");
        line("");
        line("| comparison | changed | added | removed | diff.md chars | cold (ms) | warm (ms) | peak heap (MB) "
                + "| load avg |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        diffRow("seed 1 → seed 2 (every initiative changed)", base, other);
        diffRow("seed 1 → a pull request (100 edited, 10 added)", base, pr);
        line("");
    }

    private void diffRow(String label, Path base, Path head) throws IOException, InterruptedException {
        Map<String, String> d = child("2g", "diff", base.toString(), head.toString(),
                work.resolve("out-diff").toString(), Integer.toString(diffRuns));
        line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", label, d.get("changed"),
                d.get("added"), d.get("removed"), d.get("diffMdChars"), d.get("coldMs"), d.get("warmMs"),
                d.get("peakHeapMb"), d.get("loadAvg")));
    }

    /** A copy of {@code base} as a pull request would change it: 100 initiatives edited, 10 added. */
    private void pullRequest(Path base, Path pr) throws IOException {
        setAside(pr, work);
        copyTree(base, pr);
        List<Path> files;
        try (Stream<Path> listing = Files.list(pr.resolve("initiatives"))) {
            files = listing.sorted().toList();
        }
        for (int i = 0; i < 100; i++) {
            Path file = files.get((i * 97) % files.size());
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, text.replaceFirst("(?m)^duration: (\\d+)$", "duration: 7"), StandardCharsets.UTF_8);
        }
        for (int i = 0; i < 10; i++) {
            Path file = files.get(i * 13);
            Files.copy(file, file.resolveSibling("added-" + i + ".yaml"));
        }
    }

    /** How long the largest pages of the largest site built (up to N = 10,000) take to open in Chromium. */
    private void pageLoads() throws IOException {
        int n = sizes.stream().filter(size -> size <= DIFF_SIZE).max(Integer::compare).orElse(0);
        if (n == 0 || !Browser.installed()) {
            System.out.println("Page loads skipped: no site of at most 10,000 initiatives, or no Chromium");
            return;
        }
        line("## The largest pages of N = " + String.format(Locale.ROOT, "%,d", n) + " in a browser (headless Chromium)");
        line("");
        report.append(PageLoads.table(work.resolve("out-" + n).resolve("site"), PageLoads.largestPages(
                work.resolve("out-" + n).resolve("site")), pageLoadRuns));
        line("");
        line("\"DOM ready\" and \"loaded\" are the page's Navigation Timing (domContentLoadedEventEnd, loadEventEnd),"
                + " from the start of its navigation; \"rows\" counts its table rows.");
        line("");
    }

    private void serve() throws IOException, InterruptedException {
        Path strategy = work.resolve("strategy-" + SERVE_SIZE + "-serve");
        setAside(strategy, work);
        copyTree(strategy(SERVE_SIZE, 1), strategy);
        Map<String, String> s = child("1g", "serve", strategy.toString(), "7");
        line("## tradeoff:serve: rebuild after one initiative file changes, N = 1,000 (PreviewServer, in memory)");
        line("");
        line("| first build (ms) | rebuilds (ms) | median rebuild (ms) | edit → new version served (ms) "
                + "| median edit → served (ms) | load avg |");
        line("|---:|---|---:|---|---:|---|");
        line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |", s.get("firstBuildMs"), s.get("rebuildMs"),
                s.get("medianRebuildMs"), s.get("endToEndMs"), s.get("medianEndToEndMs"), s.get("loadAvg")));
        line("");
        line("\"Rebuild\" is the time the server logs for load, analysis, view and render into memory; \"edit → served\""
                + " adds the folder watch and the server's 100 ms quiet spell before it rebuilds.");
        line("");
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    /** The generated strategy of {@code n} initiatives from {@code seed}, generated once per benchmark run. */
    private Path strategy(int n, long seed) throws IOException {
        Path folder = work.resolve("strategy-" + n + (seed == 1 ? "" : "-seed" + seed));
        Path marker = folder.resolve(".generated");
        if (Files.exists(marker)) {
            return folder;
        }
        deleteTree(folder);
        long started = System.nanoTime();
        StrategyGenerator.write(n, seed, folder);
        Files.writeString(marker, "n=" + n + " seed=" + seed + "\n");
        System.out.printf(Locale.ROOT, "Generated %d initiatives (seed %d) in %d ms%n", n, seed,
                (System.nanoTime() - started) / 1_000_000);
        return folder;
    }

    private String heapFor(int n) {
        return xmx.getOrDefault(n, n <= 10_000 ? "1g" : "4g");
    }

    /** Runs {@link BenchChild} in a fresh JVM and returns its RESULT fields, plus the JVM's wall time. */
    private Map<String, String> child(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-Djava.awt.headless=true");
        command.addAll(jvm);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BenchChild.class.getName());
        command.addAll(List.of(args));
        System.out.println("$ " + String.join(" ", command.stream()
                .map(a -> a.length() > 200 ? "<test classpath>" : a).toList()));
        String loadBefore = loadAverage();
        long started = System.nanoTime();
        String output = exec(command, work);
        long wall = (System.nanoTime() - started) / 1_000_000;
        System.out.print(output);
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("no RESULT line from " + String.join(" ", args));
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : m.group(1).trim().split("\\s+")) {
            int eq = pair.indexOf('=');
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        fields.put("wallMs", Long.toString(wall));
        fields.put("loadAvg", loadBefore + "→" + loadAverage());
        return fields;
    }

    /** The one-minute load average (runnable and waiting tasks), to show how busy the machine was. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static String exec(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command.get(0) + " failed (" + exit + "):\n" + output);
        }
        return output;
    }

    private static String rate(long count, double millis) {
        return String.format(Locale.ROOT, "%,.0f", count * 1000.0 / millis);
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /**
     * Writes out whatever earlier steps left in the page cache ({@code sync}), so that a timed build
     * does not share the disk with the write-back of the build before it (up to a gigabyte at
     * N = 50,000, which made the next build's time depend on what ran before it).
     */
    static void settleDisk() throws IOException {
        try {
            Process sync = new ProcessBuilder("sync").inheritIO().start();
            if (sync.waitFor() != 0) {
                throw new IOException("sync failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for sync", e);
        }
    }

    /**
     * Moves {@code folder} out of the way (a rename into {@code <work>/set-aside}, on the same file
     * system) instead of deleting it before a timed build. On ext4 without a journal, as on the
     * benchmark's machine, the inode allocator passes over every free inode freed in the last minute
     * (five while its block is not yet written; {@code recently_deleted} in fs/ext4/ialloc.c), and
     * each file created scans past them all: a build right after the delete of the last build's
     * 30,000 files paid 3 to 7 s of CPU for it. That is the file system's cost of the delete before
     * (a user's {@code mvn clean} right before a build pays it there too), not the build's, so the
     * benchmark keeps deletes away from the builds it times, Hugo's as well as Tradeoff's: what is
     * set aside is deleted after the last timed step ({@link #deleteSetAside}).
     */
    static void setAside(Path folder, Path work) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        Path aside = work.resolve(SET_ASIDE);
        Files.createDirectories(aside);
        for (int k = 1; ; k++) {
            Path target = aside.resolve(folder.getFileName() + "-" + ProcessHandle.current().pid() + "-" + k);
            if (!Files.exists(target)) {
                Files.move(folder, target);
                return;
            }
        }
    }

    /**
     * Deletes what {@link #setAside} moved; returns whether there was any. Before a timed step, the
     * caller then waits out the minute in which ext4 would not reuse the freed inodes.
     */
    static boolean deleteSetAside(Path work) throws IOException {
        Path aside = work.resolve(SET_ASIDE);
        if (!Files.exists(aside)) {
            return false;
        }
        long started = System.nanoTime();
        deleteTree(aside);
        settleDisk();
        System.out.printf(Locale.ROOT, "Deleted the old outputs in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw new UncheckedIOException(e);
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
