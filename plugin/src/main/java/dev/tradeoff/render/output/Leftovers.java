package dev.tradeoff.render.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hidden siblings of an output folder that {@link StagedDirectoryOutput} works in
 * ({@code .<name>.tmp-<pid>-<n>} while staging, {@code .<name>.old-<pid>-<n>} for the output it
 * replaces), and those that builds killed before they could delete them (a SIGKILL, a lost
 * machine) left behind: a sibling whose process is gone is deleted by the next output to the same
 * target. Each name carries its process id so that a build never deletes one another running build
 * still uses.
 */
final class Leftovers {

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong NEXT = new AtomicLong();
    /**
     * This JVM's siblings in use. Process ids repeat (in containers a build often has the same one
     * every time), so a sibling named with this JVM's id that is not in use here is an earlier
     * process's.
     */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

    private Leftovers() {
    }

    /** Creates a new empty sibling of {@code target}, with the permissions any new folder gets. */
    static Path createSibling(Path target, String kind) throws IOException {
        while (true) {
            Path sibling = nextName(target, kind);
            try {
                Files.createDirectory(sibling);
                IN_USE.add(sibling);
                return sibling;
            } catch (FileAlreadyExistsException taken) {
                // an earlier process with the same id left it: take the next number
            }
        }
    }

    /** A sibling name that nothing holds yet, for a folder to be moved there. */
    static Path freeSibling(Path target, String kind) {
        Path sibling;
        do {
            sibling = nextName(target, kind);
        } while (Files.exists(sibling, LinkOption.NOFOLLOW_LINKS));
        IN_USE.add(sibling);
        return sibling;
    }

    /** The sibling is no longer used by this JVM (deleted, moved, or a leftover for the next build). */
    static void released(Path sibling) {
        IN_USE.remove(sibling);
    }

    /** Deletes the siblings of {@code target} that no running build uses. */
    static void deleteFromKilledBuilds(Path target) throws IOException {
        Pattern ours = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString())
                + "\\.(?:tmp|old)-([0-9]{1,18})-[0-9]+");
        List<Path> abandoned = new ArrayList<>();
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(target.getParent())) {
            for (Path sibling : siblings) {
                Matcher name = ours.matcher(sibling.getFileName().toString());
                if (name.matches() && isAbandoned(sibling, Long.parseLong(name.group(1)))) {
                    abandoned.add(sibling);
                }
            }
        }
        abandoned.forEach(StagedDirectoryOutput::deleteQuietly);
    }

    private static boolean isAbandoned(Path sibling, long pid) {
        if (pid == PID) {
            return !IN_USE.contains(sibling);
        }
        return ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true);
    }

    private static Path nextName(Path target, String kind) {
        return target.resolveSibling("." + target.getFileName() + "." + kind + "-" + PID + "-" + NEXT.incrementAndGet());
    }
}
