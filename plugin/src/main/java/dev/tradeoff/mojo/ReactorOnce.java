package dev.tradeoff.mojo;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The goals work without a project, and Maven runs a goal of that kind typed on the command line
 * once per reactor, on its first project: {@code mvn -pl a,b tradeoff:build} builds a's strategy
 * and reports b as skipped with BUILD SUCCESS. Nothing in a plugin can change that, so the goal says
 * which modules that use the plugin on a strategy of theirs it did not run for, and how to reach them.
 */
final class ReactorOnce {

    /** Maven's execution id of a goal typed on the command line. */
    private static final String COMMAND_LINE = "default-cli";

    private ReactorOnce() {
    }

    /** The warning, when the goal came from the command line and other selected modules use the plugin on a strategy. */
    static Optional<String> warning(MavenSession session, MojoExecution execution) {
        if (session == null || execution == null || !COMMAND_LINE.equals(execution.getExecutionId())
                || session.getProjects() == null || session.getProjects().size() < 2) {
            return Optional.empty();
        }
        String plugin = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        MavenProject current = session.getCurrentProject();
        List<String> missed = session.getProjects().stream()
                .filter(project -> project != current)
                .filter(project -> hasAStrategyFor(project, plugin))
                .map(MavenProject::getArtifactId)
                .toList();
        if (missed.isEmpty()) {
            return Optional.empty();
        }
        String goal = "tradeoff:" + execution.getGoal();
        String here = current == null ? "the first module" : current.getArtifactId();
        String phase = execution.getMojoDescriptor().getPhase();
        return Optional.of(goal + " runs once in a reactor, here for " + here + ": " + join(missed)
                + (missed.size() == 1 ? ", which uses" : ", which use") + " the plugin too, "
                + (missed.size() == 1 ? "is" : "are") + " not included, as Maven runs a goal that works"
                + " without a project once per reactor. "
                + (phase == null ? "" : "To include every module, run mvn " + phase + " with the goal in each"
                        + " module's <executions>; ")
                + (phase == null ? "For" : "for") + " one module, mvn -pl " + missed.get(0) + " " + goal + ".");
    }

    /**
     * Whether {@code project} declares the plugin ({@code pluginKey}), not skipped (in the plugin's
     * configuration or by the property {@code tradeoff.skip}), with a strategy folder that is there: the default {@code src/strategy} or the
     * one its configuration names. A folder given by an expression Maven has not resolved here is
     * taken to be there.
     */
    static boolean hasAStrategyFor(MavenProject project, String pluginKey) {
        Plugin declared = project.getBuildPlugins().stream()
                .filter(plugin -> pluginKey.equals(plugin.getKey())).findFirst().orElse(null);
        if (declared == null) {
            return false;
        }
        Xpp3Dom configuration = declared.getConfiguration() instanceof Xpp3Dom dom ? dom : null;
        String skip = value(configuration, "skip");
        if ("true".equals(skip != null ? skip : project.getProperties().getProperty("tradeoff.skip"))) {
            return false;
        }
        String folder = value(configuration, "strategyDirectory");
        if (folder != null && folder.contains("${")) {
            return true;
        }
        File basedir = project.getBasedir();
        if (basedir == null) {
            return true;
        }
        File strategy = new File(folder == null ? "src/strategy" : folder);
        return (strategy.isAbsolute() ? strategy : new File(basedir, strategy.getPath())).isDirectory();
    }

    private static String value(Xpp3Dom configuration, String name) {
        Xpp3Dom child = configuration == null ? null : configuration.getChild(name);
        return child == null || child.getValue() == null ? null : child.getValue().strip();
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
