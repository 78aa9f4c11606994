package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tradeoff.load.DirectorySource;
import dev.tradeoff.load.StrategySource.OtherEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadOnceSourceTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsReadOnceAndEveryReaderGetsItsOwnCopy() throws Exception {
        Files.createDirectories(dir.resolve("initiatives"));
        Files.writeString(dir.resolve("initiatives/a.yaml"), "title: A\n");
        ReadOnceSource source = new ReadOnceSource(new DirectorySource(dir));

        byte[] first = source.read("initiatives/a.yaml").orElseThrow();
        Files.writeString(dir.resolve("initiatives/a.yaml"), "title: B\n");
        first[0] = 'X';

        // The bytes that were loaded, whatever happened to the file or the first copy since.
        assertThat(source.read("initiatives/a.yaml")).hasValueSatisfying(b -> assertThat(new String(b)).isEqualTo("title: A\n"));
        assertThat(source.list("initiatives")).containsExactly("a.yaml");
    }

    @Test
    void aMissingFileIsLookedForAgain() throws Exception {
        ReadOnceSource source = new ReadOnceSource(new DirectorySource(dir));
        assertThat(source.read("strategy.yaml")).isEmpty();
        Files.writeString(dir.resolve("strategy.yaml"), "organization: Acme\n");
        assertThat(source.read("strategy.yaml")).isPresent();
    }

    @Test
    void linksArePassedOnForTheLoaderToReport() throws Exception {
        Files.writeString(dir.resolve("elsewhere.yaml"), "teams: []\n");
        try {
            Files.createSymbolicLink(dir.resolve("teams.yaml"), dir.resolve("elsewhere.yaml"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not supported here");
        }
        ReadOnceSource source = new ReadOnceSource(new DirectorySource(dir));

        assertThat(source.others("")).containsExactly(entry("teams.yaml", OtherEntry.SYMBOLIC_LINK));
        assertThat(source.read("teams.yaml")).isEmpty();
    }

    @Test
    void whatItDoesNotReadIsTheFoldersOwn() throws Exception {
        Files.createDirectories(dir.resolve("initiatives/archive"));
        DirectorySource folder = new DirectorySource(dir);
        ReadOnceSource source = new ReadOnceSource(folder);

        assertThat(source.describe()).isEqualTo(folder.describe());
        assertThat(source.folders("initiatives")).isEqualTo(folder.folders("initiatives")).isNotEmpty();
        assertThat(source.exists()).isTrue();
        assertThat(new ReadOnceSource(new DirectorySource(dir.resolve("missing"))).exists()).isFalse();
    }
}
