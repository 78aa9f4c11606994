package dev.tradeoff.bench;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.BuildResult;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.diff.DiffOutcome;
import dev.tradeoff.diff.DiffPipeline;
import dev.tradeoff.diff.DiffRequest;
import dev.tradeoff.render.RenderStats;
import dev.tradeoff.serve.PreviewLog;
import dev.tradeoff.serve.PreviewRequest;
import dev.tradeoff.serve.PreviewServer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One measurement in a fresh JVM, started by {@link Benchmark} (or by hand). Prints one line
 * {@code RESULT key=value ...} that the benchmark reads.
 *
 * <pre>
 * BenchChild build &lt;strategy&gt; &lt;output&gt; &lt;threads&gt; &lt;runs&gt;   Tradeoff.build, cold then warm
 * BenchChild rebuild &lt;strategy&gt; &lt;output&gt; &lt;threads&gt;         Tradeoff.build into the last build's output, cold
 * BenchChild diff &lt;base&gt; &lt;head&gt; &lt;output&gt; &lt;runs&gt;         DiffPipeline.run on two folders
 * BenchChild serve &lt;strategy&gt; &lt;changes&gt;                    PreviewServer rebuilds after one-file edits
 * </pre>
 */
public final class BenchChild {

    private BenchChild() {
    }

    public static void main(String[] args) throws Exception {
        PeakHeap heap = new PeakHeap();
        Benchmark.settleDisk(); // nothing the steps before wrote is still being written out
        String result = switch (args[0]) {
            case "build" -> build(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]),
                    Integer.parseInt(args[4]));
            case "rebuild" -> rebuild(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "diff" -> diff(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            case "serve" -> serve(Path.of(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("unknown measurement " + args[0]);
        };
        Thread.sleep(200); // GC notifications arrive asynchronously
        long gcMillis = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(gc -> Math.max(0, gc.getCollectionTime())).sum();
        long jitMillis = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        System.out.printf(Locale.ROOT, "RESULT %s peakHeapMb=%d peakLiveMb=%d gcMs=%d jitMs=%d%n", result,
                heap.peakUsed() >> 20, heap.peakLive() >> 20, gcMillis, jitMillis);
    }

    /** Builds {@code runs} times into {@code output}: the first run is what one {@code mvn tradeoff:build} pays. */
    private static String build(Path strategy, Path output, int threads, int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        RenderStats stats = null;
        int initiatives = 0;
        List<Long> cpu = new ArrayList<>();
        long settleMillis = 0;
        for (int run = 0; run < runs; run++) {
            // Like Hugo's public/ folder, the output is moved out of the way before each build and outside
            // its time, and deleted when the benchmark is over (Benchmark.setAside says why).
            long settling = System.nanoTime();
            Benchmark.setAside(output, output.toAbsolutePath().getParent()); // out-<N> is in the work folder
            Benchmark.settleDisk();
            settleMillis = Math.max(settleMillis, (System.nanoTime() - settling) / 1_000_000);
            long cpuBefore = processCpuMillis();
            long started = System.nanoTime();
            BuildResult result = Tradeoff.build(new BuildRequest(strategy, output, null, threads));
            millis.add((System.nanoTime() - started) / 1_000_000);
            cpu.add(processCpuMillis() - cpuBefore);
            stats = result.stats();
            initiatives = result.portfolio().initiatives().size();
            System.out.printf(Locale.ROOT, "Built %d initiatives: %d pages, %d charts, %d briefs in %d ms (CPU %d ms)%n",
                    initiatives, stats.pages(), stats.charts(), stats.briefs(), millis.get(run), cpu.get(run));
        }
        return String.format(Locale.ROOT, "initiatives=%d pages=%d charts=%d briefs=%d files=%d coldMs=%d warmMs=%d"
                        + " coldCpuMs=%d warmCpuMs=%d settleMs=%d",
                initiatives, stats.pages(), stats.charts(), stats.briefs(), stats.files(), millis.get(0),
                millis.stream().skip(1).mapToLong(Long::longValue).min().orElse(millis.get(0)), cpu.get(0),
                cpu.stream().skip(1).mapToLong(Long::longValue).min().orElse(cpu.get(0)), settleMillis);
    }

    /**
     * The second {@code mvn tradeoff:build} of a strategy that did not change: one cold build into the
     * output an earlier build of the same strategy left, which it replaces (and deletes).
     */
    private static String rebuild(Path strategy, Path output, int threads) throws Exception {
        if (!Files.isDirectory(output.resolve("site"))) {
            throw new IllegalArgumentException("no earlier build's output in " + output);
        }
        long cpuBefore = processCpuMillis();
        long started = System.nanoTime();
        RenderStats stats = Tradeoff.build(new BuildRequest(strategy, output, null, threads)).stats();
        long millis = (System.nanoTime() - started) / 1_000_000;
        long cpu = processCpuMillis() - cpuBefore;
        System.out.printf(Locale.ROOT, "Built again into the last output: %d files in %d ms (CPU %d ms)%n",
                stats.files(), millis, cpu);
        return String.format(Locale.ROOT, "files=%d rebuildMs=%d rebuildCpuMs=%d", stats.files(), millis, cpu);
    }

    private static String diff(Path base, Path head, Path output, int runs) throws Exception {
        List<Long> millis = new ArrayList<>();
        DiffOutcome outcome = null;
        for (int run = 0; run < runs; run++) {
            long started = System.nanoTime();
            outcome = DiffPipeline.run(new DiffRequest(head, null, base, output, null, null, "base", "head", 0));
            millis.add((System.nanoTime() - started) / 1_000_000);
            System.out.printf(Locale.ROOT, "Diff: %d changed, %d added, %d removed in %d ms%n",
                    outcome.result().changed().size(), outcome.result().added().size(),
                    outcome.result().removed().size(), millis.get(run));
        }
        long markdown = Files.readString(output.resolve("diff/diff.md"), StandardCharsets.UTF_8).length();
        return String.format(Locale.ROOT, "changed=%d added=%d removed=%d diffMdChars=%d coldMs=%d warmMs=%d",
                outcome.result().changed().size(), outcome.result().added().size(),
                outcome.result().removed().size(), markdown, millis.get(0),
                millis.stream().skip(1).mapToLong(Long::longValue).min().orElse(millis.get(0)));
    }

    /** CPU time of the whole process (all threads, JIT and GC included). */
    static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    private static final Pattern BUILT = Pattern.compile("Built (\\d+) initiatives in (\\d+) ms");

    /**
     * Starts the preview server, then {@code changes} times edits one initiative file and waits for the
     * server to publish the next version. Reports the rebuild time the server logs (load, analysis, view,
     * render into memory) and the time from the edit to the new version being served, which adds the
     * folder watch and the 100 ms quiet spell the server waits for.
     */
    private static String serve(Path strategy, int changes) throws Exception {
        List<String> messages = new CopyOnWriteArrayList<>();
        PreviewLog log = new PreviewLog() {
            @Override
            public void info(String message) {
                messages.add(message);
            }

            @Override
            public void warn(String message) {
                messages.add("WARN " + message);
            }
        };
        List<Path> files;
        try (var listing = Files.list(strategy.resolve("initiatives"))) {
            files = listing.sorted().toList();
        }
        List<Long> rebuild = new ArrayList<>();
        List<Long> endToEnd = new ArrayList<>();
        long firstBuild;
        try (PreviewServer server = PreviewServer.start(
                new PreviewRequest(strategy, "strategy", null, "127.0.0.1", 0, 0), log)) {
            firstBuild = lastBuildMillis(messages);
            for (int change = 0; change < changes; change++) {
                long version = server.version();
                Path file = files.get((change * 7919) % files.size());
                String text = Files.readString(file, StandardCharsets.UTF_8);
                long started = System.nanoTime();
                Files.writeString(file, withMoreEffort(text, change), StandardCharsets.UTF_8);
                long deadline = started + 60_000_000_000L;
                while (server.version() == version && System.nanoTime() < deadline) {
                    Thread.sleep(1);
                }
                endToEnd.add((System.nanoTime() - started) / 1_000_000);
                if (server.showsProblems()) {
                    throw new IllegalStateException("the rebuild failed: " + messages);
                }
                rebuild.add(lastBuildMillis(messages));
                Thread.sleep(300); // let the watcher settle before the next edit
            }
        }
        return String.format(Locale.ROOT, "firstBuildMs=%d rebuildMs=%s endToEndMs=%s medianRebuildMs=%d"
                        + " medianEndToEndMs=%d", firstBuild, join(rebuild), join(endToEnd), median(rebuild),
                median(endToEnd));
    }

    /**
     * The initiative with its effort raised: a real edit that changes its figures, the allocation,
     * the matrix and its team's load, not only the file's bytes (a comment would leave the model
     * as it was, which the server notices and skips).
     */
    static String withMoreEffort(String initiativeYaml, int change) {
        Matcher effort = EFFORT.matcher(initiativeYaml);
        if (!effort.find()) {
            throw new IllegalStateException("no effort line in the initiative: " + initiativeYaml);
        }
        double raised = Double.parseDouble(effort.group(1)) + 0.5 * (change + 1);
        return effort.replaceFirst("effort: " + String.format(Locale.ROOT, "%.1f", raised));
    }

    private static final Pattern EFFORT = Pattern.compile("(?m)^effort: ([0-9.]+)$");

    private static long lastBuildMillis(List<String> messages) {
        for (int i = messages.size() - 1; i >= 0; i--) {
            Matcher m = BUILT.matcher(messages.get(i));
            if (m.find()) {
                return Long.parseLong(m.group(2));
            }
        }
        throw new IllegalStateException("the server logged no build: " + messages);
    }

    private static String join(List<Long> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
