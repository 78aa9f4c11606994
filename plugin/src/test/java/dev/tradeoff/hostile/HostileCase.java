package dev.tradeoff.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/**
 * One folder of the hostile corpus, {@code src/test/resources/hostile/<name>/}:
 * <ul>
 * <li>{@code strategy/}: the strategy folder (optional when a {@link GeneratedFiles generator} makes it);</li>
 * <li>{@code expected.txt}: {@code SAFE}, or the exact {@code file:line:column: message} lines of the
 *     failed build in the order the build reports them (by file, then line, then column);</li>
 * <li>{@code shown.txt} (optional, SAFE only): strings that some page of the site must show as text,
 *     so they were escaped rather than interpreted;</li>
 * <li>{@code shown-in-briefs.txt} (optional, SAFE only): strings that the Markdown briefs, rendered the
 *     way a Markdown viewer would, must show as text.</li>
 * </ul>
 */
record HostileCase(String name, Path folder, List<String> expected, List<String> shown, List<String> shownInBriefs) {

    static final String SAFE = "SAFE";

    boolean isSafe() {
        return expected.equals(List.of(SAFE));
    }

    @Override
    public String toString() {
        return name;
    }

    /** Every case of the corpus, by name. */
    static List<HostileCase> all() {
        Path root = corpusRoot();
        try (Stream<Path> folders = Files.list(root)) {
            return folders.filter(Files::isDirectory).sorted().map(HostileCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path corpusRoot() {
        URL url = HostileCase.class.getClassLoader().getResource("hostile");
        if (url == null) {
            throw new IllegalStateException("the hostile corpus is not on the test class path");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HostileCase read(Path folder) {
        return new HostileCase(folder.getFileName().toString(), folder, lines(folder.resolve("expected.txt")),
                lines(folder.resolve("shown.txt")), lines(folder.resolve("shown-in-briefs.txt")));
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, UTF_8).stream().filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lays the case's strategy folder out at {@code strategy} (created, possibly empty) and runs its
     * generator, if any. {@code scratch} is a folder outside the strategy for files that links point
     * to. Returns the extra strings the generator wants shown on the site.
     */
    List<String> layOut(Path strategy, Path scratch) throws IOException {
        Files.createDirectories(strategy);
        Path committed = folder.resolve("strategy");
        if (Files.isDirectory(committed)) {
            copyTree(committed, strategy);
        }
        GeneratedFiles.Generator generator = GeneratedFiles.GENERATORS.get(name);
        return generator == null ? List.of() : generator.generate(strategy, scratch);
    }

    boolean hasStrategy() {
        return Files.isDirectory(folder.resolve("strategy")) || GeneratedFiles.GENERATORS.containsKey(name);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
