package dev.tradeoff.serve;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.WatchService;
import java.util.List;

/**
 * Tells when anything below some folders changes: a file created, changed or deleted, at any depth.
 * Says nothing about what changed; the server rebuilds, and its build finds out by itself what it
 * can reuse (the files whose bytes, and the pages whose inputs, are those of the last build).
 */
interface FolderWatch extends AutoCloseable {

    /** How often the polling watch looks. */
    long POLL_MILLIS = 250;

    @Override
    void close();

    /**
     * Watches {@code folders}, calling {@code onChange} on a daemon thread; a folder that does not
     * exist yet is watched from the moment it is created (and again when it is deleted and created
     * again). Uses the file system's own notifications where it has them, and polls where it has
     * not (the JDK polls on macOS every few seconds; we poll faster) or they run out (Linux limits
     * inotify watches).
     */
    static FolderWatch start(List<Path> folders, Runnable onChange, PreviewLog log) {
        List<Path> all = folders.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        if (!all.isEmpty()) {
            FileSystem fileSystem = all.get(0).getFileSystem();
            boolean oneFileSystem = all.stream().allMatch(p -> p.getFileSystem() == fileSystem);
            if (oneFileSystem) {
                WatchService service = null;
                try {
                    service = fileSystem.newWatchService();
                    if (!service.getClass().getName().contains("Polling")) {
                        return NativeFolderWatch.start(service, all, onChange);
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    log.warn("Cannot watch the folders for changes (" + e.getMessage() + "); polling them instead");
                }
                closeQuietly(service);
            }
        }
        return PollingFolderWatch.start(all, onChange, POLL_MILLIS);
    }

    private static void closeQuietly(WatchService service) {
        if (service != null) {
            try {
                service.close();
            } catch (IOException e) {
                // nothing to do: it was never used
            }
        }
    }
}
