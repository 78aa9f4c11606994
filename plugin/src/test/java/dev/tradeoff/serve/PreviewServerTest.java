package dev.tradeoff.serve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.BindException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Starts the preview server on a free port of 127.0.0.1 over a strategy in a temporary folder. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PreviewServerTest {

    /** Every wait is bounded by this; a rebuild normally takes well under a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final String STRATEGY = """
            organization: Preview Co
            start: 2027-Q1
            costPerPersonMonth: 15k
            capacity: 60
            """;
    private static final String PLATFORM = """
            title: Shared payments core
            kind: platform
            duration: 2
            effort: 12
            benefits:
              - type: cloud-saving
                amount: 40k
            value: 6
            riskReduction: 8
            enables:
              - id: checkout
                speedup: 0.3
            """;
    private static final String CHECKOUT = """
            title: Checkout redesign
            kind: product
            duration: 2
            effort: 10
            benefits:
              - type: revenue
                amount: 90k
            value: 8
            riskReduction: 3
            """;

    @TempDir
    Path strategy;

    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(PATIENCE).build();
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        writeStrategy(strategy);
        server = PreviewServer.start(new PreviewRequest(strategy, "src/strategy", null, "127.0.0.1", 0, 2),
                recordingInto(log));
    }

    /** A log that adds "INFO …" and "WARN …" lines to {@code lines}. */
    private static PreviewLog recordingInto(List<String> lines) {
        return new PreviewLog() {
            @Override
            public void info(String message) {
                lines.add("INFO " + message);
            }

            @Override
            public void warn(String message) {
                lines.add("WARN " + message);
            }
        };
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void servesTheSiteWithTheReloadScriptAndAPolicyThatLetsItConnect() throws Exception {
        assertThat(server.uri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/");
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.body()).contains("Preview Co")
                .contains("<script src=\"/__tradeoff/reload.js?v=1\" defer></script>\n</head>")
                .containsPattern("connect-src 'self'")
                .doesNotContain("connect-src 'none'");

        HttpResponse<String> script = get("/__tradeoff/reload.js");
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource(\"/__tradeoff/events\")");

        assertThat(get("/assets/tradeoff.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/data/portfolio.json").headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(get("/charts/cashflow-checkout.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(get("/initiatives/checkout.html").body()).contains("Checkout redesign");
        HttpResponse<String> folder = get("/initiatives");
        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/initiatives/");
        assertThat(get("/initiatives/").body()).contains("Checkout redesign");
        assertThat(get("/no-such-page.html").statusCode()).isEqualTo(404);
        assertThat(get("/__tradeoff/version").body()).isEqualTo("1\n");
        assertThat(log).anyMatch(line -> line.matches("INFO Built 2 initiatives in \\d+ ms( .*)?"));
    }

    @Test
    void anEditRebuildsTheSiteAndSignalsOpenPagesToReload() throws Exception {
        try (EventStream events = EventStream.open(client, server.uri().resolve("/__tradeoff/events"))) {
            assertThat(events.nextVersion()).isEqualTo(1);

            Files.writeString(strategy.resolve("initiatives/checkout.yaml"),
                    CHECKOUT.replace("Checkout redesign", "One-click checkout"));

            long version = events.nextVersion();
            assertThat(version).isGreaterThan(1);
            HttpResponse<String> page = get("/initiatives/checkout.html");
            assertThat(page.body()).contains("One-click checkout").doesNotContain("Checkout redesign")
                    .contains("/__tradeoff/reload.js?v=" + server.version());
        }
    }

    @Test
    void anEditThatChangesNoFigureOrWordLeavesOpenPagesAsTheyAre() throws Exception {
        long before = server.version();
        Files.writeString(strategy.resolve("initiatives/checkout.yaml"), CHECKOUT + "# a note to self\n");
        // The rebuild is logged; the version, which open pages compare theirs with, stays.
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (List.copyOf(log).stream().noneMatch(line -> line.contains("nothing to render")) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(List.copyOf(log)).anyMatch(line -> line.contains("nothing to render"));
        assertThat(server.version()).isEqualTo(before);
    }

    @Test
    void eachEventStreamFirstNamesTheServerSoThatAPageOfARestartedOneReloads() throws Exception {
        try (EventStream events = EventStream.open(client, server.uri().resolve("/__tradeoff/events"))) {
            assertThat(events.nextVersion()).isEqualTo(1);
            assertThat(events.seen()).containsSubsequence("event: server", "event: version")
                    .anyMatch(line -> line.matches("data: [0-9a-f]+"));
        }
    }

    @Test
    void anInvalidEditShowsItsProblemsUntilTheFileIsFixed() throws Exception {
        try (EventStream events = EventStream.open(client, server.uri().resolve("/__tradeoff/events"))) {
            assertThat(events.nextVersion()).isEqualTo(1);

            Files.writeString(strategy.resolve("initiatives/checkout.yaml"),
                    CHECKOUT.replace("value: 8", "value: 8\n\"<b>valeu</b>\": 9"));
            events.nextVersion();
            assertThat(server.showsProblems()).isTrue();
            HttpResponse<String> broken = get("/initiatives/checkout.html");
            assertThat(broken.statusCode()).isEqualTo(500);
            assertThat(broken.body())
                    .contains("The strategy has 1 problem")
                    .contains("src/strategy/initiatives/checkout.yaml:9:1: unknown key &#39;&lt;b&gt;valeu&lt;/b&gt;&#39;")
                    // The line itself, escaped, with a caret under the column.
                    .contains("<pre class=\"excerpt\">9 | &quot;&lt;b&gt;valeu&lt;/b&gt;&quot;: 9\n  | ^</pre>")
                    .doesNotContain("<b>valeu")
                    .contains("/__tradeoff/reload.js?v=");
            assertThat(get("/").statusCode()).isEqualTo(500);
            // Stylesheets of the last good build are still served.
            assertThat(get("/assets/tradeoff.css").statusCode()).isEqualTo(200);
            assertThat(log).anyMatch(line -> line.startsWith("WARN src/strategy/initiatives/checkout.yaml:9:1:"));

            Files.writeString(strategy.resolve("initiatives/checkout.yaml"),
                    CHECKOUT.replace("Checkout redesign", "Fixed checkout"));
            events.nextVersion();
            assertThat(server.showsProblems()).isFalse();
            HttpResponse<String> fixed = get("/initiatives/checkout.html");
            assertThat(fixed.statusCode()).isEqualTo(200);
            assertThat(fixed.body()).contains("Fixed checkout");
        }
    }

    @Test
    void aNewFileInANewFolderIsSeenToo() throws Exception {
        try (EventStream events = EventStream.open(client, server.uri().resolve("/__tradeoff/events"))) {
            assertThat(events.nextVersion()).isEqualTo(1);
            int logged = log.size();
            Path okrs = Files.createDirectories(strategy.resolve("okrs"));
            // An empty folder changes nothing, so no page reloads; the rebuild it set off is logged.
            long seen = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < seen) {
                List<String> now = List.copyOf(log);
                if (now.subList(logged, now.size()).stream().anyMatch(line -> line.contains("nothing to render"))) {
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(server.version()).isEqualTo(1);
            Files.writeString(okrs.resolve("grow.yaml"), """
                    objective: Grow
                    quarter: 2027-Q4
                    keyResults:
                      - id: revenue
                        title: Revenue
                        baseline: 1
                        target: 2
                        current: 1.5
                    """);
            Files.writeString(strategy.resolve("initiatives/checkout.yaml"),
                    CHECKOUT + "keyResults: [grow/revenue]\n");
            assertThat(events.nextVersion()).isGreaterThan(1);
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            String body = get("/initiatives/checkout.html").body();
            while (System.nanoTime() < deadline && !body.contains("grow/revenue")) {
                Thread.sleep(50);
                body = get("/initiatives/checkout.html").body();
            }
            assertThat(body).contains("Revenue");
        }
    }

    @Test
    void aChangedTemplateOverrideIsServedToo(@TempDir Path templates) throws Exception {
        server.close();
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/tradeoff.css"), "body { color: red; }\n");
        server = PreviewServer.start(new PreviewRequest(strategy, "src/strategy", templates, "127.0.0.1", 0, 2),
                PreviewLog.SILENT);
        assertThat(get("/assets/tradeoff.css").body()).contains("red");
        try (EventStream events = EventStream.open(client, server.uri().resolve("/__tradeoff/events"))) {
            assertThat(events.nextVersion()).isEqualTo(1);
            Files.writeString(templates.resolve("assets/tradeoff.css"), "body { color: blue; }\n");
            assertThat(events.nextVersion()).isGreaterThan(1);
            assertThat(get("/assets/tradeoff.css").body()).contains("blue");
        }
    }

    @Test
    void aTemplateFolderCreatedWhileServingIsUsedAndFollowedFromThenOn(@TempDir Path project) throws Exception {
        server.close();
        // The mojo's defaults: src/strategy, and src/tradeoff/templates that does not exist yet.
        Path strategyInProject = project.resolve("src/strategy");
        writeStrategy(strategyInProject);
        Path templates = project.resolve("src/tradeoff/templates");
        server = PreviewServer.start(new PreviewRequest(strategyInProject, "src/strategy", templates, "127.0.0.1", 0, 2),
                PreviewLog.SILENT);
        String theme = get("/assets/tradeoff.css").body();
        Path stylesheet = templates.resolve("assets/tradeoff.css");
        try (EventStream events = EventStream.open(client, server.uri().resolve("/__tradeoff/events"))) {
            assertThat(events.nextVersion()).isEqualTo(1);

            Files.createDirectories(stylesheet.getParent());
            Files.writeString(stylesheet, "body { color: red; }\n");
            awaitStylesheet(events, "body { color: red; }\n");
            Files.writeString(stylesheet, "body { color: blue; }\n");
            awaitStylesheet(events, "body { color: blue; }\n");

            deleteTree(project.resolve("src/tradeoff"));
            awaitStylesheet(events, theme);
            Files.createDirectories(stylesheet.getParent());
            Files.writeString(stylesheet, "body { color: green; }\n");
            awaitStylesheet(events, "body { color: green; }\n");
        }
    }

    @Test
    void aPortInUseIsToldBeforeTheSiteIsBuiltWithWhatToDo() {
        int taken = server.uri().getPort();
        List<String> secondLog = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> PreviewServer.start(
                new PreviewRequest(strategy, "src/strategy", null, "127.0.0.1", taken, 2), recordingInto(secondLog)))
                .isInstanceOf(BindException.class)
                .hasMessageContaining("port " + taken + " is taken")
                .hasMessageContaining("-Dtradeoff.port=");
        assertThat(secondLog).as("nothing built before the port was found taken").isEmpty();
        assertThat(log).anyMatch(line -> line.startsWith("INFO Built"));
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        HttpResponse<String> post = client.send(HttpRequest.newBuilder(server.uri())
                .POST(HttpRequest.BodyPublishers.ofString("x")).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(server.uri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void refusesRequestsForAnotherHostName() throws Exception {
        assertThat(statusLine("evil.example")).contains(" 403 ");
        assertThat(statusLine("localhost:" + server.uri().getPort())).contains(" 200 ");
    }

    @Test
    void closingStopsTheServer() {
        URI uri = server.uri();
        server.close();
        server.close();
        server = null;
        try {
            client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            throw new AssertionError("the server still answers");
        } catch (IOException | InterruptedException expected) {
            // connection refused (or reset): stopped
        }
    }

    /** Waits, one rebuild at a time, until the served stylesheet is {@code expected}. */
    private void awaitStylesheet(EventStream events, String expected) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String served = get("/assets/tradeoff.css").body();
        while (!served.equals(expected)) {
            assertThat(System.nanoTime()).as("the stylesheet served became " + expected).isLessThan(deadline);
            events.nextVersion();
            served = get("/assets/tradeoff.css").body();
        }
    }

    private static void writeStrategy(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("initiatives"));
        Files.writeString(folder.resolve("strategy.yaml"), STRATEGY);
        Files.writeString(folder.resolve("initiatives/shared-core.yaml"), PLATFORM);
        Files.writeString(folder.resolve("initiatives/checkout.yaml"), CHECKOUT);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    private String statusLine(String host) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(UTF_8));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8)).readLine();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(server.uri().resolve(path)).timeout(PATIENCE).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A Server-Sent Events stream read line by line on the client's threads; every wait is bounded. */
    private static final class EventStream implements AutoCloseable {

        private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> seen = new ArrayList<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;
        private final Thread reader;

        private EventStream(HttpClient client, URI uri) {
            response = client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofLines());
            // Its own thread: the stream blocks while it waits for lines, and must not hold a shared pool.
            reader = new Thread(() -> {
                try (Stream<String> body = response.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).body()) {
                    body.forEach(lines::add);
                } catch (Exception e) {
                    // closed, cancelled or timed out: nextVersion() reports the missing events
                }
            }, "event-stream-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static EventStream open(HttpClient client, URI uri) {
            return new EventStream(client, uri);
        }

        /** The version of the next {@code version} event. */
        long nextVersion() throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            boolean versionEvent = false;
            while (true) {
                long left = deadline - System.nanoTime();
                String line = lines.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (line == null) {
                    throw new AssertionError("no version event within " + PATIENCE);
                }
                seen.add(line);
                if (line.equals("event: version")) {
                    versionEvent = true;
                } else if (versionEvent && line.startsWith("data: ")) {
                    return Long.parseLong(line.substring("data: ".length()));
                }
            }
        }

        /** The lines read so far by {@link #nextVersion}. */
        List<String> seen() {
            return seen;
        }

        @Override
        public void close() {
            response.thenAccept(r -> r.body().close());
            response.cancel(true);
            reader.interrupt();
        }
    }
}
