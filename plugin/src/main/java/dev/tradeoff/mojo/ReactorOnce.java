package dev.tradeoff.mojo;

import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/**
 * The goals work without a project, and Maven runs a goal of that kind typed on the command line
 * once per reactor, on its first project: {@code mvn -pl a,b tradeoff:build} builds a's strategy
 * and reports b as skipped with BUILD SUCCESS. Nothing in a plugin can change that, so the goal says
 * which modules that use the plugin it did not run for, and how to reach them.
 */
final class ReactorOnce {

    /** Maven's execution id of a goal typed on the command line. */
    private static final String COMMAND_LINE = "default-cli";

    private ReactorOnce() {
    }

    /** The warning, when the goal came from the command line and other selected modules use the plugin. */
    static Optional<String> warning(MavenSession session, MojoExecution execution) {
        if (session == null || execution == null || !COMMAND_LINE.equals(execution.getExecutionId())
                || session.getProjects() == null || session.getProjects().size() < 2) {
            return Optional.empty();
        }
        String plugin = execution.getMojoDescriptor().getPluginDescriptor().getPluginLookupKey();
        MavenProject current = session.getCurrentProject();
        List<String> missed = session.getProjects().stream()
                .filter(project -> project != current)
                .filter(project -> project.getBuildPlugins().stream().anyMatch(p -> plugin.equals(p.getKey())))
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

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
