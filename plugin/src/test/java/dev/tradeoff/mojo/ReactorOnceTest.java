package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which modules the reactor warning names: those that would build a strategy of their own. */
class ReactorOnceTest {

    private static final String KEY = "dev.tradeoff:tradeoff-maven-plugin";

    @TempDir
    Path module;

    @Test
    void aModuleWithThePluginAndItsDefaultStrategyFolderIsNamed() throws IOException {
        Files.createDirectories(module.resolve("src/strategy"));

        assertThat(ReactorOnce.hasAStrategyFor(project(null), KEY)).isTrue();
    }

    @Test
    void aModuleWithoutTheStrategyFolderIsNot() {
        assertThat(ReactorOnce.hasAStrategyFor(project(null), KEY)).isFalse();
    }

    @Test
    void aModuleThatSkipsThePluginIsNot() throws IOException {
        Files.createDirectories(module.resolve("src/strategy"));

        assertThat(ReactorOnce.hasAStrategyFor(project(configuration("skip", "true")), KEY)).isFalse();
    }

    @Test
    void aModuleThatSkipsItByPropertyIsNot() throws IOException {
        Files.createDirectories(module.resolve("src/strategy"));
        MavenProject project = project(null);
        project.getProperties().setProperty("tradeoff.skip", "true");

        assertThat(ReactorOnce.hasAStrategyFor(project, KEY)).isFalse();
    }

    @Test
    void theFolderItsConfigurationNamesCounts() throws IOException {
        Files.createDirectories(module.resolve("plans"));

        assertThat(ReactorOnce.hasAStrategyFor(project(configuration("strategyDirectory", "plans")), KEY)).isTrue();
        assertThat(ReactorOnce.hasAStrategyFor(project(configuration("strategyDirectory", "elsewhere")), KEY)).isFalse();
        assertThat(ReactorOnce.hasAStrategyFor(project(configuration("strategyDirectory", "${strategy.folder}")), KEY))
                .as("an expression not resolved here").isTrue();
    }

    @Test
    void aModuleWithoutThePluginIsNot() throws IOException {
        Files.createDirectories(module.resolve("src/strategy"));

        assertThat(ReactorOnce.hasAStrategyFor(project(null), "org.example:other-plugin")).isFalse();
    }

    private MavenProject project(Xpp3Dom configuration) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.tradeoff");
        plugin.setArtifactId("tradeoff-maven-plugin");
        plugin.setConfiguration(configuration);
        Build build = new Build();
        build.addPlugin(plugin);
        Model model = new Model();
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(module.resolve("pom.xml").toFile());
        return project;
    }

    private static Xpp3Dom configuration(String name, String value) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom child = new Xpp3Dom(name);
        child.setValue(value);
        configuration.addChild(child);
        return configuration;
    }
}
