package dev.tradeoff.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.junit.jupiter.api.Test;

class StandaloneFoldersTest {

    private static final File ROOT = new File("/work/here");

    @Test
    void anUnresolvedProjectFolderIsTheFolderMavenStartedIn() {
        assertThat(StandaloneFolders.resolve(new File("${project.basedir}/src/strategy"), ROOT))
                .isEqualTo(new File(ROOT, "src/strategy"));
        assertThat(StandaloneFolders.resolve(new File("/elsewhere/${project.basedir}/src/strategy"), ROOT))
                .isEqualTo(new File(ROOT, "src/strategy"));
        assertThat(StandaloneFolders.resolve(new File("${project.basedir}"), ROOT)).isEqualTo(ROOT);
    }

    @Test
    void outsideAProjectTheProjectFolderIsTheFolderMavenStartedIn() {
        assertThat(StandaloneFolders.projectFolder(null, ROOT)).isEqualTo(ROOT);
        assertThat(StandaloneFolders.projectFolder(new File("/project"), ROOT)).isEqualTo(new File("/project"));
    }

    @Test
    void anUnresolvedBuildDirectoryIsTargetInTheStartFolder() {
        assertThat(StandaloneFolders.resolve(new File("${project.build.directory}/tradeoff"), ROOT))
                .isEqualTo(new File(ROOT, "target/tradeoff"));
    }

    @Test
    void aResolvedFolderStaysAsItIs() {
        File given = new File("/project/src/strategy");
        assertThat(StandaloneFolders.resolve(given, ROOT)).isSameAs(given);
        assertThat(StandaloneFolders.resolve(null, ROOT)).isNull();
        assertThat(StandaloneFolders.resolve(given, null)).isSameAs(given);
    }
}
