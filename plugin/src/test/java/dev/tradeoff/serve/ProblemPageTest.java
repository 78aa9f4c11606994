package dev.tradeoff.serve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.load.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProblemPageTest {

    @TempDir
    Path strategy;

    @Test
    void aProblemShowsItsLineWithACaretUnderItsColumn() throws IOException {
        Files.createDirectories(strategy.resolve("initiatives"));
        Files.writeString(strategy.resolve("initiatives/x.yaml"), "title: X\r\n\teffort: 2 <b>\r\nvalue: 3\r\n");

        // The tab is kept before the caret, so that the caret lines up under the column in any tab width.
        assertThat(ProblemPage.excerpt(new Problem("initiatives/x.yaml", 2, 10, "effort: expected a number"), strategy))
                .isEqualTo("\n<pre class=\"excerpt\">2 | \teffort: 2 &lt;b&gt;\n  | \t        ^</pre>");
        // A whole file, a line it no longer has, a file gone, no folder: nothing to show.
        assertThat(ProblemPage.excerpt(new Problem("initiatives/x.yaml", 0, 0, "unknown file"), strategy)).isEmpty();
        assertThat(ProblemPage.excerpt(new Problem("initiatives/x.yaml", 9, 1, "gone"), strategy)).isEmpty();
        assertThat(ProblemPage.excerpt(new Problem("initiatives/y.yaml", 1, 1, "gone"), strategy)).isEmpty();
        assertThat(ProblemPage.excerpt(new Problem("initiatives/x.yaml", 1, 1, "x"), null)).isEmpty();
    }
}
