package dev.tradeoff.render.output;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemoryOutputTest {

    @Test
    void keepsFilesSortedByPath() throws IOException {
        MemoryOutput output = new MemoryOutput();
        output.write("site/index.html", "<h1>Acme</h1>");
        output.write("briefs/brief.md", "# Brief");
        output.write("site/charts/matrix.svg", new byte[] {1, 2, 3});

        assertThat(output.files()).containsOnlyKeys("briefs/brief.md", "site/charts/matrix.svg", "site/index.html");
        assertThat(output.files().firstKey()).isEqualTo("briefs/brief.md");
        assertThat(output.text("site/index.html")).isEqualTo("<h1>Acme</h1>");
        assertThat(output.bytes("site/charts/matrix.svg")).containsExactly(1, 2, 3);
        assertThat(output.contains("site/missing.html")).isFalse();
    }

    @Test
    void writesTextAsUtf8AndReplacesOnRewrite() throws IOException {
        MemoryOutput output = new MemoryOutput();
        output.write("a.txt", "first");
        output.write("a.txt", "€ ünïcödé");

        assertThat(output.bytes("a.txt")).isEqualTo("€ ünïcödé".getBytes(UTF_8));
        assertThat(output.files()).hasSize(1);
    }

    @Test
    void keepsItsOwnCopyOfTheBytes() {
        MemoryOutput output = new MemoryOutput();
        byte[] content = {1, 2, 3};
        output.write("a.bin", content);
        content[0] = 9;
        output.files().get("a.bin")[1] = 9;

        assertThat(output.bytes("a.bin")).containsExactly(1, 2, 3);
    }

    @Test
    void namesTheMissingPath() {
        assertThatThrownBy(() -> new MemoryOutput().text("nope.html"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside.html", "site/../../x", "a/./b", ".", "a/..",
            "a//b", "a/", "a\\b", "..\\x", "C:/x", "a/\u0000b"})
    void rejectsPathsThatAreNotPlainRelativeOnes(String path) {
        MemoryOutput output = new MemoryOutput();
        assertThatThrownBy(() -> output.write(path, "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + path + "\"");
        assertThat(output.files()).isEmpty();
    }

    @Test
    void acceptsDotsInsideNames() throws IOException {
        MemoryOutput output = new MemoryOutput();
        output.write(".nojekyll", "");
        output.write("site/assets/app.min.js", "");
        output.write("a/..b/c..", "");

        assertThat(output.files()).hasSize(3);
    }

    @Test
    void takesWritesFromManyThreads() {
        MemoryOutput output = new MemoryOutput();
        IntStream.range(0, 2_000).parallel().forEach(i -> {
            try {
                output.write("pages/p" + i + ".html", "page " + i);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        assertThat(output.files()).hasSize(2_000);
        assertThat(output.text("pages/p1234.html")).isEqualTo("page 1234");
    }
}
