package dev.tradeoff.mojo;

import dev.tradeoff.diff.BaseStrategyException;
import dev.tradeoff.diff.DiffException;
import dev.tradeoff.diff.DiffOutcome;
import dev.tradeoff.diff.DiffPipeline;
import dev.tradeoff.diff.DiffRequest;
import dev.tradeoff.diff.DiffResult;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.render.SiteUrl;
import java.io.File;
import java.io.IOException;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the strategy at a base (a git ref, or another folder) with the strategy folder as it is
 * on disk, and writes {@code diff/diff.md} (a pull-request comment), {@code diff/diff.html} and
 * {@code diff/diff.json} into the output folder. With {@code failOn}, fails when the change breaks a
 * gate, after writing the diff. Works outside a Maven project too.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractRenderingMojo {

    /**
     * The base as a git ref: a branch ({@code origin/main}), tag, commit or expression such as
     * {@code HEAD~1}. The strategy folder is read at that ref from the repository that contains it,
     * without touching the work tree or the index. Give this or {@code baseDirectory}.
     */
    @Parameter(property = "tradeoff.base")
    private String base;

    /** The base as another strategy folder. Give this or {@code base}. */
    @Parameter(property = "tradeoff.baseDirectory")
    private File baseDirectory;

    /** Where the diff is written: {@code diff/} below it. */
    @Parameter(property = "tradeoff.outputDirectory", defaultValue = "${project.build.directory}/tradeoff")
    private File outputDirectory;

    /**
     * Gates that fail the goal, as a comma list: {@code npv-drop:<money>} (portfolio NPV drops by more
     * than the amount, e.g. {@code npv-drop:500k}; plain {@code npv-drop} allows no drop), {@code band}
     * (a quarter leaves the platform band), {@code unfunded-key-result} (a key result loses its last
     * initiative), {@code late-scalability} (a scalability initiative becomes late, or later, for the
     * breach), {@code start-before-plan} (a proposed or committed initiative gains quarters before the
     * plan's start, whose cost would then count as already spent). The diff is written first either way.
     */
    @Parameter(property = "tradeoff.failOn")
    private String failOn;

    /**
     * Where the head's site is published, such as a pull request's preview deployment
     * ({@code https://pr-42--strategy.example.com/}). When set, {@code diff.md} links each initiative
     * of the head to its page there, and names the site.
     */
    @Parameter(property = "tradeoff.siteUrl")
    private String siteUrl;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        outputDirectory = folder(outputDirectory);
        SiteUrl publishedAt = SiteUrlParameter.parse(siteUrl, MojoFailureException::new);
        String head = displayPath(strategyDirectory.toPath());
        String baseLabel = baseDirectory != null ? displayPath(baseDirectory.toPath()) : base;
        getLog().info("Comparing the strategy in " + head + " with the base " + (baseLabel == null ? "(none)" : baseLabel));
        DiffOutcome outcome;
        try {
            outcome = DiffPipeline.run(new DiffRequest(strategyDirectory.toPath(), base,
                    baseDirectory == null ? null : baseDirectory.toPath(), outputDirectory.toPath(),
                    templates(), failOn, baseDirectory != null ? outputName(baseDirectory.toPath()) : base,
                    outputName(strategyDirectory.toPath()), threads(), publishedAt));
        } catch (DiffException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (BaseStrategyException e) {
            throw baseFailure(e, baseLabel);
        } catch (StrategyException e) {
            throw failure(e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Could not compare the strategy with its base: " + e.getMessage(), e);
        }
        DiffResult result = outcome.result();
        warnOf(outcome.warnings());
        getLog().info(outcome.headline());
        getLog().info(String.format(Locale.ROOT, "%d added, %d removed, %s%d changed → %s",
                result.addedAnew().size(), result.removedForGood().size(),
                result.renamed().isEmpty() ? "" : result.renamed().size() + " renamed, ", result.changed().size(),
                displayPath(outputDirectory.toPath().resolve("diff"))));
        if (outcome.passes() && !outcome.gates().isEmpty()) {
            // A CI log says the gates held, not only that nothing failed: failOn may not have been set.
            getLog().info("Gates passed: " + String.join(", ", outcome.gates()));
        }
        if (!outcome.passes()) {
            StringBuilder message = new StringBuilder("The change fails ")
                    .append(outcome.gateFailures().size() == 1 ? "a gate:" : outcome.gateFailures().size() + " gates:");
            // Maven prints the message, each line as an error: logging the reasons too would show each twice.
            for (String reason : outcome.gateFailures()) {
                message.append(System.lineSeparator()).append(reason);
            }
            throw new MojoFailureException(message.toString());
        }
    }

    /** The base's problems, named as the base's: {@code The base strategy at origin/main has 2 problems: ...}. */
    private MojoFailureException baseFailure(BaseStrategyException exception, String baseLabel) {
        String prefix = baseDirectory != null ? baseLabel + "/" : exception.filePrefix();
        return new MojoFailureException(exception.format(baseLabel, prefix).replace("\n", System.lineSeparator()));
    }
}
