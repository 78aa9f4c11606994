package dev.tradeoff.serve;

import dev.tradeoff.load.EditorLeftovers;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A {@link FolderWatch} that lists the folders every few hundred milliseconds and compares the
 * listing (every folder, and every file's size and modification time) with the last one. For
 * file systems without usable notifications; a folder that does not exist lists as empty until it
 * appears. A strategy folder has tens of files, so a listing costs next to nothing.
 */
final class PollingFolderWatch implements FolderWatch {

    private record Stamp(long size, long modified) {
    }

    private final List<Path> roots;
    private final Runnable onChange;
    private final long intervalMillis;
    private final Thread thread;
    private volatile boolean closed;
    private Map<Path, Stamp> last;

    private PollingFolderWatch(List<Path> roots, Runnable onChange, long intervalMillis) {
        this.roots = List.copyOf(roots);
        this.onChange = onChange;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::loop, "tradeoff-serve-poll");
        this.thread.setDaemon(true);
    }

    static PollingFolderWatch start(List<Path> roots, Runnable onChange, long intervalMillis) {
        PollingFolderWatch watch = new PollingFolderWatch(roots, onChange, intervalMillis);
        // The first listing is taken before returning: a change right after start is a change.
        watch.last = watch.listing();
        watch.thread.start();
        return watch;
    }

    private void loop() {
        while (!closed) {
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
            Map<Path, Stamp> now = listing();
            if (!Objects.equals(now, last)) {
                last = now;
                onChange.run();
            }
        }
    }

    private Map<Path, Stamp> listing() {
        Map<Path, Stamp> stamps = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        stamps.put(dir, new Stamp(-1, 0));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        // An editor's swap file or backup comes and goes as the user types: no rebuild.
                        if (!EditorLeftovers.isSkipped(file.getFileName().toString())) {
                            stamps.put(file, new Stamp(attrs.size(), attrs.lastModifiedTime().toMillis()));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                // A folder that vanished mid-walk: the next listing differs and triggers a rebuild.
            }
        }
        return stamps;
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
