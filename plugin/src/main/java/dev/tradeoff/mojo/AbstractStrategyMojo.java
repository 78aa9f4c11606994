package dev.tradeoff.mojo;

import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import java.io.File;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal that reads a strategy folder shares: where it is, skipping, and error reporting. */
abstract class AbstractStrategyMojo extends AbstractMojo {

    /** The strategy folder: {@code strategy.yaml}, {@code initiatives/}, {@code okrs/} and the optional files. */
    @Parameter(property = "tradeoff.strategyDirectory", defaultValue = "${project.basedir}/src/strategy")
    protected File strategyDirectory;

    /** Skips the goal. */
    @Parameter(property = "tradeoff.skip", defaultValue = "false")
    protected boolean skip;

    /** The folder of the project (or the current folder outside a project), to shorten paths in messages. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    protected File basedir;

    /** The folder Maven was started in: where the defaults point outside a Maven project. */
    @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true)
    private File executionRoot;

    /** For the modules of a reactor this goal does not run for ({@link ReactorOnce}), and the -D properties given. */
    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    private MojoExecution mojoExecution;

    /** Maven runs the goals of one command (every module, every goal) with one request: warned once. */
    private static final Set<Object> WARNED_OF_PROPERTIES = Collections.synchronizedSet(
            Collections.newSetFromMap(new WeakHashMap<>()));

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping Tradeoff (tradeoff.skip=true)");
            return;
        }
        strategyDirectory = folder(strategyDirectory);
        basedir = StandaloneFolders.projectFolder(basedir, executionRoot);
        if (session != null && mojoExecution != null && WARNED_OF_PROPERTIES.add(session.getRequest())) {
            UnknownProperties.warnings(session.getUserProperties(),
                    mojoExecution.getMojoDescriptor().getPluginDescriptor()).forEach(getLog()::warn);
        }
        if (readsEachModulesStrategy()) {
            ReactorOnce.warning(session, mojoExecution).ifPresent(getLog()::warn);
        }
        run();
    }

    /** Whether the goal is about a module's own strategy, so that a reactor's other modules are missed. */
    protected boolean readsEachModulesStrategy() {
        return true;
    }

    /** A folder parameter, with defaults that Maven leaves unresolved outside a project resolved. */
    protected File folder(File configured) {
        return StandaloneFolders.resolve(configured, executionRoot);
    }

    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * Fails the goal with every problem, a line each as {@code file:line:column: message}. Maven
     * prints the message at the end of the build, each line as an error; logging them here too
     * would show every problem twice. The warnings found beside them are logged now.
     */
    protected MojoFailureException failure(StrategyException exception) {
        warnOf(exception.warnings());
        String prefix = displayPath(strategyDirectory.toPath());
        StringBuilder message = new StringBuilder();
        int count = exception.problems().size();
        message.append("The strategy in ").append(prefix).append(" has ").append(count)
                .append(count == 1 ? " problem:" : " problems:");
        for (Problem problem : exception.problems()) {
            message.append(System.lineSeparator()).append(problem.format(prefix.isEmpty() ? "" : prefix + "/"));
        }
        StrategyFolderHint.of(strategyDirectory.toPath(), Path.of(""), this::asProperty)
                .ifPresent(hint -> message.append(System.lineSeparator()).append(hint));
        return new MojoFailureException(message.toString());
    }

    /** Logs each warning of the strategy as {@code file:line:column: message}, as problems are. */
    protected void warnOf(List<Problem> warnings) {
        String prefix = displayPath(strategyDirectory.toPath());
        for (Problem warning : warnings) {
            getLog().warn(warning.format(prefix.isEmpty() ? "" : prefix + "/"));
        }
    }

    /** Mentions, in one line, the editors' leftovers the loader skipped: the user should know, not act. */
    protected void tellOfLeftovers(List<String> leftovers) {
        SkippedLeftovers.line(leftovers).ifPresent(getLog()::info);
    }

    /**
     * A path as a -D property gives it: Maven reads a relative one from the project's folder (with
     * -pl or -f too), so relative below that folder ("." for it), else absolute.
     */
    protected String asProperty(Path path) {
        String shown = relativeTo(basedir == null ? Path.of("") : basedir.toPath(), path);
        return shown.isEmpty() ? "." : shown;
    }

    /**
     * A path relative to the folder Maven was started in when it is inside it, so that it opens from
     * there (in a reactor {@code a/src/strategy}: the interleaved lines of {@code mvn -T 2} say whose
     * they are; with {@code -f ../pom.xml}, still from where Maven ran), else absolute; '/'
     * separated.
     */
    protected String displayPath(Path path) {
        return relativeTo(Path.of(""), path);
    }

    /**
     * A folder as the files a goal writes name it (the two sides of a diff): relative to the
     * project's folder when inside it ("." for that folder itself), else by its own name; '/'
     * separated. Unlike {@link #displayPath}, which is for messages, it depends neither on the folder
     * Maven was started in nor on where the project is: the same project gives the same bytes from
     * any folder, at any path, on any machine, and no absolute path (a home folder, a user name)
     * reaches a pull-request comment.
     */
    protected String outputName(Path folder) {
        Path project = (basedir == null ? Path.of("") : basedir.toPath()).toAbsolutePath().normalize();
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.startsWith(project)) {
            return asProperty(folder);
        }
        return absolute.getFileName() == null ? absolute.toString() : absolute.getFileName().toString();
    }

    /** {@code path} below {@code base} ("" for {@code base} itself), else absolute; '/' separated. */
    private static String relativeTo(Path base, Path path) {
        Path from = base.toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(from) ? from.relativize(absolute) : absolute;
        return shown.toString().replace(File.separatorChar, '/');
    }
}
