package dev.tradeoff.mojo;

import dev.tradeoff.render.TemplateOverrides;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that render pages share: the template overrides and the render threads. */
abstract class AbstractRenderingMojo extends AbstractStrategyMojo {

    /**
     * A folder of template overrides: a file here with the name of a default template (for example
     * {@code index.ftlh}, {@code diff.ftlh} or {@code assets/tradeoff.css}) replaces it; everything
     * else comes from the default theme. Ignored when the folder does not exist.
     */
    @Parameter(property = "tradeoff.templateDirectory", defaultValue = "${project.basedir}/src/tradeoff/templates")
    private File templateDirectory;

    /** Threads that read the strategy's files and render pages and charts; 0 means one per available core. */
    @Parameter(property = "tradeoff.threads", defaultValue = "0")
    private int threads;

    /** The render threads as configured (0: one per core); fails the goal on a negative count. */
    protected int threads() throws MojoFailureException {
        if (threads < 0) {
            throw new MojoFailureException(threadsMessage(threads));
        }
        getLog().debug("Threads: " + (threads == 0 ? Runtime.getRuntime().availableProcessors() + " (one per core)"
                : String.valueOf(threads)));
        return threads;
    }

    /** What is wrong with a negative thread count, for every goal that takes one. */
    static String threadsMessage(int threads) {
        return "threads (tradeoff.threads) must be 0 (one per core) or a number of threads, not " + threads;
    }

    /** The template folder, resolved; null when none is configured. Warns of overrides that would be ignored. */
    protected Path templates() {
        File folder = folder(templateDirectory);
        if (folder == null) {
            return null;
        }
        for (String unused : TemplateOverrides.unused(folder.toPath())) {
            getLog().warn(displayPath(folder.toPath()) + "/" + unused);
        }
        getLog().debug("Template overrides: " + displayPath(folder.toPath())
                + (folder.isDirectory() ? "" : " (no such folder: the default theme only)"));
        return folder.toPath();
    }
}
