package dev.tradeoff.init;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NextStepsTest {

    private static final String SNIPPET = StarterStrategy.pomSnippet("dev.tradeoff", "tradeoff-maven-plugin", "1.2.3");

    @Test
    void theElementToAddIsOneMessageWithTheXmlOnLinesOfItsOwn() {
        List<String> steps = NextSteps.addThePlugin("pom.xml", SNIPPET);

        // Maven prefixes a message's first line only: every line after the heading copies as it is.
        String[] block = steps.get(0).split(System.lineSeparator());
        assertThat(block[0]).isEqualTo("Add the plugin to pom.xml, in <build><plugins>:");
        assertThat(String.join("\n", List.of(block).subList(1, block.length))).isEqualTo(SNIPPET);
        assertThat(steps.subList(1, steps.size())).first().isEqualTo("Then:");
        assertThat(steps).last().asString().contains("mvn tradeoff:build");
    }

    @Test
    void aPomThatDeclaresThePluginIsSaidToAndGetsNoElement() {
        List<String> steps = NextSteps.pluginDeclared("app/pom.xml", null);

        assertThat(steps.get(0)).isEqualTo("app/pom.xml declares the plugin already.");
        assertThat(steps.get(1)).isEqualTo("Next:");
        assertThat(String.join("\n", steps)).doesNotContain("<");
    }

    @Test
    void aPomThatDeclaresThePluginForAnotherFolderGetsTheElementNamingTheStartersFolder() {
        List<String> steps = NextSteps.pluginDeclared("pom.xml", "${project.basedir}/plans & goals");

        assertThat(steps.get(0).split(System.lineSeparator())).containsExactly(
                "pom.xml declares the plugin already; for its goals to read the starter, add to the plugin's"
                        + " <configuration>:",
                "<strategyDirectory>${project.basedir}/plans &amp; goals</strategyDirectory>");
        assertThat(steps.get(1)).isEqualTo("Then:");
    }

    @Test
    void afterWritingThePomOnlyTheGoalsAreLeft() {
        assertThat(NextSteps.afterWritingThePom()).first().isEqualTo("Next:");
        assertThat(NextSteps.afterWritingThePom()).hasSize(3).noneMatch(step -> step.contains("<"));
    }
}
