package dev.tradeoff.serve;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A live preview of a strategy site. {@link #start} builds the site into memory, starts an HTTP
 * server on the requested address and port, and watches the strategy and template folders; every
 * change is followed, within a few hundred milliseconds, by a rebuild and a reload of the open pages.
 * {@link #close()} stops all of it.
 *
 * <pre>{@code
 * try (PreviewServer server = PreviewServer.start(PreviewRequest.local(folder), log)) {
 *     System.out.println(server.uri());
 *     ...
 * }
 * }</pre>
 */
public final class PreviewServer implements AutoCloseable {

    private final HttpServer http;
    private final ExecutorService requests;
    private final CurrentSite site;
    private final Rebuilds rebuilds;
    private final FolderWatch watch;
    private final URI uri;

    private PreviewServer(HttpServer http, ExecutorService requests, CurrentSite site, Rebuilds rebuilds,
            FolderWatch watch, URI uri) {
        this.http = http;
        this.requests = requests;
        this.site = site;
        this.rebuilds = rebuilds;
        this.watch = watch;
        this.uri = uri;
    }

    /**
     * Builds the site once and starts serving it. A strategy with problems still starts the server,
     * which then shows them; a missing strategy folder, or an address that cannot be bound, does not.
     */
    public static PreviewServer start(PreviewRequest request, PreviewLog log) throws IOException {
        if (!Files.isDirectory(request.strategyDirectory())) {
            throw new IOException("There is no strategy folder at " + request.strategyDirectory()
                    + "; create one with `mvn tradeoff:init`");
        }
        InetAddress address = InetAddress.getByName(request.bindAddress());
        // Bound before the first build, which can take a while: a port in use is told at once.
        HttpServer http = bind(address, request.port());
        CurrentSite site;
        PreviewBuilder builder;
        AtomicLong versions = new AtomicLong();
        try {
            builder = new PreviewBuilder(request, log);
            site = new CurrentSite(builder.build(versions.incrementAndGet(), null));
        } catch (Throwable e) {
            http.stop(0);
            throw e;
        }
        ExecutorService requests = Executors.newCachedThreadPool(daemonThreads("tradeoff-serve-http-"));
        http.setExecutor(requests);
        http.createContext("/", new PreviewHandler(site, address));

        Rebuilds rebuilds = new Rebuilds(() -> site.publish(builder.build(versions.incrementAndGet(), site.get())));
        Thread rebuilder = daemonThreads("tradeoff-serve-build-").newThread(rebuilds);
        FolderWatch watch = FolderWatch.start(request.watchedFolders(), rebuilds::changed, log);
        rebuilder.start();
        http.start();
        URI uri = URI.create("http://" + hostForUrl(address) + ":"
                + http.getAddress().getPort() + "/");
        return new PreviewServer(http, requests, site, rebuilds, watch, uri);
    }

    private static HttpServer bind(InetAddress address, int port) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(address, port), 0);
        } catch (BindException e) {
            throw new BindException(e.getMessage() + ": port " + port + " is taken, perhaps by another"
                    + " tradeoff:serve; stop it, or choose another port with -Dtradeoff.port=8081"
                    + " (0 picks a free one)");
        }
    }

    /** Where the site is served, such as {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    /** The address the server listens on: a loopback one unless asked otherwise. */
    public InetAddress address() {
        return http.getAddress().getAddress();
    }

    /** The version of the site now served: 1 after the first build, one more after each rebuild. */
    public long version() {
        return site.get().version();
    }

    /** Whether the last build failed, so pages show its problems. */
    public boolean showsProblems() {
        return site.get().isBroken();
    }

    /** Stops watching, ends the event streams and stops the HTTP server. Safe to call more than once. */
    @Override
    public void close() {
        watch.close();
        rebuilds.close();
        site.close();
        http.stop(0);
        requests.shutdownNow();
    }

    private static String hostForUrl(InetAddress address) {
        if (address.isAnyLocalAddress()) {
            return "localhost";
        }
        String host = address.getHostAddress();
        int scope = host.indexOf('%');
        host = scope < 0 ? host : host.substring(0, scope);
        return host.contains(":") ? "[" + host + "]" : host;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
