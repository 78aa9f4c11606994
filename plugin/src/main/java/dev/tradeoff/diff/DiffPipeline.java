package dev.tradeoff.diff;

import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.load.StrategySource;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.render.output.SiteOutput;
import dev.tradeoff.render.output.StagedDirectoryOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The diff goal's one pipeline: parse the gates, load and validate the head, open and load the
 * base, analyse both, compare, write {@code diff.json}, {@code diff.md}, {@code diff.html} and
 * {@code diff.css} into {@code <output>/diff/} (all or nothing), then check the gates. The output is
 * written even when a gate fails, so CI can post it; the caller fails on {@link DiffOutcome#passes()}.
 */
public final class DiffPipeline {

    private DiffPipeline() {
    }

    /**
     * @throws DiffException          the request cannot be carried out (base missing or given twice,
     *                                unknown ref, ref without the folder, unknown gate)
     * @throws StrategyException      the head (the strategy folder on disk) does not validate
     * @throws BaseStrategyException  the base does not validate: the base's problem, not the change's
     */
    public static DiffOutcome run(DiffRequest request)
            throws DiffException, StrategyException, BaseStrategyException, IOException {
        List<Gate> gates = Gate.parse(request.failOn());
        requireOneBase(request);
        StrategySource headSource = new DirectorySource(request.strategyDirectory());
        Strategy head = new StrategyLoader().load(headSource);
        Base base = openBase(request);
        Strategy baseStrategy;
        try {
            baseStrategy = new StrategyLoader().load(base.source());
        } catch (StrategyException e) {
            throw new BaseStrategyException(base.label(), base.filePrefix(), e);
        }
        DiffResult result = StrategyDiff.compare(
                new StrategyDiff.Side(base.label(), base.source(), PortfolioAnalysis.analyse(baseStrategy)),
                new StrategyDiff.Side(headLabel(request, base), headSource, PortfolioAnalysis.analyse(head)),
                base.commit());
        List<String> failures = Gate.failures(gates, result);
        DiffView view = new DiffViewBuilder(result.currency()).build(result, failures);
        try (StagedDirectoryOutput out = new StagedDirectoryOutput(request.diffDirectory())) {
            write(result, view, request.templateDirectory(), out);
            out.commit();
        }
        return new DiffOutcome(result, view.headline(), failures);
    }

    /** Writes the four files of a diff at the top of {@code out}. */
    public static void write(DiffResult result, DiffView view, Path templateDirectory, SiteOutput out)
            throws IOException {
        out.write("diff.json", DiffJson.write(result));
        out.write("diff.md", DiffMarkdown.write(view));
        new DiffPage(templateDirectory).write(view, out);
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
            return new Base(new DirectorySource(folder), label, label + "/", null);
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
