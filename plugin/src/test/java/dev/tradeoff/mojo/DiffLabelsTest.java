package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mvn tradeoff:diff} names its two sides in diff.md, diff.html and diff.json by the project,
 * not by the folder Maven was started in nor by absolute paths: the same project gives the same
 * bytes from any folder (a reactor's root or the module, {@code -f}), at any path, on any machine.
 * (The tests run in {@code plugin/}, outside the temporary projects, as a reactor build from the
 * repository's root runs a module's goal.)
 */
class DiffLabelsTest {

    private static final Path SAMPLE = Path.of("").toAbsolutePath().getParent().resolve("sample-site/src/strategy");
    private static final String[] FILES = {"diff.md", "diff.html", "diff.json", "diff.css"};

    @TempDir
    Path work;

    @Test
    void theSidesAreNamedFromTheProjectNotFromWhereMavenRan() throws Exception {
        Path project = project(work.resolve("one/project"));

        Path diff = diff(project, project.resolve("base"));

        assertThat(read(diff, "diff.json")).contains("\"base\" : \"base\"", "\"head\" : \"src/strategy\"");
        assertThat(read(diff, "diff.md")).contains("Compares **src/strategy** with the base **base**.");
        assertThat(read(diff, "diff.html"))
                .contains("Compares <strong>src/strategy</strong> with the base <strong>base</strong>.");
    }

    @Test
    void aBaseOutsideTheProjectIsNamedByItsFolderAndNoPathLeaks() throws Exception {
        Path project = project(work.resolve("two/project"));
        Path outside = work.resolve("exports/strategy-last-quarter");
        copy(SAMPLE, outside);

        Path diff = diff(project, outside);

        assertThat(read(diff, "diff.json")).contains("\"base\" : \"strategy-last-quarter\"");
        for (String file : FILES) {
            assertThat(read(diff, file)).as(file).doesNotContain(work.toString());
        }
    }

    @Test
    void theSameProjectAtAnotherPathGivesTheSameBytes() throws Exception {
        Path here = project(work.resolve("here/project"));
        Path there = project(work.resolve("somewhere/much/deeper/project"));

        Map<String, byte[]> first = files(diff(here, here.resolve("base")));
        Map<String, byte[]> second = files(diff(there, there.resolve("base")));

        assertThat(second.keySet()).containsExactly(sorted(FILES));
        for (String name : first.keySet()) {
            assertThat(new String(second.get(name), StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(first.get(name), StandardCharsets.UTF_8));
        }
    }

    /** A project with the sample's strategy in {@code base/} and, with one initiative's effort raised, in {@code src/strategy}. */
    private static Path project(Path project) throws IOException {
        copy(SAMPLE, project.resolve("base"));
        Path head = project.resolve("src/strategy");
        copy(SAMPLE, head);
        Path checkout = head.resolve("initiatives/checkout-v2.yaml");
        String yaml = Files.readString(checkout, StandardCharsets.UTF_8);
        assertThat(yaml).contains("\neffort: 60\n");
        Files.writeString(checkout, yaml.replace("\neffort: 60\n", "\neffort: 75\n"), StandardCharsets.UTF_8);
        return project;
    }

    /** Runs the goal as Maven would in {@code project}, against {@code base}; the folder it wrote. */
    private static Path diff(Path project, Path base) throws Exception {
        DiffMojo mojo = new DiffMojo();
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
            }
        });
        set(mojo, "basedir", project.toFile());
        set(mojo, "strategyDirectory", project.resolve("src/strategy").toFile());
        set(mojo, "baseDirectory", base.toFile());
        set(mojo, "outputDirectory", project.resolve("target/tradeoff").toFile());
        set(mojo, "threads", 1);
        mojo.execute();
        return project.resolve("target/tradeoff/diff");
    }

    private static void set(Object mojo, String name, Object value) throws ReflectiveOperationException {
        for (Class<?> type = mojo.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(mojo, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new NoSuchFieldException(name);
    }

    private static String read(Path folder, String name) throws IOException {
        return Files.readString(folder.resolve(name), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : (Iterable<Path>) paths::iterator) {
                files.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    private static String[] sorted(String[] names) {
        String[] copy = names.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                Path target = to.resolve(from.relativize(path).toString().replace(File.separatorChar, '/'));
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
