package dev.tradeoff.mojo;

import java.io.File;

/**
 * Outside a Maven project, Maven 3 runs goals in a stub project that has no folder, and a default
 * such as {@code ${project.basedir}/src/strategy} reaches the mojo unresolved. There it means the
 * folder Maven was started in.
 */
final class StandaloneFolders {

    static final String PROJECT_BASEDIR = "${project.basedir}";
    static final String BUILD_DIRECTORY = "${project.build.directory}";

    private StandaloneFolders() {
    }

    /** The project folder, or outside a project (where Maven leaves it unset) the folder Maven was started in. */
    static File projectFolder(File basedir, File executionRoot) {
        return basedir == null ? executionRoot : resolve(basedir, executionRoot);
    }

    /** {@code configured} with an unresolved {@code ${project.basedir}} replaced by {@code executionRoot}. */
    static File resolve(File configured, File executionRoot) {
        if (configured == null || executionRoot == null) {
            return configured;
        }
        String path = configured.getPath().replace(BUILD_DIRECTORY, PROJECT_BASEDIR + "/target");
        int at = path.indexOf(PROJECT_BASEDIR);
        if (at < 0) {
            return configured;
        }
        String rest = path.substring(at + PROJECT_BASEDIR.length()).replaceFirst("^[/\\\\]+", "");
        return rest.isEmpty() ? executionRoot : new File(executionRoot, rest);
    }
}
