package dev.tradeoff.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnclosingProjectTest {

    @TempDir
    Path repository;

    @Test
    void aSubfolderOfARepositorysProjectIsInsideIt() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Path docs = Files.createDirectories(repository.resolve("docs/strategy"));

        assertThat(EnclosingProject.around(docs)).contains(new EnclosingProject(repository.resolve("pom.xml")));
    }

    @Test
    void theNearestPomAboveIsTheProject() throws Exception {
        Files.createDirectories(repository.resolve(".mvn"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Path module = Files.createDirectories(repository.resolve("app"));
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Path docs = Files.createDirectories(module.resolve("docs"));

        assertThat(EnclosingProject.around(docs)).contains(new EnclosingProject(module.resolve("pom.xml")));
    }

    @Test
    void aFolderAtTheTopOfItsOwnRepositoryIsInNoProject() throws Exception {
        Files.createDirectories(repository.resolve(".git"));
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Path strategy = Files.createDirectories(repository.resolve("strategy"));
        Files.writeString(strategy.resolve(".git"), "gitdir: ../.git/worktrees/strategy\n");

        assertThat(EnclosingProject.around(strategy)).isEmpty();
    }

    @Test
    void aPomOutsideAnyRepositoryIsTakenForAStrayOne() throws Exception {
        // A pom.xml left in a home folder must not stop init in every folder below it.
        for (Path above = repository.toAbsolutePath(); above != null; above = above.getParent()) {
            assumeFalse(Files.exists(above.resolve(".git")) || Files.exists(above.resolve(".mvn")),
                    "the temporary folder is inside a repository: " + above);
        }
        Files.writeString(repository.resolve("pom.xml"), "<project/>");
        Path fresh = Files.createDirectories(repository.resolve("fresh"));

        assertThat(EnclosingProject.around(fresh)).isEmpty();
    }

    @Test
    void theRefusalGivesTheCommandThatStartsTheSameStarterInThatProject() {
        Path docs = repository.resolve("docs");
        EnclosingProject project = new EnclosingProject(repository.resolve("pom.xml"));

        String refusal = project.refusal(docs, docs, docs.resolve("src/strategy"), "g:a:1:init");

        assertThat(refusal.split(System.lineSeparator())).containsExactly(
                "Not starting a Maven project of its own in this folder: it is inside the project of ../pom.xml,"
                        + " whose build would not run it. To start the strategy in that project, run init on its pom:",
                "  mvn -f ../pom.xml g:a:1:init -Dtradeoff.strategyDirectory=docs/src/strategy",
                "For a module of its own, give the folder its pom.xml first.");
    }

    @Test
    void pathsWithSpacesAreQuotedInTheCommand() {
        Path plans = repository.resolve("team plans");
        EnclosingProject project = new EnclosingProject(repository.resolve("pom.xml"));

        String refusal = project.refusal(repository, plans, plans.resolve("src/strategy"), "g:a:1:init");

        assertThat(refusal).startsWith("Not starting a Maven project of its own in team plans: it is inside the"
                + " project of pom.xml,");
        assertThat(refusal).contains("  mvn -f pom.xml g:a:1:init \"-Dtradeoff.strategyDirectory=team plans/src/strategy\"");
    }
}
