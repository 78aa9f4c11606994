package dev.tradeoff.render.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderDeletionTest {

    @TempDir
    Path work;

    @Test
    void deletesEveryFileAndFolderBeneath() throws IOException {
        Path root = work.resolve("site");
        for (String folder : new String[] {"initiatives", "charts", "okrs/deep/deeper", ""}) {
            for (int i = 0; i < 40; i++) {
                Path file = root.resolve(folder).resolve("file-" + i + ".html");
                Files.createDirectories(file.getParent());
                Files.writeString(file, "page " + i);
            }
        }
        Files.createDirectories(root.resolve("empty/folder"));

        FolderDeletion.delete(root);

        assertThat(root).doesNotExist();
        assertThat(work).isEmptyDirectory();
    }

    @Test
    void deletesSymbolicLinksWithoutFollowingThem() throws IOException {
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "kept");
        Path root = Files.createDirectories(work.resolve("site"));
        Files.createSymbolicLink(root.resolve("linked-folder"), elsewhere);
        Files.createSymbolicLink(root.resolve("linked-file.txt"), elsewhere.resolve("keep.txt"));

        FolderDeletion.delete(root);

        assertThat(root).doesNotExist();
        assertThat(elsewhere.resolve("keep.txt")).hasContent("kept");
    }

    @Test
    void aFolderThatIsNotThereIsNothingToDo() throws IOException {
        FolderDeletion.delete(work.resolve("never-built"));

        assertThat(work).isEmptyDirectory();
    }
}
