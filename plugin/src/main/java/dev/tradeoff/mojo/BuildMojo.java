package dev.tradeoff.mojo;

import static dev.tradeoff.view.NumberFormats.counted;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.BuildResult;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.render.RenderStats;
import dev.tradeoff.render.SiteUrl;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the strategy site ({@code site/}, with {@code data/portfolio.json}) and the Markdown
 * briefs ({@code briefs/}) into the output folder. Works outside a Maven project too.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractRenderingMojo {

    /** Where the site and briefs are written: {@code site/} and {@code briefs/} below it. */
    @Parameter(property = "tradeoff.outputDirectory", defaultValue = "${project.build.directory}/tradeoff")
    private File outputDirectory;

    /**
     * The address the site is published at ({@code https://strategy.example.com/northwind/}). When
     * set, the briefs link their initiatives and the site's pages there, so that a brief pasted into a
     * wiki, a ticket or an e-mail still links; when not, they link to the files beside them.
     */
    @Parameter(property = "tradeoff.siteUrl")
    private String siteUrl;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        outputDirectory = folder(outputDirectory);
        SiteUrl publishedAt = SiteUrlParameter.parse(siteUrl, MojoFailureException::new);
        getLog().info("Building the strategy in " + displayPath(strategyDirectory.toPath()));
        long started = System.nanoTime();
        try {
            BuildResult result = Tradeoff.build(new BuildRequest(strategyDirectory.toPath(),
                    outputDirectory.toPath(), templates(), threads(), publishedAt), new BuildLog(getLog()::info));
            RenderStats stats = result.stats();
            warnOf(result.warnings());
            tellOfLeftovers(result.leftovers());
            long millis = (System.nanoTime() - started) / 1_000_000;
            getLog().info("Built " + counted(result.portfolio().initiatives().size(), "initiative") + ": "
                    + counted(stats.pages(), "page") + ", " + counted(stats.charts(), "chart") + ", "
                    + counted(stats.briefs(), "brief") + " in " + millis + " ms → "
                    + displayPath(outputDirectory.toPath()));
            JvmHint.forBuild(result.portfolio().initiatives().size(), Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(getLog()::info);
        } catch (StrategyException e) {
            throw failure(e);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("Could not build the strategy site: " + e.getMessage(), e);
        }
    }
}
