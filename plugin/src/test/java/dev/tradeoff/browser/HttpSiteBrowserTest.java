package dev.tradeoff.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The sample site served by a plain HTTP server under a sub-path ({@code /some/sub/path/}), as on
 * a project's documentation host: every page loads without a console error and draws every image,
 * every same-site reference stays under the sub-path and is served, and the browser asks for
 * nothing outside it.
 */
@ExtendWith(BrowserExtension.class)
class HttpSiteBrowserTest {

    private static final String SUB_PATH = "/some/sub/path/";
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml",
            "json", "application/json", "png", "image/png", "md", "text/markdown; charset=utf-8");

    private static HttpServer server;
    private static Path site;
    /** Every request the server answered: "status path". */
    private static final Queue<String> REQUESTS = new ConcurrentLinkedQueue<>();

    @BeforeAll
    static void startServer() throws IOException {
        site = SampleSite.site();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", HttpSiteBrowserTest::serve);
        server.start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void everyPageLoadsFromASubPathWithoutConsoleErrorsAndDrawsEveryImage(Browser browser) {
        Map<String, List<String>> problems = new TreeMap<>();
        REQUESTS.clear();
        for (String page : SampleSite.pages()) {
            browser.clearConsole();
            browser.open(url(page));
            List<String> found = new ArrayList<>();
            browser.consoleErrors().stream()
                    .forEach(error -> found.add("console error: " + error));
            found.addAll(PageCheck.imageProblems(browser));
            if (!found.isEmpty()) {
                problems.put(page, found);
            }
        }

        assertThat(problems).as("pages with console errors or images that do not show").isEmpty();
        assertThat(REQUESTS).as("requests outside the sub-path or for missing files")
                .allMatch(request -> request.startsWith("200 " + SUB_PATH));
    }

    @Test
    void everySameSiteReferenceStaysUnderTheSubPathAndIsServed(Browser browser) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        Map<String, Integer> statuses = new HashMap<>();
        Map<String, Set<String>> broken = new TreeMap<>();
        String origin = "http://" + address();
        for (String page : SampleSite.pages()) {
            browser.open(url(page));
            for (PageCheck.Reference reference : PageCheck.references(browser)) {
                if (!reference.url().startsWith(origin)) {
                    assertThat(reference.url()).as("%s on %s", reference.written(), page).startsWith("http");
                    continue;
                }
                URI uri = URI.create(reference.url());
                String target = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
                Integer status = statuses.get(target);
                if (status == null) {
                    status = client.send(HttpRequest.newBuilder(URI.create(target)).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    statuses.put(target, status);
                }
                if (!uri.getRawPath().startsWith(SUB_PATH) || status != 200) {
                    broken.computeIfAbsent(page, p -> new LinkedHashSet<>())
                            .add("<" + reference.tag() + "> " + reference.written() + " → " + reference.url() + " (" + status + ")");
                }
            }
        }

        assertThat(statuses).isNotEmpty();
        assertThat(broken).as("same-site references that leave the sub-path or are not served").isEmpty();
    }

    private static String url(String page) {
        return "http://" + address() + SUB_PATH + page;
    }

    private static String address() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    /** Files of the site under {@link #SUB_PATH}; 404 for anything else. */
    private static void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            Path file = null;
            if (path.startsWith(SUB_PATH)) {
                String relative = URLDecoder.decode(path.substring(SUB_PATH.length()), StandardCharsets.UTF_8);
                if (relative.isEmpty() || relative.endsWith("/")) {
                    relative += "index.html";
                }
                Path candidate = site.resolve(relative).normalize();
                if (candidate.startsWith(site) && Files.isRegularFile(candidate)) {
                    file = candidate;
                }
            }
            if (file == null) {
                REQUESTS.add("404 " + path);
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            REQUESTS.add("200 " + path);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
