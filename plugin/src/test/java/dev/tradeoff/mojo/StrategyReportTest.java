package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.descriptor.MojoDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugin.descriptor.PluginDescriptorBuilder;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the report does before it builds anything: its checks of the folder and the parameters. */
class StrategyReportTest {

    private final List<String> infos = new ArrayList<>();
    private final StrategyReport report = new StrategyReport();

    StrategyReportTest() {
        report.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                infos.add(content.toString());
            }
        });
    }

    @Test
    void aFolderWithoutStrategyYamlGetsNoPageAndOneLineSayingSo(@TempDir Path project) throws Exception {
        Path misnamed = project.resolve("src/stratgy");
        Files.createDirectories(misnamed);
        set("strategyDirectory", misnamed.toFile());

        assertThat(report.canGenerateReport()).isFalse();
        assertThat(report.canGenerateReport()).isFalse();

        assertThat(infos).containsExactly("No strategy.yaml in " + misnamed + ": no Strategy page (set strategyDirectory)");
    }

    @Test
    void aFolderWithStrategyYamlGetsAPageAndNoSuchLine(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("strategy.yaml"), "organization: Acme\n");
        set("strategyDirectory", project.toFile());

        assertThat(report.canGenerateReport()).isTrue();
        assertThat(infos).isEmpty();
    }

    @Test
    void aSkippedReportSaysNothing(@TempDir Path project) throws Exception {
        set("strategyDirectory", project.toFile());
        set("skip", true);

        assertThat(report.canGenerateReport()).isFalse();
        assertThat(infos).isEmpty();
    }

    @Test
    void fewerThanOneTopInitiativeIsRefusedByName() throws Exception {
        set("topInitiatives", -1);

        assertThatThrownBy(() -> report.executeReport(Locale.ROOT))
                .isInstanceOf(MavenReportException.class)
                .hasMessage("tradeoff.report.topInitiatives must be 1 or more, not -1");
    }

    @Test
    void itsHelpSaysWhatTheInheritedOutputDirectoryIsForInThisReport() throws Exception {
        PluginDescriptor plugin = new PluginDescriptorBuilder().build(new InputStreamReader(
                StrategyReportTest.class.getResourceAsStream("/META-INF/maven/plugin.xml"), StandardCharsets.UTF_8));
        MojoDescriptor mojo = plugin.getMojo("report");

        // The folder given by the site plugin, beside buildDirectory, which -Dtradeoff.outputDirectory sets.
        assertThat(mojo.getParameters()).filteredOn(p -> p.getName().equals("outputDirectory")).singleElement()
                .satisfies(p -> assertThat(p.getDescription()).contains("mvn tradeoff:report", "mvn site",
                        "tradeoff.outputDirectory", "buildDirectory"));
        assertThat(mojo.getParameterMap().get("buildDirectory").getExpression())
                .isEqualTo("${tradeoff.outputDirectory}");
    }

    @Test
    void anOutputDirectoryGivenToTheGoalIsWhereItsPageGoes(@TempDir Path folder) {
        report.setOutputDirectory(folder.toFile());

        assertThat(report.getReportOutputDirectory()).isEqualTo(folder.toFile());
    }

    private void set(String name, Object value) throws ReflectiveOperationException {
        Field field = StrategyReport.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(report, value);
    }
}
