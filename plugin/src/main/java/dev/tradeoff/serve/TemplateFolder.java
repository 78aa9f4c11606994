package dev.tradeoff.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of the user's template folder as they are now, by content: the server keeps its
 * renderer (and so its parsed templates and what it rendered last) while this stays equal, and
 * makes a new one when anything in the folder changed. A template folder holds a few small files,
 * so reading them all costs next to nothing and, unlike modification times, never misses an edit.
 */
final class TemplateFolder {

    private final Map<String, byte[]> files;

    private TemplateFolder(Map<String, byte[]> files) {
        this.files = files;
    }

    /** The files below {@code folder} (none when it is null or missing); null when they cannot all be read. */
    static TemplateFolder read(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return new TemplateFolder(files);
        }
        try (Stream<Path> paths = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
            for (Path file : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        } catch (IOException | UncheckedIOException e) {
            // A file that vanished or cannot be read: the next change brings another rebuild.
            return null;
        }
        return new TemplateFolder(files);
    }

    /** Whether {@code other} holds the same files with the same bytes. */
    boolean sameAs(TemplateFolder other) {
        if (other == null || !files.keySet().equals(other.files.keySet())) {
            return false;
        }
        Set<String> names = files.keySet();
        return names.stream().allMatch(name -> Arrays.equals(files.get(name), other.files.get(name)));
    }
}
