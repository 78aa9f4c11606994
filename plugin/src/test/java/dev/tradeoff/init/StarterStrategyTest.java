package dev.tradeoff.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.tradeoff.analysis.Portfolio;
import dev.tradeoff.analysis.PortfolioAnalysis;
import dev.tradeoff.analysis.TeamLoad;
import dev.tradeoff.load.MemorySource;
import dev.tradeoff.load.StrategyLoader;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.narrative.ExecutiveSummary;
import dev.tradeoff.narrative.Finding;
import dev.tradeoff.narrative.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterStrategyTest {

    private static final Quarter START = new Quarter(2027, 3);

    @TempDir
    Path folder;

    @Test
    void theStarterLoadsAndAnalysesWithoutAProblem() throws Exception {
        Map<String, String> files = new StarterStrategy("Acme Pay", START).files();
        Strategy strategy = new StrategyLoader().load(new MemorySource(files));

        assertThat(strategy.plan().organization()).isEqualTo("Acme Pay");
        assertThat(strategy.plan().start()).isEqualTo(START);
        assertThat(strategy.initiatives()).extracting(Initiative::id)
                .containsExactly("developer-platform", "self-serve-onboarding");
        Initiative platform = strategy.initiatives().get(0);
        assertThat(platform.isPlatform()).isTrue();
        // Onboarding starts alongside the platform, as the band wants: a speed-up the plan cannot get
        // would be the first thing the brief asks to fix, so the starter shows enables as a comment.
        assertThat(platform.enables()).isEmpty();
        assertThat(files.get("initiatives/developer-platform.yaml")).contains("\n# enables:");
        assertThat(strategy.objectives()).singleElement().satisfies(o -> assertThat(o.keyResults()).hasSize(2));
        assertThat(strategy.teams()).hasSize(2);
        assertThat(strategy.signals()).hasSize(2);
        assertThat(strategy.scale()).isNotNull();
        assertThat(strategy.signals().get(0).values().lastKey()).isEqualTo(START.plus(-1));

        Portfolio portfolio = PortfolioAnalysis.analyse(strategy);
        assertThat(portfolio.initiatives()).hasSize(2);
    }

    @Test
    void theFirstBuildReadsAsAHealthyPlanWithNothingToCut() throws Exception {
        Strategy strategy = new StrategyLoader().load(new MemorySource(new StarterStrategy("Acme", START).files()));
        Portfolio portfolio = PortfolioAnalysis.analyse(strategy);

        ExecutiveSummary.Verdict verdict = new ExecutiveSummary().tell(portfolio);

        // Platform priority is medium (one signal acts, one is watched); the objective is off track
        // because its work has yet to start. Nothing else calls for a change.
        assertThat(verdict.findings()).extracting(Finding::topic, Finding::severity).containsExactly(
                tuple("value", Severity.GOOD), tuple("signals", Severity.WARNING), tuple("band", Severity.GOOD),
                tuple("scale", Severity.GOOD), tuple("delay", Severity.GOOD), tuple("okrs", Severity.WARNING));
        assertThat(verdict.recommendations()).isEmpty();
    }

    @Test
    void capacityIsTheTeamsTotal() throws Exception {
        Strategy strategy = new StrategyLoader().load(new MemorySource(new StarterStrategy("Acme", START).files()));
        Portfolio portfolio = PortfolioAnalysis.analyse(strategy);

        // 10 people × 3 months × focus 0.8 = 24 person-months a quarter: 3 in one team, 7 in the other.
        assertThat(strategy.plan().capacity()).isEqualTo(24);
        assertThat(portfolio.teams().stream().mapToDouble(TeamLoad::capacity).sum()).isCloseTo(24, within(1e-9));
    }

    @Test
    void commentsAfterAFilledInValueLineUpWithTheirNeighbours() throws Exception {
        Map<String, String> files = new StarterStrategy("FreshCo", new Quarter(2027, 1)).files();

        String plan = files.get("strategy.yaml");
        assertThat(plan).contains("\norganization: FreshCo           # shown in titles\n")
                .contains("\nstart: 2027-Q1                  # first quarter of the plan");
        assertThat(commentColumn(plan, "organization:")).isEqualTo(commentColumn(plan, "currency:")).isEqualTo(32);
        assertThat(commentColumn(plan, "start:")).isEqualTo(32);
        String platform = files.get("initiatives/developer-platform.yaml");
        assertThat(commentColumn(platform, "start:")).isEqualTo(commentColumn(platform, "status:"));
        String objective = files.get("okrs/faster-onboarding.yaml");
        assertThat(commentColumn(objective, "quarter:")).isEqualTo(commentColumn(objective, "owner:"));
    }

    @Test
    void aNameTooLongForTheCommentColumnKeepsOneSpaceBeforeItsComment() throws Exception {
        String plan = new StarterStrategy("Acme Payments International", START).files().get("strategy.yaml");

        assertThat(plan).contains("\norganization: Acme Payments International # shown in titles\n");
    }

    @Test
    void everyFileExplainsItselfInComments() throws Exception {
        new StarterStrategy("Acme", START).files().forEach((path, text) -> {
            assertThat(text).as(path).startsWith("# ").doesNotContain("${");
        });
    }

    @Test
    void writesEveryFileIntoAFreshFolder() throws Exception {
        Path strategy = folder.resolve("src/strategy");
        List<Path> written = new StarterStrategy("Acme", START).write(strategy);

        assertThat(written).hasSize(StarterStrategy.FILES.size()).allMatch(Files::isRegularFile);
        assertThat(strategy.resolve("initiatives/developer-platform.yaml")).isRegularFile();
        new StrategyLoader().load(strategy);
    }

    @Test
    void refusesToReplaceAnythingAndWritesNothing() throws Exception {
        Path strategy = folder.resolve("strategy");
        Files.createDirectories(strategy.resolve("okrs"));
        Files.writeString(strategy.resolve("teams.yaml"), "teams: []\n");
        Files.writeString(strategy.resolve("okrs/faster-onboarding.yaml"), "mine\n");

        assertThatThrownBy(() -> new StarterStrategy("Acme", START).write(strategy))
                .isInstanceOfSatisfying(ExistingFilesException.class, e -> assertThat(e.files()).containsExactly(
                        strategy.resolve("okrs/faster-onboarding.yaml"), strategy.resolve("teams.yaml")));

        assertThat(filesBelow(strategy)).containsExactlyInAnyOrder(
                strategy.resolve("teams.yaml"), strategy.resolve("okrs/faster-onboarding.yaml"));
        assertThat(Files.readString(strategy.resolve("teams.yaml"))).isEqualTo("teams: []\n");
    }

    @Test
    void refusesAFolderThatHoldsFilesOfAnotherNameToo() throws Exception {
        // A strategy kept there already (or anything else): the starter's initiatives would join it.
        Path strategy = folder.resolve("src/strategy");
        Files.createDirectories(strategy.resolve("initiatives"));
        Files.writeString(strategy.resolve("initiatives/checkout.yaml"), "title: Checkout\n");

        assertThatThrownBy(() -> new StarterStrategy("Acme", START).write(strategy))
                .isInstanceOfSatisfying(ExistingFilesException.class, e -> assertThat(e.files())
                        .containsExactly(strategy.resolve("initiatives/checkout.yaml")));

        assertThat(filesBelow(strategy)).containsExactly(strategy.resolve("initiatives/checkout.yaml"));
    }

    @Test
    void aFolderHoldingOnlyEmptyFoldersAndPlaceholdersCountsAsEmpty() throws Exception {
        Path strategy = folder.resolve("src/strategy");
        Files.createDirectories(strategy.resolve("initiatives"));
        Files.writeString(strategy.resolve(".gitkeep"), "");
        Files.writeString(strategy.resolve("initiatives/.DS_Store"), "");

        new StarterStrategy("Acme", START).write(strategy);

        assertThat(strategy.resolve("strategy.yaml")).isRegularFile();
        assertThat(strategy.resolve(".gitkeep")).isEmptyFile();
    }

    @Test
    void aFileWhereTheFolderWouldGoIsInTheWay() throws Exception {
        Path strategy = Files.writeString(folder.resolve("strategy"), "not a folder\n");

        assertThatThrownBy(() -> new StarterStrategy("Acme", START).write(strategy))
                .isInstanceOfSatisfying(ExistingFilesException.class, e -> assertThat(e.files()).containsExactly(strategy));
    }

    @Test
    void quotesAnOrganisationThatYamlWouldReadOtherwise() throws Exception {
        for (String name : List.of("Acme Pay", "No", "Acme: the \"real\" one", "#1 Corp", "  ", "Ünïcödé GmbH")) {
            if (name.isBlank()) {
                continue;
            }
            Strategy strategy = new StrategyLoader().load(new MemorySource(new StarterStrategy(name, START).files()));
            assertThat(strategy.plan().organization()).isEqualTo(name);
        }
        assertThat(StarterStrategy.yamlText("Acme Pay")).isEqualTo("Acme Pay");
        assertThat(StarterStrategy.yamlText("yes")).isEqualTo("\"yes\"");
    }

    @Test
    void thePomSnippetNamesThePlugin() {
        assertThat(StarterStrategy.pomSnippet("dev.tradeoff", "tradeoff-maven-plugin", "1.2.3"))
                .contains("<artifactId>tradeoff-maven-plugin</artifactId>", "<version>1.2.3</version>",
                        "<goal>build</goal>");
    }

    @Test
    void aStrategyFolderOtherThanTheDefaultIsNamedInThePluginsConfiguration() {
        assertThat(StarterStrategy.pomSnippet("dev.tradeoff", "tradeoff-maven-plugin", "1.2.3",
                "${project.basedir}/plans & goals")).isEqualTo("""
                <plugin>
                  <groupId>dev.tradeoff</groupId>
                  <artifactId>tradeoff-maven-plugin</artifactId>
                  <version>1.2.3</version>
                  <configuration>
                    <strategyDirectory>${project.basedir}/plans &amp; goals</strategyDirectory>
                  </configuration>
                  <executions>
                    <execution>
                      <goals>
                        <goal>validate</goal>
                        <goal>build</goal>
                      </goals>
                    </execution>
                  </executions>
                </plugin>""");
        assertThat(StarterStrategy.pomSnippet("dev.tradeoff", "tradeoff-maven-plugin", "1.2.3"))
                .doesNotContain("configuration");
    }

    @Test
    void writesMavensJvmOptionsWhenTheProjectHasNone() throws Exception {
        assertThat(StarterStrategy.writeMavenJvmConfig(folder)).isTrue();

        assertThat(folder.resolve(".mvn/jvm.config")).content()
                .isEqualTo("-XX:TieredStopAtLevel=1\n-XX:+UseParallelGC\n");
    }

    @Test
    void keepsTheProjectsOwnJvmOptions() throws Exception {
        Path config = Files.createDirectories(folder.resolve(".mvn")).resolve("jvm.config");
        Files.writeString(config, "-Xmx3g\n");

        assertThat(StarterStrategy.writeMavenJvmConfig(folder)).isFalse();

        assertThat(config).content().isEqualTo("-Xmx3g\n");
    }

    @Test
    void aFolderNamedWithAccentsGivesAnArtifactIdWithTheirLettersKept() {
        assertThat(StarterStrategy.projectArtifactId(folder.resolve("Stratégie 2027"))).isEqualTo("strategie-2027");
        assertThat(StarterStrategy.projectArtifactId(folder.resolve("Überblick"))).isEqualTo("uberblick");
        assertThat(StarterStrategy.projectArtifactId(folder.resolve("戦略"))).isEqualTo("strategy");
    }

    @Test
    void writesAPomThatRunsThePluginIntoAFolderWithoutOne() throws Exception {
        Path project = Files.createDirectories(folder.resolve("Acme Strategy"));

        assertThat(StarterStrategy.writePomIfMissing(project, "dev.tradeoff", "tradeoff-maven-plugin", "1.2.3")).isTrue();

        var pom = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(project.resolve("pom.xml").toFile());
        var xpath = javax.xml.xpath.XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/project/artifactId", pom)).isEqualTo("acme-strategy");
        assertThat(xpath.evaluate("/project/packaging", pom)).isEqualTo("pom");
        assertThat(xpath.evaluate("/project/build/plugins/plugin/artifactId", pom)).isEqualTo("tradeoff-maven-plugin");
        assertThat(xpath.evaluate("/project/build/plugins/plugin/version", pom)).isEqualTo("1.2.3");
        assertThat(xpath.evaluate("count(//execution/goals/goal)", pom)).isEqualTo("2");
    }

    @Test
    void keepsTheProjectsOwnPom() throws Exception {
        Files.writeString(folder.resolve("pom.xml"), "<project/>");

        assertThat(StarterStrategy.writePomIfMissing(folder, "dev.tradeoff", "tradeoff-maven-plugin", "1.2.3")).isFalse();

        assertThat(folder.resolve("pom.xml")).content().isEqualTo("<project/>");
    }

    @Test
    void writesAGitignoreForTheBuildOutputAndKeepsAnExistingOne() throws Exception {
        Path fresh = Files.createDirectories(folder.resolve("fresh"));
        Path kept = Files.createDirectories(folder.resolve("kept"));
        Files.writeString(kept.resolve(".gitignore"), "*.log\n");

        assertThat(StarterStrategy.writeGitignoreIfMissing(fresh)).isTrue();
        assertThat(StarterStrategy.writeGitignoreIfMissing(kept)).isFalse();

        assertThat(Files.readAllLines(fresh.resolve(".gitignore"))).contains("target/");
        assertThat(kept.resolve(".gitignore")).content().isEqualTo("*.log\n");
    }

    private static List<Path> filesBelow(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Where the comment starts on the first line that starts with {@code key}. */
    private static int commentColumn(String yaml, String key) {
        return yaml.lines().filter(line -> line.startsWith(key)).findFirst().orElseThrow().indexOf('#');
    }
}
