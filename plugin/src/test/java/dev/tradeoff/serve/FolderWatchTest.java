package dev.tradeoff.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Both watches see a changed file, a new file in a new sub-folder, and a deleted file. */
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
    void aMissingFolderIsPolledUntilItAppears() throws Exception {
        Path later = folder.resolve("templates");
        try (FolderWatch watch = FolderWatch.start(List.of(later), changes::release, PreviewLog.SILENT)) {
            assertThat(watch).isInstanceOf(PollingFolderWatch.class);
            Files.createDirectories(later);
            Files.writeString(later.resolve("index.ftlh"), "x");
            assertThat(changes.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
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
