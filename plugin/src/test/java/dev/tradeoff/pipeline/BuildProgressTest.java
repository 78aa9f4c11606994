package dev.tradeoff.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.BuildProgress;
import dev.tradeoff.BuildRequest;
import dev.tradeoff.BuildResult;
import dev.tradeoff.Tradeoff;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build tells its progress in order, with the strategy's size and the number of files it wrote. */
class BuildProgressTest {

    @TempDir
    Path folder;

    @Test
    void tellsTheStepsInOrderWithWhatTheBuildMade() throws Exception {
        Path strategy = StrategyFolder.write(folder.resolve("strategy"), StrategyFolder.complete());
        List<String> steps = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        BuildProgress recorder = new BuildProgress() {
            @Override
            public void loaded(int initiatives, int objectives, int teams, long millis) {
                steps.add("loaded " + initiatives + " initiatives, " + objectives + " objectives, " + teams + " teams");
                times.add(millis);
            }

            @Override
            public void laidOut(long millis) {
                steps.add("laid out");
                times.add(millis);
            }

            @Override
            public void rendered(long files, long millis) {
                steps.add("rendered " + files + " files");
                times.add(millis);
            }
        };

        BuildResult result = Tradeoff.build(new BuildRequest(strategy, folder.resolve("out"), null, 2), recorder);

        int filesInTheOutput = StrategyFolder.snapshot(folder.resolve("out")).size();
        assertThat(steps).containsExactly("loaded 3 initiatives, 2 objectives, 2 teams", "laid out",
                "rendered " + filesInTheOutput + " files");
        assertThat(times).isSorted().allSatisfy(millis -> assertThat(millis).isNotNegative());
        assertThat(result.stats().files()).isEqualTo(filesInTheOutput);
        assertThat(filesInTheOutput).isGreaterThan(result.stats().pages() + result.stats().briefs());
    }
}
