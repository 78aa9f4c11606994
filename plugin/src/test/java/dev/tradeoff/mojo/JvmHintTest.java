package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JvmHintTest {

    @Test
    void aLargeBuildOnTwoCoresWithTheDefaultCompilersGetsTheHint() throws Exception {
        assertThat(JvmHint.forBuild(10_000, 2, List.of("-Xmx1g", "-Dmaven.home=/usr/share/maven")))
                .hasValue("On 2 cores a build of 10000 initiatives takes about half the time with the JVM options"
                        + " -XX:TieredStopAtLevel=1 -XX:+UseParallelGC in .mvn/jvm.config"
                        + " (mvn tradeoff:init writes it when there is none).");
    }

    @Test
    void noHintWhenTheCompilersAreLimitedAlready() throws Exception {
        assertThat(JvmHint.forBuild(10_000, 2, List.of("-XX:TieredStopAtLevel=1"))).isEmpty();
        assertThat(JvmHint.forBuild(10_000, 2, List.of("-XX:-TieredCompilation"))).isEmpty();
    }

    @Test
    void noHintForASmallBuildOrAMachineWithCoresToSpare() throws Exception {
        assertThat(JvmHint.forBuild(1_999, 2, List.of())).isEmpty();
        assertThat(JvmHint.forBuild(2_000, 4, List.of())).isPresent();
        assertThat(JvmHint.forBuild(50_000, 8, List.of())).isEmpty();
    }
}
