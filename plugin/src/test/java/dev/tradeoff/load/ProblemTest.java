package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How problems are written and ordered. */
class ProblemTest {

    private static final Problem TYPO = new Problem("initiatives/x.yaml", 3, 7, "unknown key 'titel' (did you mean 'title'?)");

    @Test
    void formatsAsFileLineColumnMessage() {
        assertThat(TYPO.format("src/strategy/"))
                .isEqualTo("src/strategy/initiatives/x.yaml:3:7: unknown key 'titel' (did you mean 'title'?)");
        assertThat(TYPO.format("src/strategy")).startsWith("src/strategy/initiatives/x.yaml:3:7: ");
        assertThat(TYPO.format("")).startsWith("initiatives/x.yaml:3:7: ");
        assertThat(TYPO.toString()).isEqualTo(TYPO.format(""));
    }

    @Test
    void aProblemWithTheFolderItselfNamesTheFolder() {
        Problem missing = new Problem("", 0, 0, "strategy folder not found");

        assertThat(missing.format("src/strategy/")).isEqualTo("src/strategy: strategy folder not found");
        assertThat(missing.format("")).isEqualTo(".: strategy folder not found");
    }

    @Test
    void theExceptionSortsByFileLineAndColumnAndListsEveryProblem() {
        StrategyException e = new StrategyException(List.of(
                new Problem("teams.yaml", 2, 1, "d"),
                new Problem("initiatives/x.yaml", 10, 2, "c"),
                new Problem("initiatives/x.yaml", 3, 9, "b"),
                new Problem("initiatives/x.yaml", 3, 1, "a")));

        assertThat(e.problems()).extracting(Problem::message).containsExactly("a", "b", "c", "d");
        assertThat(e.getMessage()).isEqualTo("""
                initiatives/x.yaml:3:1: a
                initiatives/x.yaml:3:9: b
                initiatives/x.yaml:10:2: c
                teams.yaml:2:1: d""");
        assertThat(e.format("src/strategy/").lines()).allMatch(line -> line.startsWith("src/strategy/"));
    }
}
