package dev.tradeoff.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both watches see a changed file, a new file in a new sub-folder, and a deleted file; and a watched
 * folder that is created only later, or deleted and created again.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FolderWatchTest {

    @TempDir
    Path folder;

    private final Semaphore changes = new Semaphore(0);

    @Test
    void theFileSystemWatchSeesChangesAtAnyDepth() throws Exception {
        Files.writeString(folder.resolve("strategy.yaml"), "a");
        try (FolderWatch watch = FolderWatch.start(List.of(folder), changes::release, PreviewLog.SILENT)) {
            seesChanges();
        }
    }

    @Test
    void thePollingWatchSeesChangesAtAnyDepth() throws Exception {
        Files.writeString(folder.resolve("strategy.yaml"), "a");
        try (FolderWatch watch = PollingFolderWatch.start(List.of(folder), changes::release, 20)) {
            seesChanges();
        }
    }

    @Test
    void theFileSystemWatchSeesAFolderCreatedLaterAndCreatedAgainAfterItsDeletion() throws Exception {
        Path strategy = Files.createDirectories(folder.resolve("src/strategy"));
        Path templates = folder.resolve("src/tradeoff/templates");
        try (FolderWatch watch = FolderWatch.start(List.of(strategy, templates), changes::release, PreviewLog.SILENT)) {
            seesAFolderCreatedLater(templates);
        }
    }

    @Test
    void thePollingWatchSeesAFolderCreatedLaterAndCreatedAgainAfterItsDeletion() throws Exception {
        Path strategy = Files.createDirectories(folder.resolve("src/strategy"));
        Path templates = folder.resolve("src/tradeoff/templates");
        try (FolderWatch watch = PollingFolderWatch.start(List.of(strategy, templates), changes::release, 20)) {
            seesAFolderCreatedLater(templates);
        }
    }

    @Test
    void theFileSystemWatchPassesOverEditorsSwapAndBackupFiles() throws Exception {
        try (FolderWatch watch = FolderWatch.start(List.of(folder), changes::release, PreviewLog.SILENT)) {
            passesOverEditorFiles();
        }
    }

    @Test
    void thePollingWatchPassesOverEditorsSwapAndBackupFiles() throws Exception {
        try (FolderWatch watch = PollingFolderWatch.start(List.of(folder), changes::release, 20)) {
            passesOverEditorFiles();
        }
    }

    /** What Vim, Emacs and others write beside a file as it is edited: the loader skips them too. */
    private void passesOverEditorFiles() throws Exception {
        Thread.sleep(50);
        for (String name : List.of(".checkout.yaml.swp", "checkout.yaml~", "#checkout.yaml#", "4913", ".#checkout.yaml")) {
            Files.writeString(folder.resolve(name), "x");
            Files.writeString(folder.resolve(name), "xy");
            Files.delete(folder.resolve(name));
        }
        assertThat(changes.tryAcquire(400, TimeUnit.MILLISECONDS)).as("an editor's file is no change").isFalse();
        Files.writeString(folder.resolve("checkout.yaml"), "title: x");
        assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).as("the file itself is").isTrue();
    }

    /** As the mojo's defaults: {@code src/strategy} exists, {@code src/tradeoff/templates} does not yet. */
    private void seesAFolderCreatedLater(Path templates) throws Exception {
        Files.writeString(folder.resolve("pom.xml"), "<project/>");
        Files.writeString(folder.resolve("src/notes.txt"), "x");
        assertThat(changes.tryAcquire(300, TimeUnit.MILLISECONDS)).as("a file beside the way to the folder is no change")
                .isFalse();

        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/tradeoff.css"), "a");
        awaitChangeThenQuiet();
        Files.writeString(templates.resolve("assets/tradeoff.css"), "ab");
        awaitChangeThenQuiet();

        deleteTree(folder.resolve("src/tradeoff"));
        awaitChangeThenQuiet();
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/tradeoff.css"), "abc");
        awaitChangeThenQuiet();
        Files.writeString(templates.resolve("assets/tradeoff.css"), "abcd");
        awaitChangeThenQuiet();
    }

    /** Waits for a change, then for the changes it set off to end, so that the next one is a new one. */
    private void awaitChangeThenQuiet() throws InterruptedException {
        assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).as("a change was seen").isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (changes.tryAcquire(200, TimeUnit.MILLISECONDS)) {
            assertThat(System.nanoTime()).as("the changes ended").isLessThan(deadline);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private void seesChanges() throws Exception {
        Thread.sleep(50);
        Files.writeString(folder.resolve("strategy.yaml"), "ab");
        awaitChange();
        Path initiatives = Files.createDirectories(folder.resolve("initiatives"));
        awaitChange();
        Thread.sleep(50); // let the watch register the new folder
        changes.drainPermits();
        Files.writeString(initiatives.resolve("new.yaml"), "title: x");
        awaitChange();
        Files.delete(initiatives.resolve("new.yaml"));
        awaitChange();
    }

    private void awaitChange() throws InterruptedException {
        assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).as("a change was seen").isTrue();
        Thread.sleep(60);
        changes.drainPermits();
    }
}
