package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tradeoff.serve.PreviewLog;
import dev.tradeoff.serve.PreviewRequest;
import dev.tradeoff.serve.PreviewServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's reload script in a real browser: a page open in {@code tradeoff:serve} reloads by
 * itself after an edit, and after the server is restarted with a changed strategy (its versions
 * count from 1 again, so only the server's name tells the page it is out of date).
 */
@ExtendWith(BrowserExtension.class)
class PreviewReloadBrowserTest {

    private static final String PAGE = "initiatives/checkout-v2.html";

    @TempDir
    Path strategy;

    @Test
    void aPageReloadsAfterAnEditAndAfterTheServerRestarts(Browser browser) throws Exception {
        copySampleStrategy();
        Path checkout = strategy.resolve("initiatives/checkout-v2.yaml");
        String yaml = Files.readString(checkout);
        int port;
        try (PreviewServer server = start(0)) {
            port = server.uri().getPort();
            browser.open(server.uri().resolve(PAGE).toString());
            assertThat(title(browser)).startsWith("Checkout v2");
        }
        // Stopped, edited and started again on the same port: the page's version 1 is the new
        // server's version 1 too.
        Files.writeString(checkout, yaml.replaceFirst("title: .*", "title: Checkout v3"));
        try (PreviewServer restarted = start(port)) {
            assertThat(restarted.version()).isEqualTo(1);
            awaitTrue(() -> title(browser).startsWith("Checkout v3"));

            Files.writeString(checkout, yaml.replaceFirst("title: .*", "title: Checkout v4"));
            awaitTrue(() -> title(browser).startsWith("Checkout v4"));
        }
    }

    private PreviewServer start(int port) throws IOException {
        return PreviewServer.start(new PreviewRequest(strategy, "src/strategy", null, "127.0.0.1", port, 2),
                PreviewLog.SILENT);
    }

    private static String title(Browser browser) {
        try {
            Object title = browser.script("var h = document.querySelector('h1'); return h ? h.textContent : '';");
            return title == null ? "" : title.toString().strip();
        } catch (RuntimeException e) {
            return ""; // between two pages while it reloads
        }
    }

    /** Waits up to 15 s, the reload script's longest wait between tries included. */
    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the page reloaded in time").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void copySampleStrategy() throws IOException {
        Path sample = Path.of("").toAbsolutePath().getParent().resolve("sample-site/src/strategy");
        try (Stream<Path> paths = Files.walk(sample)) {
            for (Path from : (Iterable<Path>) paths::iterator) {
                Path to = strategy.resolve(sample.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }
}
