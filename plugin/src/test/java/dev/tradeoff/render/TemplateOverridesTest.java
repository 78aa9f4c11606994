package dev.tradeoff.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverridesTest {

    @TempDir
    Path folder;

    @Test
    void theListOfTheThemesTemplatesIsTheTheme() throws IOException {
        // Surefire runs in plugin/; the theme is the sibling module's resources.
        Path theme = Path.of("").toAbsolutePath().getParent().resolve("templates/src/main/resources/dev/tradeoff/theme/templates");
        try (Stream<Path> files = Files.list(theme)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .isEqualTo(TemplateOverrides.THEME);
        }
    }

    @Test
    void aMisspeltOverrideIsNamedWithTheTemplateItProbablyMeant() throws IOException {
        Files.writeString(folder.resolve("indx.ftlh"), "<p>mine</p>");

        assertThat(TemplateOverrides.unused(folder)).containsExactly(
                "indx.ftlh replaces no template of the theme and none of yours includes it (did you mean 'index.ftlh'?)");
    }

    @Test
    void aTemplateOfYourOwnThatAnOverrideIncludesIsInUse() throws IOException {
        Files.writeString(folder.resolve("index.ftlh"), "<#include \"cards.ftlh\">");
        Files.writeString(folder.resolve("cards.ftlh"), "<div class=\"card\"></div>");
        Files.createDirectories(folder.resolve("assets"));
        Files.writeString(folder.resolve("assets/logo.svg"), "<svg/>");

        assertThat(TemplateOverrides.unused(folder)).isEmpty();
    }

    @Test
    void templatesInAFolderOfTheirOwnAreNotRead() throws IOException {
        Files.createDirectories(folder.resolve("templates"));
        Files.writeString(folder.resolve("templates/index.ftlh"), "<p>mine</p>");
        Files.createDirectories(folder.resolve("notes"));
        Files.writeString(folder.resolve("notes/todo.txt"), "no templates here");

        assertThat(TemplateOverrides.unused(folder)).containsExactly(
                "templates/ is not read: overrides go in the folder itself (only assets/ has a folder of its own)");
    }

    @Test
    void noFolderNoWarnings() {
        assertThat(TemplateOverrides.unused(folder.resolve("missing"))).isEmpty();
        assertThat(TemplateOverrides.unused(null)).isEmpty();
    }
}
