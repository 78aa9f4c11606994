package dev.tradeoff.mojo;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import org.apache.maven.plugin.logging.Log;

/**
 * The one line {@code tradeoff:serve} shows even with {@code mvn -q}: where the site is served.
 * Maven's quiet mode logs errors only, and with {@code -Dtradeoff.port=0} nobody could learn the
 * port; so, like Hugo's "Web Server is available at", the line goes straight to the console when
 * the log would drop it. Everything else stays in the log, and quiet.
 */
final class ServingAddress {

    private ServingAddress() {
    }

    /**
     * Shows where the strategy in {@code label} is served: in the log at info, or on {@code console}
     * when that is off. Served beyond this machine ({@code bound} is not a loopback address), it warns
     * that anyone on the network can open it, as the strategy is usually not for everyone.
     */
    static void show(String label, URI uri, InetAddress bound, Log log, PrintStream console) {
        String line = "Serving the strategy in " + label + " at " + uri + " (Ctrl-C to stop)";
        if (log.isInfoEnabled()) {
            log.info(line);
        } else {
            console.println(line);
        }
        if (!bound.isLoopbackAddress()) {
            log.warn("The preview listens on " + bound.getHostAddress() + ", so anyone who can reach this machine"
                    + " can open it; the default, -Dtradeoff.bind=127.0.0.1, keeps it to this machine.");
        }
    }
}
