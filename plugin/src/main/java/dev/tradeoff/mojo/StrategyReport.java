package dev.tradeoff.mojo;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.BuildResult;
import dev.tradeoff.Tradeoff;
import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import dev.tradeoff.render.SiteRenderer;
import dev.tradeoff.render.SiteUrl;
import dev.tradeoff.render.output.StagedDirectoryOutput;
import dev.tradeoff.view.SiteView;
import dev.tradeoff.view.SiteViewBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A "Strategy" page for {@code mvn site}: the executive summary (verdict, recommendations, totals
 * and the initiatives whose NPV weighs most, gain or loss) in the project site's own look, and the full Tradeoff
 * site copied into {@code tradeoff/} next to it, linked from the page. List the plugin under
 * {@code <reporting>} to get it; it needs maven-site-plugin 3.20.0 or later (Doxia 2).
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class StrategyReport extends AbstractMavenReport {

    /** Where the full strategy site goes inside the project site. */
    static final String SITE_FOLDER = "tradeoff";

    /** The strategy folder: {@code strategy.yaml}, {@code initiatives/}, {@code okrs/} and the optional files. */
    @Parameter(property = "tradeoff.strategyDirectory", defaultValue = "${project.basedir}/src/strategy")
    private File strategyDirectory;

    /** A folder of template overrides, as for {@code build}. Ignored when the folder does not exist. */
    @Parameter(property = "tradeoff.templateDirectory", defaultValue = "${project.basedir}/src/tradeoff/templates")
    private File templateDirectory;

    /**
     * Where the full build (site and briefs) is written before the site is copied into the project
     * site's {@code tradeoff/} folder; the same folder as {@code build} writes to.
     */
    @Parameter(property = "tradeoff.outputDirectory", defaultValue = "${project.build.directory}/tradeoff")
    private File buildDirectory;

    /**
     * The address the full strategy site is published at, as for {@code build}: the project site's
     * address followed by {@code tradeoff/}. When set, the briefs link there.
     */
    @Parameter(property = "tradeoff.siteUrl")
    private String siteUrl;

    /** Threads that render pages and charts; 0 means one per available core. */
    @Parameter(property = "tradeoff.threads", defaultValue = "0")
    private int threads;

    /**
     * How many initiatives the page lists: those whose NPV weighs most on the total, gain or loss
     * (as the brief chooses them), highest NPV first.
     */
    @Parameter(property = "tradeoff.report.topInitiatives", defaultValue = "10")
    private int topInitiatives;

    /** Skips the report. */
    @Parameter(property = "tradeoff.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Where the Strategy page ({@code strategy.html}) and the full site beside it ({@code tradeoff/})
     * go when the goal runs on its own, as {@code mvn tradeoff:report}. In {@code mvn site} the site
     * plugin gives its own folder ({@code target/site}) and this one is not read. Not what the
     * property {@code tradeoff.outputDirectory} sets: that is {@code buildDirectory}, as for
     * {@code build}.
     */
    // Declared again only to say what it is here: the inherited description speaks of reports in general.
    @Parameter(defaultValue = "${project.build.directory}/reports", required = true)
    public void setOutputDirectory(File outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    /** Whether the log has said there is no strategy to report on. */
    private boolean toldOfNoStrategy;

    @Override
    public String getOutputName() {
        return "strategy";
    }

    @Override
    public String getName(Locale locale) {
        return bundle(locale).getString("report.strategy.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return bundle(locale).getString("report.strategy.description");
    }

    /** Only for projects that have a strategy folder (and have not skipped the report). */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        boolean hasStrategy = strategyDirectory != null
                && Files.isRegularFile(strategyDirectory.toPath().resolve("strategy.yaml"));
        if (!hasStrategy && !toldOfNoStrategy) {
            // The site plugin asks more than once; a misnamed folder should not go unnoticed.
            toldOfNoStrategy = true;
            getLog().info("No strategy.yaml in " + strategyDirectory + ": no Strategy page (set strategyDirectory)");
        }
        return hasStrategy;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        if (topInitiatives < 1) {
            throw new MavenReportException("tradeoff.report.topInitiatives must be 1 or more, not " + topInitiatives);
        }
        if (threads < 0) {
            throw new MavenReportException(AbstractRenderingMojo.threadsMessage(threads));
        }
        SiteUrl publishedAt = SiteUrlParameter.parse(siteUrl, MavenReportException::new);
        Path reportFolder = getReportOutputDirectory().toPath().resolve(SITE_FOLDER);
        BuildResult result;
        try {
            result = Tradeoff.build(new BuildRequest(strategyDirectory.toPath(), buildDirectory.toPath(),
                    templateDirectory == null ? null : templateDirectory.toPath(), threads, publishedAt),
                    new BuildLog(getLog()::info));
            copySite(buildDirectory.toPath().resolve("site"), reportFolder);
            String prefix = strategyPrefix();
            result.warnings().forEach(warning -> getLog().warn(warning.format(prefix)));
            SkippedLeftovers.line(result.leftovers()).ifPresent(getLog()::info);
        } catch (StrategyException e) {
            throw failure(e);
        } catch (IOException | RuntimeException e) {
            throw new MavenReportException("Could not build the strategy site: " + e.getMessage(), e);
        }
        SiteView view = new SiteViewBuilder().build(result.portfolio());
        new StrategyReportRenderer(getSink(), bundle(locale), view, result.portfolio(), SITE_FOLDER + "/",
                topInitiatives).render();
        getLog().info("Strategy report: " + view.initiatives().size() + " initiatives; full site in "
                + reportFolder);
    }

    /** Replaces {@code target} with a copy of the built site, whole or not at all. */
    private static void copySite(Path site, Path target) throws IOException {
        // target/site/tradeoff is the site plugin's output, made afresh by every mvn site (a project's
        // src/site/resources/tradeoff lands there first): replaced whatever it holds.
        try (StagedDirectoryOutput out = new StagedDirectoryOutput(target, null);
             Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.write(site.relativize(file).toString().replace(File.separatorChar, '/'), Files.readAllBytes(file));
            }
            out.commit();
        }
    }

    /** The strategy folder as problems name it: relative to the project, with a trailing '/'; "" for the project itself. */
    private String strategyPrefix() {
        Path base = project == null ? null : project.getBasedir().toPath().toAbsolutePath().normalize();
        Path folder = strategyDirectory.toPath().toAbsolutePath().normalize();
        String prefix = (base != null && folder.startsWith(base) ? base.relativize(folder) : folder).toString()
                .replace(File.separatorChar, '/');
        return prefix.isEmpty() ? "" : prefix + "/";
    }

    private MavenReportException failure(StrategyException exception) {
        String prefix = strategyPrefix();
        exception.warnings().forEach(warning -> getLog().warn(warning.format(prefix)));
        List<Problem> problems = exception.problems();
        StringBuilder message = new StringBuilder("The strategy in ")
                .append(prefix.isEmpty() ? "." : prefix.substring(0, prefix.length() - 1)).append(" has ")
                .append(problems.size()).append(problems.size() == 1 ? " problem:" : " problems:");
        for (Problem problem : problems) {
            // Maven prints the message, each line as an error: logging them too would show each twice.
            message.append(System.lineSeparator()).append(problem.format(prefix));
        }
        return new MavenReportException(message.toString());
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("tradeoff-report", locale == null ? Locale.ROOT : locale,
                StrategyReport.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
