package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildLogTest {

    private final List<String> lines = new ArrayList<>();
    private final BuildLog log = new BuildLog(lines::add);

    @Test
    void aLargeStrategysBuildTellsEachStepAndTheTimeSinceItStarted() {
        log.loaded(10_000, 1_000, 500, 2_149);
        log.laidOut(4_900);
        log.rendering(12_345, 14_900);
        log.rendered(30_029, 11_232 + 10_000);

        assertThat(lines).containsExactly(
                "Loaded 10,000 initiatives, 1,000 objectives and 500 teams (2.1 s)",
                "Analysed and laid out; rendering the pages, charts and briefs (4.9 s)",
                "Rendering: 12,345 files written (14.9 s)",
                "Rendered 30,029 files; moving them into place (21.2 s)");
    }

    @Test
    void aSmallStrategysBuildSaysNothingBeforeItsClosingLine() {
        log.loaded(BuildLog.FROM_INITIATIVES - 1, 40, 12, 900);
        log.laidOut(1_000);
        log.rendering(100, 1_100);
        log.rendered(3_000, 1_200);

        assertThat(lines).isEmpty();
    }

    @Test
    void startsTellingFromTheFirstSizeThatTakesAWhile() {
        log.loaded(BuildLog.FROM_INITIATIVES, 100, 50, 1_500);

        assertThat(lines).containsExactly("Loaded 1,000 initiatives, 100 objectives and 50 teams (1.5 s)");
    }
}
