package dev.tradeoff.render.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * A {@link SiteOutput} that writes a whole folder or nothing. Files go into a fresh hidden sibling
 * of the target ({@code .<name>.tmp-<pid>-<n>}, created on the first write); {@link #commit()}
 * renames the old target aside ({@code .<name>.old-<pid>-<n>}), renames the staged folder to the
 * target and only then deletes the old one. {@link #close()} without a commit deletes the staged
 * folder and leaves the target untouched, so a build that fails half way never leaves a
 * half-written target. A build that was killed cannot clean up after itself: its siblings are
 * deleted by the next output to the same target ({@link Leftovers}). A file whose bytes are those of
 * the target's file of the same path is hard-linked to it rather than written ({@link UnchangedFiles}),
 * which makes writing it and deleting the old target cheap.
 *
 * <p>Only an output of its own kind is replaced: a target that holds the {@code mark} file every
 * such output has (the site's {@code data/portfolio.json}, say), or an empty folder. Any other
 * folder, or a file, is refused before anything is staged ({@link ForeignTargetException}), so a
 * mistaken output folder never costs the user files Tradeoff did not write.
 *
 * <pre>{@code
 * try (StagedDirectoryOutput out = new StagedDirectoryOutput(target)) {
 *     render(out);
 *     out.commit();
 * }
 * }</pre>
 *
 * Writes may come from several threads at once; {@link #commit()} waits for writes in progress.
 */
public final class StagedDirectoryOutput implements SiteOutput, AutoCloseable {

    private enum State { OPEN, COMMITTED, CLOSED }

    private final Path target;
    /** The file that shows a folder is an earlier output of this kind; null: replace anything. */
    private final String mark;
    /** Writes share the read lock; staging, commit and close take the write lock. */
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile Path staging;
    private volatile State state = State.OPEN;
    /**
     * Folders already created in the staging folder. {@code Files.createDirectories} on a folder
     * that exists costs a failed mkdir and an exception, once per file written.
     */
    private final Map<Path, Boolean> createdFolders = new ConcurrentHashMap<>();
    /** The target's files, linked instead of written where unchanged; set with the staging folder. */
    private volatile UnchangedFiles unchanged;

    /**
     * Prepares to replace {@code target}, a folder that may or may not exist yet, and that is
     * replaced only if empty or holding {@code mark} (a path relative to it), as every output of its
     * kind does.
     */
    public StagedDirectoryOutput(Path target, String mark) {
        Path absolute = target.toAbsolutePath().normalize();
        if (absolute.getParent() == null || absolute.getFileName() == null) {
            throw new IllegalArgumentException("Output folder needs a parent folder: " + target);
        }
        this.target = absolute;
        this.mark = mark == null ? null : SitePath.check(mark);
    }

    /** For tests of staging alone: replaces whatever {@code target} is. */
    StagedDirectoryOutput(Path target) {
        this(target, null);
    }

    /** The folder that {@link #commit()} replaces. */
    public Path target() {
        return target;
    }

    @Override
    public void write(String relativePath, byte[] content) throws IOException {
        SitePath.check(relativePath);
        Path root = stagingFolder();
        lock.readLock().lock();
        try {
            requireOpen();
            Path file = root.resolve(relativePath);
            createFolder(file.getParent());
            if (unchanged.forgetLink(file)) {
                Files.delete(file);
            }
            if (!unchanged.linkIfUnchanged(relativePath, content, file)) {
                Files.write(file, content);
            }
        } finally {
            lock.readLock().unlock();
        }
    }

    private void createFolder(Path folder) throws IOException {
        try {
            // computeIfAbsent makes a second writer to the same folder wait until it exists.
            createdFolders.computeIfAbsent(folder, f -> {
                try {
                    Files.createDirectories(f);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Moves the staged folder into place: the old target (if any) is renamed aside, the staged
     * folder renamed to the target, and the old one deleted. With nothing written the target
     * becomes an empty folder. If the second rename fails the old target is put back.
     */
    public void commit() throws IOException {
        Path root = stagingFolder();
        lock.writeLock().lock();
        try {
            requireOpen();
            ForeignTargetException.check(target, mark);
            Path aside = null;
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                aside = Leftovers.freeSibling(target, "old");
                try {
                    move(target, aside);
                } catch (FileSystemException e) {
                    throw inOwnWords(e, target, "cannot replace it");
                }
            }
            try {
                move(root, target);
            } catch (IOException e) {
                if (aside != null) {
                    try {
                        move(aside, target);
                        Leftovers.released(aside);
                    } catch (IOException restore) {
                        e.addSuppressed(restore);
                    }
                }
                throw e;
            }
            state = State.COMMITTED;
            if (aside != null) {
                deleteQuietly(aside);
                Leftovers.released(aside);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Deletes the staged folder unless {@link #commit()} succeeded; the target is left as it was. */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            if (state == State.OPEN) {
                state = State.CLOSED;
                if (staging != null) {
                    deleteQuietly(staging);
                }
            }
            if (staging != null) {
                Leftovers.released(staging);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The staged folder, created on first use. Package-private for tests. */
    Path stagingFolder() throws IOException {
        Path root = staging;
        if (root != null) {
            return root;
        }
        lock.writeLock().lock();
        try {
            requireOpen();
            if (staging == null) {
                ForeignTargetException.check(target, mark);
                createParents();
                Leftovers.deleteFromKilledBuilds(target);
                unchanged = UnchangedFiles.of(target);
                // Created like any folder (not as a temp directory, which is private to its owner),
                // since the staged folder becomes the output that web servers and CI read.
                try {
                    staging = Leftovers.createSibling(target, "tmp");
                } catch (FileSystemException e) {
                    throw inOwnWords(e, target.getParent(), "cannot write into it");
                }
            }
            return staging;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** The target's parent folders; one that is a file is named as such rather than by its bare path. */
    private void createParents() throws IOException {
        try {
            Files.createDirectories(target.getParent());
        } catch (FileAlreadyExistsException e) {
            throw new FileAlreadyExistsException(e.getFile(), null,
                    "it is a file, so the output folder " + target + " cannot be made inside it");
        }
    }

    /**
     * A file-system failure named by the user's folder rather than by the hidden sibling it happened
     * on ({@code .site.tmp-123-1}), with the system's reason ("Operation not permitted").
     */
    private static FileSystemException inOwnWords(FileSystemException e, Path folder, String what) {
        String reason = e.getReason() != null ? e.getReason()
                : e instanceof AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
        FileSystemException plain = new FileSystemException(folder.toString(), null, what + ": " + reason);
        // Kept for -e, but not as the cause, whose message Maven would print after this one.
        plain.addSuppressed(e);
        return plain;
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("Output to " + target + " is already "
                    + (state == State.COMMITTED ? "committed" : "closed"));
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path root) {
        try {
            FolderDeletion.delete(root);
        } catch (IOException e) {
            // Best effort: a leftover hidden folder is harmless and the output itself is complete.
        }
    }
}
