package dev.tradeoff.init;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Maven project around a folder that has no {@code pom.xml} of its own, such as a subfolder of a
 * repository's project. A pom written there would start a second project nested in the first, which
 * the first one's build never runs; init offers to start the strategy in the first one instead.
 *
 * @param pom the {@code pom.xml} of the project around the folder
 */
public record EnclosingProject(Path pom) {

    /**
     * What marks the top of a repository: git's folder (a file in a worktree), or Maven's own
     * {@code .mvn}. Above it, or with neither anywhere, a pom.xml is someone else's.
     */
    private static final List<String> REPOSITORY_TOPS = List.of(".git", ".mvn");

    /**
     * The project around {@code folder}: the nearest folder above it that holds a pom.xml, up to the
     * top of the repository {@code folder} is in. Empty for a folder at the top of its repository, or
     * in none.
     */
    public static Optional<EnclosingProject> around(Path folder) {
        Path start = folder.toAbsolutePath().normalize();
        Path nearest = null;
        for (Path at = start; at != null; at = at.getParent()) {
            if (nearest == null && !at.equals(start) && Files.isRegularFile(at.resolve(StarterStrategy.POM))) {
                nearest = at.resolve(StarterStrategy.POM);
            }
            if (isRepositoryTop(at)) {
                return Optional.ofNullable(nearest).map(EnclosingProject::new);
            }
        }
        return Optional.empty();
    }

    private static boolean isRepositoryTop(Path folder) {
        return REPOSITORY_TOPS.stream().anyMatch(top -> Files.exists(folder.resolve(top)));
    }

    /**
     * Why init writes no project into {@code folder}, and the command that starts the strategy in
     * {@code strategyFolder} as part of this project instead; {@code goal} is init's full name, and
     * paths are given as they read from {@code current}, the folder Maven runs in.
     */
    public String refusal(Path current, Path folder, Path strategyFolder, String goal) {
        Path here = current.toAbsolutePath().normalize();
        Path project = pom.toAbsolutePath().normalize().getParent();
        String named = here.equals(folder.toAbsolutePath().normalize()) ? "this folder" : relative(here, folder);
        return "Not starting a Maven project of its own in " + named + ": it is inside the project of "
                + relative(here, pom) + ", whose build would not run it. To start the strategy in that project, run"
                + " init on its pom:" + System.lineSeparator()
                + "  mvn -f " + quoted(relative(here, pom)) + " " + goal + " "
                + quoted("-Dtradeoff.strategyDirectory=" + relative(project, strategyFolder)) + System.lineSeparator()
                + "For a module of its own, give the folder its pom.xml first.";
    }

    /** {@code path} from {@code from}, '/' separated, with {@code ..} for a folder above ("." for {@code from}). */
    private static String relative(Path from, Path path) {
        String relative = from.relativize(path.toAbsolutePath().normalize()).toString().replace(File.separatorChar, '/');
        return relative.isEmpty() ? "." : relative;
    }

    /** A command-line argument as a shell reads it back: quoted when it holds a space or the like. */
    private static String quoted(String argument) {
        return argument.matches("[\\w./@:=+-]+") ? argument : "\"" + argument + "\"";
    }
}
