package dev.tradeoff.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link FolderWatch} on the file system's notifications ({@link WatchService}): every folder
 * below the roots is registered, and folders created later are registered as they appear.
 */
final class NativeFolderWatch implements FolderWatch {

    private final WatchService service;
    private final Runnable onChange;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private NativeFolderWatch(WatchService service, Runnable onChange) {
        this.service = service;
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "tradeoff-serve-watch");
        this.thread.setDaemon(true);
    }

    static NativeFolderWatch start(WatchService service, List<Path> roots, Runnable onChange) throws IOException {
        NativeFolderWatch watch = new NativeFolderWatch(service, onChange);
        try {
            for (Path root : roots) {
                watch.registerTree(root);
            }
        } catch (IOException | UncheckedIOException e) {
            watch.close();
            throw e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
        }
        watch.thread.start();
        return watch;
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file that vanished while we walked, or that we may not read: nothing to watch.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (folder != null && event.kind() == ENTRY_CREATE && event.context() instanceof Path name) {
                        Path created = folder.resolve(name);
                        if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
                            try {
                                registerTree(created);
                            } catch (IOException e) {
                                // It went away again; the next event says so.
                            }
                        }
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
                // OVERFLOW included: whatever happened, a rebuild sees the folders as they are now.
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing is best effort; the thread is a daemon
        }
        thread.interrupt();
    }
}
