package dev.tradeoff.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A strategy folder on disk. Only regular files are read; symbolic links and anything reached
 * through them are ignored, and paths cannot leave the folder.
 */
public final class DirectorySource implements StrategySource {

    private static final LinkOption[] NO_FOLLOW = {LinkOption.NOFOLLOW_LINKS};

    private final Path directory;

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
        return entries(folder, entry -> Files.isRegularFile(entry, NO_FOLLOW));
    }

    @Override
    public List<String> folders(String folder) {
        return entries(folder, entry -> Files.isDirectory(entry, NO_FOLLOW));
    }

    private List<String> entries(String folder, Predicate<Path> kind) {
        Path dir = resolve(folder);
        boolean usable = dir != null && (dir.equals(directory)
                ? Files.isDirectory(dir)
                : Files.isDirectory(dir, NO_FOLLOW) && parentsAreRealFolders(dir));
        if (!usable) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                if (kind.test(entry)) {
                    names.add(entry.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Collections.sort(names);
        return names;
    }

    @Override
    public Optional<byte[]> read(String relativePath) throws IOException {
        Path file = resolve(relativePath);
        if (file == null || file.equals(directory) || !Files.isRegularFile(file, NO_FOLLOW)
                || !parentsAreRealFolders(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file, NO_FOLLOW)) {
            // Never more than the loader accepts (plus one byte, so it can tell the file is too big).
            return Optional.of(in.readNBytes(SourceText.MAX_BYTES + 1));
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
