package dev.tradeoff.mojo;

import dev.tradeoff.serve.PreviewLog;
import dev.tradeoff.serve.PreviewRequest;
import dev.tradeoff.serve.PreviewServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Serves the strategy site on {@code http://127.0.0.1:8080/} and keeps it current: every change in
 * the strategy folder or the template folder rebuilds the site (in memory; nothing is written) and
 * reloads the open pages. An edit that breaks the strategy shows its problems in the browser, as
 * {@code file:line:column: message}, until the file is fixed. Runs until Ctrl-C. Works outside a
 * Maven project too.
 */
@Mojo(name = "serve", requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractRenderingMojo {

    /** The port to listen on; 0 picks a free one (the address is shown, even with {@code mvn -q}). */
    @Parameter(property = "tradeoff.port", defaultValue = "8080")
    private int port;

    /**
     * The address to listen on. The default serves this machine only; {@code 0.0.0.0} would show
     * the strategy to the whole network.
     */
    @Parameter(property = "tradeoff.bind", defaultValue = "127.0.0.1")
    private String bind;

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        String label = displayPath(strategyDirectory.toPath());
        if (port < 0 || port > 65535) {
            throw new MojoFailureException("tradeoff.port must be from 0 to 65535 (0 picks a free port), not " + port);
        }
        if (!strategyDirectory.isDirectory()) {
            // Not the server's problem: said as a build says it, before anything is bound.
            throw new MojoFailureException("There is no strategy folder at " + label + "; set tradeoff.strategyDirectory"
                    + " to yours, or start one with tradeoff:init" + StrategyFolderHint.of(strategyDirectory.toPath(),
                            Path.of(""), this::asProperty).map(hint -> ". " + hint).orElse(""));
        }
        PreviewRequest request = new PreviewRequest(strategyDirectory.toPath(), label,
                templates(), bind, port, threads());
        PreviewServer server;
        try {
            server = PreviewServer.start(request, new MavenPreviewLog(getLog()));
        } catch (IOException e) {
            throw new MojoExecutionException("Could not start the preview server on " + bind + ":" + port + ": "
                    + e.getMessage(), e);
        }
        ServingAddress.show(label, server.uri(), server.address(), getLog(), System.out);

        CountDownLatch stopped = new CountDownLatch(1);
        Thread shutdown = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "tradeoff-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdown);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            server.close();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdown);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already: the hook is running or has run
            }
        }
        getLog().info("Stopped serving " + server.uri());
    }

    /** Maven's log as the server's log. */
    private record MavenPreviewLog(Log log) implements PreviewLog {
        @Override
        public void info(String message) {
            log.info(message);
        }

        @Override
        public void warn(String message) {
            log.warn(message);
        }
    }
}
