package dev.tradeoff.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A strategy folder on disk. Only regular files and folders are read: symbolic links are never
 * followed (no loops, nothing read from outside the folder), and they and other special files are
 * listed by {@link #others} for the loader to report. The strategy folder itself may be reached
 * through a link. Paths cannot leave the folder.
 *
 * <p>One instance serves one load. Each folder is scanned once, with one {@code lstat} per entry
 * that answers {@link #list}, {@link #folders} and {@link #others}, and a file found there as a regular file
 * is opened without being checked again: at 10,000 initiatives the checks were a sixth of a diff's
 * file reading. A file that is gone or no longer a regular file by then is checked as any other; a
 * folder above it swapped for a link after the scan is not noticed, a race the checks before
 * every read narrowed but never closed.
 */
public final class DirectorySource implements StrategySource {

    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final Path directory;
    private final Map<String, Scan> scans = new ConcurrentHashMap<>();

    public DirectorySource(Path strategyDirectory) {
        this.directory = strategyDirectory.toAbsolutePath().normalize();
    }

    @Override
    public String describe() {
        return directory.toString();
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(directory);
    }

    @Override
    public List<String> list(String folder) {
        return scan(folder).files();
    }

    @Override
    public List<String> folders(String folder) {
        return scan(folder).folders();
    }

    @Override
    public SortedMap<String, OtherEntry> others(String folder) {
        return scan(folder).others();
    }

    /** The regular files, the folders and the other entries directly inside a folder, each sorted by name. */
    private record Scan(List<String> files, List<String> folders, SortedMap<String, OtherEntry> others) {

        static final Scan EMPTY = new Scan(List.of(), List.of(), Collections.emptySortedMap());

        boolean hasFile(String name) {
            return Collections.binarySearch(files, name) >= 0;
        }
    }

    private Scan scan(String folder) {
        return scans.computeIfAbsent(folder, this::scanNow);
    }

    private Scan scanNow(String folder) {
        Path dir = resolve(folder);
        boolean usable = dir != null && (dir.equals(directory)
                ? Files.isDirectory(dir)
                : Files.isDirectory(dir, NO_FOLLOW) && parentsAreRealFolders(dir));
        if (!usable) {
            return Scan.EMPTY;
        }
        List<String> files = new ArrayList<>();
        List<String> folders = new ArrayList<>();
        SortedMap<String, OtherEntry> others = new TreeMap<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                BasicFileAttributes kind = kindOf(entry);
                String name = entry.getFileName().toString();
                if (kind == null) {
                    continue;
                }
                if (kind.isRegularFile()) {
                    files.add(name);
                } else if (kind.isDirectory()) {
                    folders.add(name);
                } else {
                    others.put(name, kind.isSymbolicLink() ? OtherEntry.SYMBOLIC_LINK : OtherEntry.SPECIAL_FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(files);
        Collections.sort(folders);
        return new Scan(List.copyOf(files), List.copyOf(folders), Collections.unmodifiableSortedMap(others));
    }

    /** What the entry itself is (a link is a link), or null when it went away while being listed. */
    private static BasicFileAttributes kindOf(Path entry) throws IOException {
        try {
            return Files.readAttributes(entry, BasicFileAttributes.class, NO_FOLLOW);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        if (file == null || file.equals(directory)) {
            return Optional.empty();
        }
        if (wasScannedAsFile(relativePath)) {
            try {
                return Optional.of(readBytes(file));
            } catch (IOException changedSinceTheScan) {
                // Gone, or no longer a regular file: checked below as a file never listed.
            }
        }
        if (!Files.isRegularFile(file, NO_FOLLOW) || !parentsAreRealFolders(file)) {
            return Optional.empty();
        }
        return Optional.of(readBytes(file));
    }

    private boolean wasScannedAsFile(String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        Scan scan = scans.get(slash < 0 ? "" : relativePath.substring(0, slash));
        return scan != null && scan.hasFile(relativePath.substring(slash + 1));
    }

    private static byte[] readBytes(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file, NO_FOLLOW)) {
            // Never more than the loader accepts (plus one byte, so it can tell the file is too big).
            return in.readNBytes(SourceText.MAX_BYTES + 1);
        }
    }

    /** The path inside the folder, or null when {@code relative} is not a plain relative path. */
    private Path resolve(String relative) {
        if (relative.isEmpty()) {
            return directory;
        }
        if (relative.startsWith("/") || relative.contains("\\") || relative.contains("\0")) {
            return null;
        }
        for (String segment : relative.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return null;
            }
        }
        Path path = directory.resolve(relative).normalize();
        return path.startsWith(directory) ? path : null;
    }

    /** No folder between the strategy folder and {@code path} is a symbolic link. */
    private boolean parentsAreRealFolders(Path path) {
        for (Path p = path.getParent(); p != null && !p.equals(directory); p = p.getParent()) {
            if (!Files.isDirectory(p, NO_FOLLOW)) {
                return false;
            }
        }
        return true;
    }
}
