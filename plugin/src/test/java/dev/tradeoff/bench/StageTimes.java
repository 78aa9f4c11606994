package dev.tradeoff.bench;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.render.output.SiteOutput;
import dev.tradeoff.render.output.StagedDirectoryOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a build's time goes: runs the pipeline's stages one by one ({@code load}, {@code analyse},
 * {@code view}, {@code render}) and, inside render, when the first and last file of each kind
 * (pages, initiative pages, charts, data, briefs) were written. For profiling, not for the report.
 *
 * <pre>StageTimes &lt;strategy&gt; &lt;output&gt; &lt;threads&gt; [runs]</pre>
 */
public final class StageTimes {

    private StageTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path strategyFolder = Path.of(args[0]);
        Path output = Path.of(args[1]);
        // 0 = one per core, as for a build (SiteRenderer itself reads 0 as one thread).
        int threads = new BuildRequest(null, null, null, Integer.parseInt(args[2])).effectiveThreads();
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        for (int run = 0; run < runs; run++) {
            ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Strategy strategy = new StrategyLoader().load(new DirectorySource(strategyFolder));
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            Portfolio portfolio = PortfolioAnalysis.analyse(strategy);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            SiteView view = new SiteViewBuilder().build(portfolio);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "main thread CPU: load %d ms, analyse %d ms, view %d ms; process CPU so far %d ms%n",
                    ms(c1 - c0), ms(c2 - c1), ms(c3 - c2), ms(processCpu()));
            Timeline timeline = new Timeline(t3);
            try (StagedDirectoryOutput site = new StagedDirectoryOutput(output.resolve("site"), SiteRenderer.PORTFOLIO_JSON);
                 StagedDirectoryOutput briefs = new StagedDirectoryOutput(output.resolve("briefs"), SiteRenderer.BRIEF)) {
                new SiteRenderer(null, threads).render(portfolio, view, timeline.wrap("site/", site),
                        timeline.wrap("briefs/", briefs));
                long t4 = System.nanoTime();
                site.commit();
                briefs.commit();
                long t5 = System.nanoTime();
                System.out.printf(Locale.ROOT, "run %d: load %d ms, analyse %d ms, view %d ms, render %d ms,"
                                + " commit %d ms, total %d ms%n", run + 1, ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                        ms(t4 - t3), ms(t5 - t4), ms(t5 - t0));
                System.out.printf(Locale.ROOT, "process CPU so far %d ms%n", ms(processCpu()));
            }
            timeline.print();
        }
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** First and last write of each kind of file, in ms since render started. */
    private static final class Timeline {
        private final long start;
        private final Map<String, long[]> kinds = new TreeMap<>();

        Timeline(long start) {
            this.start = start;
        }

        SiteOutput wrap(String prefix, SiteOutput output) {
            return (path, content) -> {
                output.write(path, content);
                record(prefix + kind(path));
            };
        }

        private static String kind(String path) {
            int slash = path.indexOf('/');
            return slash < 0 ? (path.endsWith(".html") ? "*.html" : path) : path.substring(0, slash) + "/";
        }

        private synchronized void record(String kind) {
            long now = System.nanoTime() - start;
            long[] span = kinds.computeIfAbsent(kind, k -> new long[] {now, now, 0});
            span[1] = now;
            span[2]++;
        }

        synchronized void print() {
            kinds.forEach((kind, span) -> System.out.printf(Locale.ROOT, "  %-22s %6d files  %6d → %6d ms%n", kind,
                    span[2], ms(span[0]), ms(span[1])));
        }
    }
}
