package dev.tradeoff.serve;

import dev.tradeoff.parallel.Parallel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to preview and where: the strategy folder and how messages name it ({@code "src/strategy"}),
 * an optional folder of template overrides (null for none; watched even when it is created only
 * while serving), the address and port to listen on (port 0 picks a free one) and how many threads
 * may render (0 = one per core).
 */
public record PreviewRequest(Path strategyDirectory, String strategyLabel, Path templateDirectory,
        String bindAddress, int port, int threads) {

    public PreviewRequest {
        Objects.requireNonNull(strategyDirectory, "strategyDirectory");
        Objects.requireNonNull(bindAddress, "bindAddress");
        strategyLabel = strategyLabel == null ? strategyDirectory.toString() : strategyLabel;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be from 0 to 65535: " + port);
        }
    }

    /** A request for {@code strategyDirectory} on 127.0.0.1 and a free port, no template folder. */
    public static PreviewRequest local(Path strategyDirectory) {
        return new PreviewRequest(strategyDirectory, null, null, "127.0.0.1", 0, 0);
    }

    /** The folders whose changes trigger a rebuild: the strategy folder, and the template folder when given. */
    List<Path> watchedFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(strategyDirectory);
        if (templateDirectory != null) {
            folders.add(templateDirectory);
        }
        return folders;
    }

    int effectiveThreads() {
        return Parallel.threadsFor(threads);
    }
}
