package dev.tradeoff.mojo;

import dev.tradeoff.init.StarterStrategy;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A hint for a large build in a JVM that runs with its default compilers on few cores: there the
 * optimising compiler takes a core for most of a one-off build (docs/benchmarks.md: a cold
 * 10,000-initiative build on 2 cores took 14.8 s with the defaults and 7.8 s without C2). A plugin
 * cannot change the options of the JVM it runs in; the project's {@code .mvn/jvm.config} can.
 */
final class JvmHint {

    /** Below this many initiatives a build takes a few seconds either way. */
    static final int LARGE_PORTFOLIO = 2_000;
    /** With more cores the compiler's threads no longer take a large share of the machine. */
    static final int FEW_CORES = 4;

    private JvmHint() {
    }

    /**
     * The hint for a build of {@code initiatives} on {@code cores} cores in a JVM started with
     * {@code jvmArguments}, or empty when the build is small, the machine has cores to spare or the
     * JVM already limits its compilers.
     */
    static Optional<String> forBuild(int initiatives, int cores, List<String> jvmArguments) throws IOException {
        boolean limited = jvmArguments.stream().anyMatch(a -> a.startsWith("-XX:TieredStopAtLevel")
                || a.equals("-XX:-TieredCompilation") || a.startsWith("-XX:CICompilerCount"));
        if (initiatives < LARGE_PORTFOLIO || cores > FEW_CORES || limited) {
            return Optional.empty();
        }
        String options = StarterStrategy.mavenJvmOptions().strip().replaceAll("\\s+", " ");
        return Optional.of("On " + cores + (cores == 1 ? " core" : " cores") + " a build of " + initiatives
                + " initiatives takes about half the time with the JVM options " + options + " in "
                + StarterStrategy.MAVEN_JVM_CONFIG + " (mvn tradeoff:init writes it when there is none).");
    }
}
