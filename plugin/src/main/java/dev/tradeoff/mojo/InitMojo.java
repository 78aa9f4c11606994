package dev.tradeoff.mojo;

import dev.tradeoff.init.EnclosingProject;
import dev.tradeoff.init.ExistingFilesException;
import dev.tradeoff.init.NextSteps;
import dev.tradeoff.init.StarterStrategy;
import dev.tradeoff.model.Quarter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Writes a commented starter strategy into the strategy folder: {@code strategy.yaml},
 * {@code teams.yaml}, a platform initiative that enables a product initiative, an objective,
 * {@code signals.yaml} and {@code scale.yaml}. The folder must be new or empty: when it holds any
 * file, init fails naming them and writes nothing. For a project it starts, it also writes
 * {@code .mvn/jvm.config} with the recommended JVM options where Maven reads it, unless there is one;
 * in an existing project it only suggests them, since they would apply to all of its builds.
 * <p>
 * In a project, it then prints the {@code <plugin>} element to add to the pom, on lines of their
 * own that copy as they are (or says that the pom declares the plugin already). In a folder without
 * a {@code pom.xml} it writes one that runs the plugin on the strategy folder (naming it when it is
 * not the default {@code src/strategy}), and a {@code .gitignore} for {@code target/}; unless the
 * folder is inside a project (a pom.xml above it, in the same repository), where it fails and names
 * the command that starts the strategy in that project instead.
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractStrategyMojo {

    /** The organisation named in {@code strategy.yaml}; defaults to the project's organisation, then its name. */
    @Parameter(property = "tradeoff.organization", defaultValue = "${project.organization.name}")
    private String organization;

    /** The project's name, the fallback for {@link #organization}. */
    @Parameter(defaultValue = "${project.name}", readonly = true)
    private String projectName;

    /** The first quarter of the starter plan, such as {@code 2027-Q1}; defaults to the quarter after today's. */
    @Parameter(property = "tradeoff.start")
    private String start;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /** The project whose pom may declare the plugin already. */
    @Parameter(defaultValue = "${project}", readonly = true)
    private MavenProject project;

    /** Where Maven reads .mvn/ from: the nearest folder above the one it ran in that has a .mvn folder, else that one. */
    @Parameter(defaultValue = "${session.request.multiModuleProjectDirectory}", readonly = true)
    private File multiModuleProjectDirectory;

    /** It starts a strategy where it is asked to, not in every module. */
    @Override
    protected boolean readsEachModulesStrategy() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path folder = strategyDirectory.toPath();
        boolean hasPom = Files.exists(basedir.toPath().resolve(StarterStrategy.POM), LinkOption.NOFOLLOW_LINKS);
        if (!hasPom) {
            refuseToNestAProject(folder);
        }
        writeStarter(folder);
        mavenJvmConfig(!hasPom);
        String configuredFolder = asConfigured(folder);
        boolean pomWritten = !hasPom && pom(configuredFolder);
        List<String> steps = pomWritten ? NextSteps.afterWritingThePom() : whatThePomNeeds(configuredFolder);
        steps.forEach(getLog()::info);
    }

    /**
     * Fails, writing nothing, in a folder without a pom that lies inside a project: the pom init
     * writes would start a second project there, which the first one's build never runs.
     */
    private void refuseToNestAProject(Path strategyFolder) throws MojoFailureException {
        Optional<EnclosingProject> around = EnclosingProject.around(basedir.toPath());
        if (around.isPresent()) {
            String goal = groupId() + ":" + artifactId() + ":" + version() + ":init";
            throw new MojoFailureException(around.get().refusal(Path.of(""), basedir.toPath(), strategyFolder, goal));
        }
    }

    private void writeStarter(Path folder) throws MojoExecutionException, MojoFailureException {
        StarterStrategy starter = new StarterStrategy(organizationName(), planStart());
        try {
            starter.write(folder);
        } catch (ExistingFilesException e) {
            throw new MojoFailureException(e.explanation(this::displayPath));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the starter strategy: " + e.getMessage(), e);
        }
        getLog().info("Wrote a starter strategy into " + displayPath(folder) + ":");
        for (String file : StarterStrategy.FILES) {
            getLog().info("  " + file);
        }
        getLog().info("Each file explains its keys in comments.");
    }

    /**
     * What the project's own pom needs for the goals to read the starter: the plugin, or, when it
     * declares the plugin already, the starter's folder if that is not the one it reads.
     */
    private List<String> whatThePomNeeds(String configuredFolder) {
        String pom = project == null || project.getFile() == null ? StarterStrategy.POM
                : displayPath(project.getFile().toPath());
        Plugin declared = project == null ? null : project.getPlugin(groupId() + ":" + artifactId());
        if (declared == null) {
            return NextSteps.addThePlugin(pom,
                    StarterStrategy.pomSnippet(groupId(), artifactId(), version(), configuredFolder));
        }
        return NextSteps.pluginDeclared(pom, namesStrategyFolder(declared) ? null : configuredFolder);
    }

    /**
     * Whether the plugin's own configuration names the strategy folder: init then wrote into that one,
     * as a pom's value wins over a -D property.
     */
    private static boolean namesStrategyFolder(Plugin declared) {
        return declared.getConfiguration() instanceof Xpp3Dom configuration
                && configuration.getChild("strategyDirectory") != null;
    }

    /**
     * The strategy folder as a pom names it: null for the default {@code src/strategy},
     * {@code ${project.basedir}/<path>} for a folder inside the project, else its absolute path.
     */
    private String asConfigured(Path strategyFolder) {
        Path project = basedir.toPath().toAbsolutePath().normalize();
        Path folder = strategyFolder.toAbsolutePath().normalize();
        if (folder.equals(project.resolve("src/strategy"))) {
            return null;
        }
        return folder.startsWith(project)
                ? "${project.basedir}/" + project.relativize(folder).toString().replace('\\', '/')
                : folder.toString().replace('\\', '/');
    }

    /**
     * Writes a pom.xml that runs Tradeoff on the strategy folder ({@code configuredFolder}, null for
     * the default) when the project folder has none, so that the goals named next work there;
     * returns whether it did.
     */
    private boolean pom(String configuredFolder) throws MojoExecutionException {
        Path project = basedir.toPath();
        try {
            if (StarterStrategy.writePomIfMissing(project, groupId(), artifactId(), version(), configuredFolder)) {
                getLog().info("Wrote " + displayPath(project.resolve(StarterStrategy.POM))
                        + ": a project whose build validates and renders the strategy.");
                if (StarterStrategy.writeGitignoreIfMissing(project)) {
                    getLog().info("Wrote " + displayPath(project.resolve(StarterStrategy.GITIGNORE))
                            + ": keeps the build output (target/) out of git.");
                }
                return true;
            }
            return false;
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + StarterStrategy.POM + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes .mvn/jvm.config (faster one-off builds) for a {@code newProject}, the one init writes the
     * pom of, unless there is one, where Maven reads it: in the nearest folder above that has a .mvn
     * folder, else the one it ran in (a .mvn folder of a module's own would hide the repository's, its
     * maven.config, extensions and wrapper, from builds run in the module). In an existing project
     * the options are only suggested: they would apply to all of its builds, its tests' long runs
     * included, where the optimising compiler the options leave out pays for itself.
     */
    private void mavenJvmConfig(boolean newProject) throws MojoExecutionException {
        Path mavenFolder = multiModuleProjectDirectory == null ? basedir.toPath() : multiModuleProjectDirectory.toPath();
        Path config = mavenFolder.resolve(StarterStrategy.MAVEN_JVM_CONFIG);
        try {
            if (newProject && StarterStrategy.writeMavenJvmConfig(mavenFolder)) {
                getLog().info("Wrote " + displayPath(config) + ": JVM options that make a one-off build faster on few cores.");
                return;
            }
            String options = StarterStrategy.mavenJvmOptions().strip().replace('\n', ' ');
            String existing = Files.isRegularFile(config) ? Files.readString(config, StandardCharsets.UTF_8) : "";
            if (existing.contains("TieredStopAtLevel")) {
                return;
            }
            if (newProject) {
                getLog().info("Kept " + displayPath(config) + "; a one-off build is faster on few cores with " + options + " in it.");
            } else {
                getLog().info("Tradeoff's builds are faster on few cores with " + options + " in " + displayPath(config)
                        + "; not written there, since every build of this project would run with them, its tests too.");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + displayPath(config) + ": " + e.getMessage(), e);
        }
    }

    private String organizationName() {
        if (organization != null && !organization.isBlank()) {
            return organization.trim();
        }
        if (projectName != null && !projectName.isBlank() && !projectName.equals("Maven Stub Project (No POM)")) {
            return projectName.trim();
        }
        return "Example Org";
    }

    private Quarter planStart() throws MojoFailureException {
        if (start != null && !start.isBlank()) {
            try {
                return Quarter.parse(start);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException(
                        "tradeoff.start: expected a quarter like 2027-Q1, found '" + start + "'");
            }
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return new Quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).plus(1);
    }

    private String groupId() {
        return plugin == null ? "dev.tradeoff" : plugin.getGroupId();
    }

    private String artifactId() {
        return plugin == null ? "tradeoff-maven-plugin" : plugin.getArtifactId();
    }

    private String version() {
        return plugin == null ? "0.1.0-SNAPSHOT" : plugin.getVersion();
    }
}
