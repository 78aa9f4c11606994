package dev.tradeoff.mojo;

import dev.tradeoff.init.ExistingFilesException;
import dev.tradeoff.init.StarterStrategy;
import dev.tradeoff.model.Quarter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a commented starter strategy into the strategy folder: {@code strategy.yaml},
 * {@code teams.yaml}, a platform initiative that enables a product initiative, an objective,
 * {@code signals.yaml} and {@code scale.yaml}; then prints the {@code <plugin>} element to add to
 * the pom. Never replaces a file: when any of them exists, it fails naming them and writes nothing.
 * Also writes {@code .mvn/jvm.config} with the recommended JVM options when the project has none.
 * Works outside a Maven project too: in a folder without a {@code pom.xml} it writes one that runs
 * the plugin on the strategy folder (naming it when it is not the default {@code src/strategy}).
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


    /** It starts a strategy where it is asked to, not in every module. */
    @Override
    protected boolean readsEachModulesStrategy() {
        return false;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        Path folder = strategyDirectory.toPath();
        StarterStrategy starter = new StarterStrategy(organizationName(), planStart());
        try {
            starter.write(folder);
        } catch (ExistingFilesException e) {
            StringBuilder message = new StringBuilder("Not writing a starter strategy into ")
                    .append(displayPath(folder)).append(": ").append(e.files().size())
                    .append(e.files().size() == 1 ? " file is" : " files are").append(" already there:");
            for (Path file : e.files()) {
                message.append(System.lineSeparator()).append("  ").append(displayPath(file));
            }
            message.append(System.lineSeparator()).append("Move them away, or pass -Dtradeoff.strategyDirectory=")
                    .append("<another folder>.");
            throw new MojoFailureException(message.toString());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the starter strategy: " + e.getMessage(), e);
        }
        getLog().info("Wrote a starter strategy into " + displayPath(folder) + ":");
        for (String file : StarterStrategy.FILES) {
            getLog().info("  " + file);
        }
        getLog().info("Each file explains its keys in comments.");
        mavenJvmConfig();
        String configuredFolder = asConfigured(folder);
        boolean pomWritten = pom(configuredFolder);
        // In the order to do them: the plugin goes into the pom before its goals can run by prefix.
        if (!pomWritten) {
            getLog().info("Unless the plugin is in your pom already, first add it to <build><plugins>:");
            for (String line : StarterStrategy.pomSnippet(groupId(), artifactId(), version(), configuredFolder)
                    .split("\n")) {
                getLog().info(line);
            }
        }
        getLog().info(pomWritten ? "Next:" : "Then:");
        getLog().info("  mvn tradeoff:serve      preview the site while you edit (http://127.0.0.1:8080/)");
        getLog().info("  mvn tradeoff:build      write the site and briefs into target/tradeoff/");
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

    /** Writes .mvn/jvm.config (faster one-off builds) unless the project has one. */
    private void mavenJvmConfig() throws MojoExecutionException {
        Path config = basedir.toPath().resolve(StarterStrategy.MAVEN_JVM_CONFIG);
        try {
            if (StarterStrategy.writeMavenJvmConfig(basedir.toPath())) {
                getLog().info("Wrote " + displayPath(config) + ": JVM options that make a one-off build faster on few cores.");
                return;
            }
            String options = StarterStrategy.mavenJvmOptions().strip().replace('\n', ' ');
            String existing = Files.isRegularFile(config) ? Files.readString(config, StandardCharsets.UTF_8) : "";
            if (!existing.contains("TieredStopAtLevel")) {
                getLog().info("Kept " + displayPath(config) + "; a one-off build is faster on few cores with " + options + " in it.");
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
