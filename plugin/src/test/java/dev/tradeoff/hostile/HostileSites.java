package dev.tradeoff.hostile;

import dev.tradeoff.BuildRequest;
import dev.tradeoff.Tradeoff;
import java.nio.file.Path;
import java.util.List;

/** The sites that the corpus's {@code SAFE} cases build, for tests that look at them in a real browser. */
public final class HostileSites {

    private HostileSites() {
    }

    /** The names of the corpus cases that build a site. */
    public static List<String> safeCases() {
        return HostileCase.all().stream().filter(HostileCase::isSafe).map(HostileCase::name).toList();
    }

    /** Builds the case {@code name} under {@code folder}; returns its {@code site/} folder. */
    public static Path build(String name, Path folder) throws Exception {
        HostileCase hostile = HostileCase.all().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no hostile case " + name));
        Path strategy = folder.resolve("strategy");
        hostile.layOut(strategy, folder);
        Tradeoff.build(new BuildRequest(strategy, folder.resolve("out"), null, 2));
        return folder.resolve("out/site");
    }
}
