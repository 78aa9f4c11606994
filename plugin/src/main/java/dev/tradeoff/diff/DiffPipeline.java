package dev.tradeoff.diff;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.ParsedFiles;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.load.StrategySource;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.output.SiteOutput;
import dev.tradeoff.render.output.StagedDirectoryOutput;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The diff goal's one pipeline: parse the gates, load, validate and analyse the head, then the base
 * (parsing again only the files that differ from the head's), compare, write {@code diff.json}, {@code diff.md},
 * {@code diff.html} and {@code diff.css} into {@code <output>/diff/} (all or nothing), then check the
 * gates. The output is written even when a gate fails, so CI can post it; the caller fails on
 * {@link DiffOutcome#passes()}. The output does not depend on which thread did what.
 */
public final class DiffPipeline {

    /** Every diff folder has it: so it marks one Tradeoff wrote, which the next diff may replace. */
    static final String DIFF_JSON = "diff.json";

    private DiffPipeline() {
    }

    /**
     * @throws DiffException          the request cannot be carried out (base missing or given twice,
     *                                unknown ref, a file where the folder should be, unknown gate); a ref
     *                                without the folder is compared as an empty base
     * @throws StrategyException      the head (the strategy folder on disk) does not validate
     * @throws BaseStrategyException  the base does not validate: the base's problem, not the change's
     */
    public static DiffOutcome run(DiffRequest request)
            throws DiffException, StrategyException, BaseStrategyException, IOException {
        List<Gate> gates = Gate.parse(request.failOn());
        requireOneBase(request);
        try (SecondThread second = new SecondThread()) {
            // The base is opened (a git ref's first JGit repository is slow in a fresh JVM) on a
            // second thread while this one loads the head.
            Future<Base> openedBase = second.submit(() -> openBase(request));
            // The base is loaded after the head, on all cores, and takes every file whose bytes are
            // the head's from the head's load: in a pull request most files are the same on both sides.
            ParsedFiles sameOnBothSides = new ParsedFiles();
            StrategySource headSource = new ReadOnceSource(new DirectorySource(request.strategyDirectory()));
            StrategyLoader headLoader = new StrategyLoader(request.effectiveThreads(), sameOnBothSides);
            Strategy headStrategy = headLoader.load(headSource);
            // The head's analysis runs on one thread: beside the base's load, which takes what is left.
            Future<Portfolio> analysedHead = second.submit(() -> PortfolioAnalysis.analyse(headStrategy));
            AnalysedBase base = analyseBase(join(openedBase), headStrategy, sameOnBothSides, request.effectiveThreads());
            Portfolio head = join(analysedHead);
            // The page's template engine (slow to set up in a fresh JVM) is set up there while this
            // thread compares: the loads above keep both cores busy, the comparison only one.
            Future<DiffPage> page = second.submit(() -> new DiffPage(request.templateDirectory()));
            DiffResult result = StrategyDiff.compare(
                    new StrategyDiff.Side(base.base().label(), base.base().source(), base.portfolio()),
                    new StrategyDiff.Side(headLabel(request, base.base()), headSource, head),
                    base.base().commit());
            // diff.json needs only the result: it is written on the second thread meanwhile.
            Future<byte[]> json = second.submit(() -> DiffJson.write(result));
            List<String> failures = Gate.failures(gates, result);
            DiffView view = new DiffViewBuilder(result.currency()).build(result, failures);
            try (StagedDirectoryOutput out = new StagedDirectoryOutput(request.diffDirectory(), DIFF_JSON)) {
                out.write("diff.md", DiffMarkdown.write(view, request.siteUrl()));
                join(page).write(view, out);
                out.write(DIFF_JSON, join(json));
                out.commit();
            }
            return new DiffOutcome(result, view.headline(), gates.stream().map(Gate::spelling).toList(), failures,
                    headLoader.warnings());
        }
    }

    /** Writes the four files of a diff at the top of {@code out}. */
    public static void write(DiffResult result, DiffView view, Path templateDirectory, SiteOutput out)
            throws IOException {
        out.write(DIFF_JSON, DiffJson.write(result));
        out.write("diff.md", DiffMarkdown.write(view));
        new DiffPage(templateDirectory).write(view, out);
    }

    /** The base analysed, and where it came from. */
    private record AnalysedBase(Base base, Portfolio portfolio) {
    }

    /**
     * A base without the strategy folder (the pull request that adds it) is a strategy with nothing in
     * it under the head's plan: every initiative is added, and no plan setting reads as changed.
     */
    private static AnalysedBase analyseBase(Base base, Strategy head, ParsedFiles parsedHead, int threads)
            throws BaseStrategyException, IOException {
        if (!base.source().exists()) {
            Strategy nothing = new Strategy(head.plan(), List.of(), List.of(), List.of(), List.of(), null, List.of(),
                    List.of());
            return new AnalysedBase(base, PortfolioAnalysis.analyse(nothing));
        }
        Strategy strategy;
        try {
            strategy = new StrategyLoader(threads, parsedHead).load(base.source());
        } catch (StrategyException e) {
            throw new BaseStrategyException(base.label(), base.filePrefix(), e);
        }
        return new AnalysedBase(base, PortfolioAnalysis.analyse(strategy));
    }

    /** The task's result, or the exception it threw, as it threw it. */
    private static <T> T join(Future<T> task) throws DiffException, BaseStrategyException, IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while comparing the strategies");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DiffException diff) {
                throw diff;
            }
            if (cause instanceof BaseStrategyException base) {
                throw base;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * One worker thread for the duration of a run. Closing it stops and waits for the worker, so
     * nothing of a failed run goes on reading files after {@link #run} returns.
     */
    private static final class SecondThread implements AutoCloseable {

        private final ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "tradeoff-diff");
            thread.setDaemon(true);
            return thread;
        });

        <T> Future<T> submit(Callable<T> task) {
            return executor.submit(task);
        }

        @Override
        public void close() {
            executor.shutdownNow();
            boolean interrupted = false;
            while (!executor.isTerminated()) {
                try {
                    executor.awaitTermination(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void requireOneBase(DiffRequest request) throws DiffException {
        boolean ref = request.baseRef() != null && !request.baseRef().isBlank();
        boolean folder = request.baseDirectory() != null;
        if (ref == folder) {
            throw new DiffException(ref
                    ? "Give one base, not two: a git ref (tradeoff.base=" + request.baseRef() + ") or a folder"
                            + " (tradeoff.baseDirectory=" + request.baseDirectory() + ")"
                    : "Nothing to compare with: give the base as a git ref (-Dtradeoff.base=origin/main)"
                            + " or as a strategy folder (-Dtradeoff.baseDirectory=path/to/strategy)");
        }
    }

    /** The base: where its files come from, what to call it, and what goes before its problems' files. */
    private record Base(StrategySource source, String label, String filePrefix, String commit) {
    }

    private static Base openBase(DiffRequest request) throws DiffException, IOException {
        if (request.baseDirectory() != null) {
            Path folder = request.baseDirectory();
            if (!Files.isDirectory(folder)) {
                throw new DiffException("The base folder " + folder + " does not exist or is not a folder");
            }
            String label = request.baseLabel() != null ? request.baseLabel() : String.valueOf(folder.getFileName());
            return new Base(new ReadOnceSource(new DirectorySource(folder)), label, label + "/", null);
        }
        GitSource git = GitSource.open(request.strategyDirectory(), request.baseRef().trim());
        String label = request.baseLabel() != null ? request.baseLabel() : git.ref();
        String prefix = git.ref() + ":" + (git.folder().isEmpty() ? "" : git.folder() + "/");
        return new Base(git, label, prefix, git.commit());
    }

    private static String headLabel(DiffRequest request, Base base) {
        if (request.headLabel() != null) {
            return request.headLabel();
        }
        if (base.source() instanceof GitSource git) {
            return git.folder().isEmpty() ? "." : git.folder();
        }
        return String.valueOf(request.strategyDirectory().toAbsolutePath().normalize().getFileName());
    }
}
