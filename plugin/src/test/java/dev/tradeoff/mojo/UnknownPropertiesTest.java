package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.Parameter;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.junit.jupiter.api.Test;

class UnknownPropertiesTest {

    @Test
    void aMisspeltPropertyIsNamedWithTheOneMeantAndKnownOnesAndUnlikeOnesAreLeftAlone() throws Exception {
        PluginDescriptor plugin = plugin(List.of("${tradeoff.strategyDirectory}", "${tradeoff.outputDirectory}",
                "${tradeoff.report.topInitiatives}", "${project.basedir}"), List.of("${tradeoff.port}"));
        Properties given = new Properties();
        given.setProperty("tradeoff.stratgyDirectory", "other/strategy");
        given.setProperty("tradeoff.outputDirectory", "out");
        given.setProperty("tradeoff.report.topInitiatives", "5");
        given.setProperty("tradeoff.port", "0");
        given.setProperty("tradeoff.colour", "blue");
        given.setProperty("maven.test.skip", "true");

        // tradeoff.colour is near no property: the pom may use it for itself.
        assertThat(UnknownProperties.warnings(given, plugin)).containsExactly(
                "No goal of the plugin reads -Dtradeoff.stratgyDirectory (did you mean 'tradeoff.strategyDirectory'?):"
                        + " it is ignored");
    }

    @Test
    void everyPropertyOfThePluginsOwnDescriptorIsKnown() throws Exception {
        Properties given = new Properties();
        given.setProperty("tradeoff.strategyDirectory", "src/strategy");
        given.setProperty("tradeoff.failOn", "band");
        given.setProperty("tradeoff.bind", "127.0.0.1");
        given.setProperty("tradeoff.report.topInitiatives", "5");
        PluginDescriptor plugin = new org.apache.maven.plugin.descriptor.PluginDescriptorBuilder().build(
                new java.io.InputStreamReader(UnknownPropertiesTest.class.getResourceAsStream("/META-INF/maven/plugin.xml"),
                        java.nio.charset.StandardCharsets.UTF_8));

        assertThat(UnknownProperties.warnings(given, plugin)).isEmpty();
    }

    private static PluginDescriptor plugin(List<String>... mojosExpressions) throws Exception {
        PluginDescriptor plugin = new PluginDescriptor();
        for (List<String> expressions : mojosExpressions) {
            MojoDescriptor mojo = new MojoDescriptor();
            mojo.setGoal("goal" + plugin.getMojos().size());
            for (String expression : expressions) {
                Parameter parameter = new Parameter();
                parameter.setName(expression.replaceAll("\\W", ""));
                parameter.setExpression(expression);
                mojo.addParameter(parameter);
            }
            plugin.addMojo(mojo);
        }
        return plugin;
    }
}
