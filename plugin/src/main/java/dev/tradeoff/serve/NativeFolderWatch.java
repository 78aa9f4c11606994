package dev.tradeoff.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.tradeoff.load.EditorLeftovers;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
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
 *
 * <p>A {@link WatchService} cannot watch a folder that does not exist, and a deleted folder's
 * registration ends for good. So a root that is missing (not created yet, or deleted) is awaited
 * from its nearest existing ancestor, and registered once it appears; changes next to the way to a
 * root (a {@code pom.xml} beside {@code src/}) are not the roots' changes and cause no rebuild.
 */
final class NativeFolderWatch implements FolderWatch {

    private final WatchService service;
    private final List<Path> roots;
    private final Runnable onChange;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();
    private final Thread thread;

    private NativeFolderWatch(WatchService service, List<Path> roots, Runnable onChange) {
        this.service = service;
        this.roots = List.copyOf(roots);
        this.onChange = onChange;
        this.thread = new Thread(this::loop, "tradeoff-serve-watch");
        this.thread.setDaemon(true);
    }

    /** Watches {@code roots} (absolute and normalized), whether they exist yet or not. */
    static NativeFolderWatch start(WatchService service, List<Path> roots, Runnable onChange) throws IOException {
        NativeFolderWatch watch = new NativeFolderWatch(service, roots, onChange);
        try {
            for (Path root : watch.roots) {
                watch.arm(root);
            }
        } catch (IOException e) {
            watch.close();
            throw e;
        }
        watch.thread.start();
        return watch;
    }

    /**
     * Registers {@code root} and every folder below it when it exists; else registers the existing
     * folders on the way to it, so that the next one's creation is reported. Each folder is registered
     * before we look for the next one down, so that one created meanwhile is either found here or
     * reported by an event.
     */
    private void arm(Path root) throws IOException {
        while (true) {
            Path at = nearestExisting(root);
            while (!at.equals(root) && register(at)) {
                Path next = at.resolve(at.relativize(root).getName(0));
                if (!Files.isDirectory(next)) {
                    return;
                }
                at = next;
            }
            if (at.equals(root) && registerTree(root)) {
                return;
            }
            // Deleted while we registered it: find the way to the root again.
        }
    }

    private static Path nearestExisting(Path root) throws NoSuchFileException {
        Path at = root;
        while (!Files.isDirectory(at)) {
            at = at.getParent();
            if (at == null) {
                throw new NoSuchFileException(root.toString(), null, "none of its parent folders exists");
            }
        }
        return at;
    }

    /** Registers {@code root} and every folder below it; false when {@code root} is gone. */
    private boolean registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                return register(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file that vanished while we walked, or that we may not read: nothing to watch.
                return FileVisitResult.CONTINUE;
            }
        });
        return Files.isDirectory(root);
    }

    /** Registers one folder; false when it is gone (its removal is reported to its parent, if watched). */
    private boolean register(Path folder) throws IOException {
        try {
            folders.put(folder.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), folder);
            return true;
        } catch (IOException e) {
            if (Files.isDirectory(folder)) {
                throw e;
            }
            return false;
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                if (folder == null) {
                    // Not a key of ours; an exception here would end the watching unnoticed.
                    key.cancel();
                    continue;
                }
                boolean changed = false;
                for (WatchEvent<?> event : key.pollEvents()) {
                    // An editor's swap file or backup comes and goes as the user types: no rebuild.
                    if (event.context() instanceof Path name && EditorLeftovers.isSkipped(name.toString())) {
                        continue;
                    }
                    // OVERFLOW names no file: anything in the folder may have changed.
                    Path path = event.context() instanceof Path name ? folder.resolve(name) : folder;
                    changed |= follow(path, event.kind() == ENTRY_CREATE || event.kind() == OVERFLOW);
                }
                if (!key.reset()) {
                    folders.remove(key);
                    changed |= follow(folder, false);
                }
                if (changed) {
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /**
     * Keeps the registrations in step with a change at {@code path}: a root, or a folder on the way
     * to one, that appeared or vanished is armed again; a folder that appeared inside a root is
     * registered. Returns whether the change concerns a root at all.
     */
    private boolean follow(Path path, boolean mayBeNewFolder) {
        boolean concerned = false;
        for (Path root : roots) {
            try {
                if (root.startsWith(path)) {
                    concerned = true;
                    arm(root);
                } else if (path.startsWith(root)) {
                    concerned = true;
                    if (mayBeNewFolder && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        registerTree(path);
                    }
                }
            } catch (IOException e) {
                // Cannot register it (out of watches, say); the rebuild still sees the files as they are.
            }
        }
        return concerned;
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
