package dev.tradeoff.render.output;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;

/**
 * A destination for rendered files. Paths are relative and {@code '/'}-separated
 * ({@code site/initiatives/payments-platform.html}); absolute paths, backslashes, empty segments
 * and {@code "."} or {@code ".."} segments are rejected with an {@link IllegalArgumentException}.
 * Parent folders are created as needed; writing a path again replaces its content. Implementations
 * are thread-safe, so pages may be rendered and written in parallel.
 */
public interface SiteOutput {

    /** Writes {@code content} to {@code relativePath}. */
    void write(String relativePath, byte[] content) throws IOException;

    /** Writes {@code text} to {@code relativePath}, encoded as UTF-8. */
    default void write(String relativePath, String text) throws IOException {
        write(relativePath, text.getBytes(UTF_8));
    }
}
