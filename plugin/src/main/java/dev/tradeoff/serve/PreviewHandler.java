package dev.tradeoff.serve;

import dev.tradeoff.view.HtmlEscape;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Answers every request: the site's files from the current snapshot (HTML with the reload script
 * added), the problem page in place of pages while the last build failed, and the server's own
 * {@code /__tradeoff/} paths: {@code reload.js}, {@code events} (Server-Sent Events: a
 * {@code server} event naming this server, one {@code version} event now and one after every
 * build) and {@code version} (plain text).
 */
final class PreviewHandler implements HttpHandler {

    static final String OWN = "/__tradeoff/";
    static final String EVENTS = OWN + "events";
    static final String VERSION = OWN + "version";

    /** How long an event stream stays silent before a comment checks that the browser is still there. */
    static final long KEEP_ALIVE_MILLIS = 15_000;

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final CurrentSite site;
    private final byte[] reloadScript = ReloadScript.source();
    /**
     * Which server this is, told first on each event stream: a page of a server since restarted,
     * whose versions count from 1 again, would otherwise see its own version and not reload.
     */
    private final String server = Long.toHexString(ThreadLocalRandom.current().nextLong());
    private final boolean loopbackOnly;

    PreviewHandler(CurrentSite site, InetAddress bound) {
        this.site = site;
        this.loopbackOnly = bound.isLoopbackAddress();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD\n".getBytes(UTF_8), head);
                return;
            }
            if (loopbackOnly && !isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
                // A page elsewhere that renamed its host to this address (DNS rebinding) gets nothing.
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden host\n".getBytes(UTF_8), head);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (path == null || path.isEmpty()) {
                path = "/";
            }
            if (path.equals(EVENTS)) {
                events(exchange);
            } else if (path.equals(ReloadScript.PATH)) {
                send(exchange, 200, ContentTypes.of(path), reloadScript, head);
            } else if (path.equals(VERSION)) {
                send(exchange, 200, "text/plain; charset=utf-8",
                        (site.get().version() + "\n").getBytes(UTF_8), head);
            } else {
                file(exchange, path, head);
            }
        }
    }

    private void file(HttpExchange exchange, String path, boolean head) throws IOException {
        Snapshot snapshot = site.get();
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        byte[] content = snapshot.files().get(relative);
        if (content == null && snapshot.files().containsKey(relative + "/index.html")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", "Moved\n".getBytes(UTF_8), head);
            return;
        }
        boolean page = ContentTypes.isHtml(relative) || content == null && !relative.contains(".");
        if (snapshot.isBroken() && (page || content == null)) {
            send(exchange, 500, "text/html; charset=utf-8", snapshot.problemPage().getBytes(UTF_8), head);
            return;
        }
        if (content == null) {
            send(exchange, 404, "text/html; charset=utf-8", notFound(path, snapshot.version()), head);
            return;
        }
        if (ContentTypes.isHtml(relative)) {
            content = ReloadScript.inject(content, snapshot.version());
        }
        send(exchange, 200, ContentTypes.of(relative), content, head);
    }

    private static byte[] notFound(String path, long version) {
        return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found</title>\n"
                + ReloadScript.tag(version) + "\n</head>\n<body>\n<h1>Not found</h1>\n<p><code>" + HtmlEscape.escape(path)
                + "</code> is not part of the site. <a href=\"/\">Back to the summary</a></p>\n</body>\n</html>\n")
                .getBytes(UTF_8);
    }

    /** Streams the build version as Server-Sent Events until the browser goes away or the server stops. */
    private void events(HttpExchange exchange) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "text/event-stream; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        Snapshot shown = site.get();
        try {
            out.write(("retry: 500\n\nevent: server\ndata: " + server + "\n\n").getBytes(UTF_8));
            version(out, shown.version());
            while (!site.isClosed()) {
                Snapshot now = site.awaitOtherThan(shown.version(), KEEP_ALIVE_MILLIS);
                if (site.isClosed()) {
                    break;
                }
                if (now.version() != shown.version()) {
                    shown = now;
                    version(out, now.version());
                } else {
                    out.write(": still here\n\n".getBytes(UTF_8));
                    out.flush();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The browser closed the page; nothing else to do.
        }
    }

    private static void version(OutputStream out, long version) throws IOException {
        out.write(("event: version\ndata: " + version + "\n\n").getBytes(UTF_8));
        out.flush();
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean head)
            throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        if (head) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private boolean isLoopbackHost(String host) {
        if (host == null) {
            return true; // HTTP/1.0 clients send none; only browsers matter here and they always do
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int close = name.indexOf(']');
            name = close < 0 ? name : name.substring(0, close + 1);
        } else {
            int colon = name.indexOf(':');
            name = colon < 0 ? name : name.substring(0, colon);
        }
        return LOOPBACK_NAMES.contains(name) || name.startsWith("127.");
    }
}
