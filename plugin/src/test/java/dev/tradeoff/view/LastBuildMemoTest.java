package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value is computed once while builds keep asking for it, and again after a build did not. */
class LastBuildMemoTest {

    private final List<String> computed = new ArrayList<>();
    private final LastBuildMemo<String, String> memo = new LastBuildMemo<>(key -> {
        computed.add(key);
        return key.toUpperCase(java.util.Locale.ROOT);
    });

    @Test
    void reusesWhatThisBuildOrTheLastComputed() {
        assertThat(memo.get("a")).isEqualTo("A");
        assertThat(memo.get("a")).isEqualTo("A");
        memo.nextBuild();
        assertThat(memo.get("a")).isEqualTo("A");
        memo.nextBuild();
        assertThat(memo.get("a")).isEqualTo("A");

        assertThat(computed).containsExactly("a");
    }

    @Test
    void forgetsWhatAWholeBuildDidNotUse() {
        memo.get("a");
        memo.nextBuild();
        memo.get("b");
        memo.nextBuild();
        memo.get("a");

        assertThat(computed).containsExactly("a", "b", "a");
    }
}
