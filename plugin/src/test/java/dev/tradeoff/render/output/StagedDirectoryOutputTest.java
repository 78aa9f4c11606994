package dev.tradeoff.render.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedDirectoryOutputTest {

    @TempDir
    Path build;

    @Test
    void commitCreatesTheTargetWithEverythingWritten() throws IOException {
        Path target = build.resolve("tradeoff/site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "<h1>Acme</h1>");
            output.write("charts/matrix.svg", "<svg/>");
            assertThat(target).doesNotExist();
            output.commit();
        }

        assertThat(target.resolve("index.html")).hasContent("<h1>Acme</h1>");
        assertThat(target.resolve("charts/matrix.svg")).hasContent("<svg/>");
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void commitReplacesTheOldOutputWhole() throws IOException {
        Path target = build.resolve("site");
        write(target, "index.html", "old index");
        write(target, "initiatives/gone.html", "an initiative since removed");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "new index");
            output.commit();
        }

        assertThat(target.resolve("index.html")).hasContent("new index");
        assertThat(target.resolve("initiatives")).doesNotExist();
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void closeWithoutCommitLeavesTheOldOutputAndRemovesTheStaging() throws IOException {
        Path target = build.resolve("site");
        write(target, "index.html", "old index");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "half-written new index");
            output.write("charts/a.svg", "<svg/>");
            assertThat(output.stagingFolder()).exists();
            assertThat(siblingsOf(target)).hasSize(2);
            // the build fails here: no commit
        }

        assertThat(target.resolve("index.html")).hasContent("old index");
        assertThat(target.resolve("charts")).doesNotExist();
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void aFailureInsideTryLeavesNoTrace() throws IOException {
        Path target = build.resolve("site");
        assertThatThrownBy(() -> {
            try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
                output.write("index.html", "x");
                throw new IllegalStateException("template failed");
            }
        }).hasMessage("template failed");

        assertThat(target).doesNotExist();
        assertThat(siblingsOf(target)).isEmpty();
    }

    @Test
    void aFileThatDidNotChangeIsLinkedToTheOldOneAndKeepsItsTime() throws IOException {
        Path target = build.resolve("site");
        write(target, "index.html", "same index");
        write(target, "charts/a.svg", "<svg>old</svg>");
        FileTime lastBuild = FileTime.fromMillis(1_700_000_000_000L);
        Files.setLastModifiedTime(target.resolve("index.html"), lastBuild);

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "same index");
            output.write("charts/a.svg", "<svg>new</svg>");
            output.write("charts/b.svg", "<svg/>");
            Path staging = output.stagingFolder();
            assertThat(Files.isSameFile(staging.resolve("index.html"), target.resolve("index.html"))).isTrue();
            assertThat(Files.isSameFile(staging.resolve("charts/a.svg"), target.resolve("charts/a.svg"))).isFalse();
            assertThat(target.resolve("charts/a.svg")).hasContent("<svg>old</svg>");
            output.commit();
        }

        assertThat(target.resolve("index.html")).hasContent("same index");
        assertThat(Files.getLastModifiedTime(target.resolve("index.html"))).isEqualTo(lastBuild);
        assertThat(Files.getAttribute(target.resolve("index.html"), "unix:nlink")).isEqualTo(1);
        assertThat(target.resolve("charts/a.svg")).hasContent("<svg>new</svg>");
        assertThat(target.resolve("charts/b.svg")).hasContent("<svg/>");
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void writingALinkedPathAgainNeverWritesIntoTheOldOutput() throws IOException {
        Path target = build.resolve("site");
        write(target, "index.html", "same index");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "same index");
            output.write("index.html", "second thoughts");
            assertThat(target.resolve("index.html")).hasContent("same index");
            // the build fails here: no commit
        }
        assertThat(target.resolve("index.html")).hasContent("same index");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "same index");
            output.write("index.html", "second thoughts");
            output.commit();
        }
        assertThat(target.resolve("index.html")).hasContent("second thoughts");
    }

    @Test
    void aSymbolicLinkInTheOldOutputIsWrittenOverNotLinked() throws IOException {
        Path elsewhere = build.resolve("elsewhere.html");
        Files.writeString(elsewhere, "same");
        Path target = build.resolve("site");
        Files.createDirectories(target);
        Files.createSymbolicLink(target.resolve("page.html"), elsewhere);

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("page.html", "same");
            output.commit();
        }

        assertThat(target.resolve("page.html")).isRegularFile().hasContent("same");
        assertThat(Files.isSymbolicLink(target.resolve("page.html"))).isFalse();
        assertThat(elsewhere).hasContent("same");
    }

    @Test
    void stagesInAHiddenSiblingOfTheTarget() throws IOException {
        Path target = build.resolve("site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("a.txt", "a");
            Path staging = output.stagingFolder();
            assertThat(staging.getParent()).isEqualTo(build);
            assertThat(staging.getFileName().toString()).startsWith(".site.tmp-");
            assertThat(staging.resolve("a.txt")).hasContent("a");
        }
    }

    @Test
    void commitWithNothingWrittenLeavesAnEmptyTarget() throws IOException {
        Path target = build.resolve("site");
        write(target, "index.html", "old");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.commit();
        }

        assertThat(target).isEmptyDirectory();
    }

    @Test
    void rejectsTraversalAndOtherUnsafePaths() throws IOException {
        Path target = build.resolve("site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            for (String path : List.of("../escape.html", "/tmp/abs.html", "a/../../b", "a\\..\\b", "a//b", "./a")) {
                assertThatThrownBy(() -> output.write(path, "x"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(path);
            }
            output.commit();
        }
        assertThat(build.resolve("escape.html")).doesNotExist();
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void refusesWritesAfterCommitOrClose() throws IOException {
        StagedDirectoryOutput committed = new StagedDirectoryOutput(build.resolve("one"));
        committed.write("a.txt", "a");
        committed.commit();
        assertThatThrownBy(() -> committed.write("b.txt", "b")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(committed::commit).isInstanceOf(IllegalStateException.class);
        committed.close();
        assertThat(build.resolve("one/a.txt")).hasContent("a");

        StagedDirectoryOutput closed = new StagedDirectoryOutput(build.resolve("two"));
        closed.close();
        assertThatThrownBy(() -> closed.write("a.txt", "a")).isInstanceOf(IllegalStateException.class);
        assertThat(build.resolve("two")).doesNotExist();
    }

    @Test
    void takesWritesFromManyThreads() throws IOException {
        Path target = build.resolve("site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            IntStream.range(0, 500).parallel().forEach(i -> {
                try {
                    output.write("initiatives/" + (i % 7) + "/i" + i + ".html", "initiative " + i);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            output.commit();
        }

        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(500);
        }
        assertThat(target.resolve("initiatives/3/i311.html")).hasContent("initiative 311");
    }

    @Test
    void createsMissingParentFolders() throws IOException {
        Path target = build.resolve("target/tradeoff/site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("deep/er/still/file.txt", "x".getBytes(UTF_8));
            output.commit();
        }
        assertThat(target.resolve("deep/er/still/file.txt")).hasContent("x");
    }

    @Test
    void theOutputFolderGetsThePermissionsOfAnyNewFolder() throws IOException {
        // Not those of a temp directory (rwx------): web servers and CI jobs read the site as other users.
        Path target = build.resolve("site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "<h1>Acme</h1>");
            output.commit();
        }
        Path ordinary = Files.createDirectory(build.resolve("ordinary"));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }

    @Test
    void foldersLeftByKilledBuildsAreDeletedByTheNextOne() throws Exception {
        Path target = build.resolve("site");
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        long gone = finished.pid();
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        write(build, ".site.tmp-" + gone + "-1/index.html", "half a build");
        write(build, ".site.old-" + gone + "-2/index.html", "an old output not yet deleted");
        write(build, ".site.tmp-" + running + "-1/index.html", "another build, still running");
        write(build, ".site.tmp-notes/index.html", "not a name this class gives");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target)) {
            output.write("index.html", "<h1>Acme</h1>");
            output.commit();
        }

        assertThat(siblingsOf(target)).containsExactly(".site.tmp-" + running + "-1", ".site.tmp-notes", "site");
    }

    @Test
    void aFolderLeftByAnEarlierProcessWithTheSameIdIsDeletedButNotOneInUse() throws IOException {
        // Process ids repeat: in a container a build often has the same one every time.
        Path target = build.resolve("site");
        long self = ProcessHandle.current().pid();
        write(build, ".site.tmp-" + self + "-999999999/index.html", "half a build of an earlier JVM");
        try (StagedDirectoryOutput first = new StagedDirectoryOutput(target);
                StagedDirectoryOutput second = new StagedDirectoryOutput(target)) {
            first.write("index.html", "first");
            second.write("index.html", "second");
            assertThat(first.stagingFolder().resolve("index.html")).hasContent("first");
            assertThat(siblingsOf(target)).hasSize(2).allMatch(name -> name.startsWith(".site.tmp-" + self + "-"))
                    .doesNotContain(".site.tmp-" + self + "-999999999");
            second.commit();
        }
        assertThat(target.resolve("index.html")).hasContent("second");
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void aFolderHoldingTheMarkOfAnEarlierOutputIsReplaced() throws IOException {
        Path target = build.resolve("site");
        write(target, "data/portfolio.json", "{}");
        write(target, "initiatives/gone.html", "an initiative since removed");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target, "data/portfolio.json")) {
            output.write("data/portfolio.json", "{\"initiatives\":[]}");
            output.commit();
        }

        assertThat(target.resolve("data/portfolio.json")).hasContent("{\"initiatives\":[]}");
        assertThat(target.resolve("initiatives")).doesNotExist();
    }

    @Test
    void anEmptyFolderIsReplaced() throws IOException {
        Path target = Files.createDirectories(build.resolve("site"));
        // A file manager's own file does not make it the user's.
        Files.writeString(target.resolve(".DS_Store"), "Finder");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target, "data/portfolio.json")) {
            output.write("data/portfolio.json", "{}");
            output.commit();
        }

        assertThat(target.resolve("data/portfolio.json")).hasContent("{}");
    }

    @Test
    void aFolderOfTheUsersOwnIsRefusedBeforeAnythingIsStagedAndKept() throws IOException {
        // -Dtradeoff.outputDirectory=src: src/site holds the project's Maven site sources.
        Path target = build.resolve("src/site");
        write(target, "site.xml", "<project/>");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target, "data/portfolio.json")) {
            assertThatThrownBy(() -> output.write("data/portfolio.json", "{}"))
                    .isInstanceOf(ForeignTargetException.class)
                    .hasMessage(target + " holds files Tradeoff did not write (it has no data/portfolio.json), and"
                            + " Tradeoff replaces its site folder whole: choose another output folder, or move site"
                            + " away first");
            assertThat(siblingsOf(target)).containsExactly("site");
        }
        assertThat(target.resolve("site.xml")).hasContent("<project/>");
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void aFolderFilledByOthersWhileStagingIsNotReplacedAtCommit() throws IOException {
        Path target = build.resolve("site");
        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target, "data/portfolio.json")) {
            output.write("data/portfolio.json", "{}");
            write(target, "notes.md", "written meanwhile by someone else");
            assertThatThrownBy(output::commit).isInstanceOf(ForeignTargetException.class);
        }
        assertThat(target.resolve("notes.md")).hasContent("written meanwhile by someone else");
        assertThat(siblingsOf(target)).containsExactly("site");
    }

    @Test
    void aFileWhereTheOutputFolderWouldGoIsRefusedAndKept() throws IOException {
        Path target = build.resolve("site");
        Files.writeString(target, "a file of the user's");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(target, "data/portfolio.json")) {
            assertThatThrownBy(() -> output.write("data/portfolio.json", "{}"))
                    .isInstanceOf(ForeignTargetException.class)
                    .hasMessage(target + " is a file, where the output folder site would go: move it away, or choose"
                            + " another output folder");
        }
        assertThat(target).hasContent("a file of the user's");
    }

    @Test
    void aFileWhereAParentFolderWouldGoIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(build.resolve("out"), "not a folder");

        try (StagedDirectoryOutput output = new StagedDirectoryOutput(file.resolve("site"), "data/portfolio.json")) {
            assertThatThrownBy(() -> output.write("data/portfolio.json", "{}"))
                    .hasMessage(file + ": it is a file, so the output folder " + file.resolve("site")
                            + " cannot be made inside it");
        }
        assertThat(file).hasContent("not a folder");
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<String> siblingsOf(Path target) throws IOException {
        try (Stream<Path> entries = Files.list(target.getParent())) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
