package dev.tradeoff.mojo;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ServingAddressTest {

    private static final URI ADDRESS = URI.create("http://127.0.0.1:41234/");

    private final ByteArrayOutputStream consoleBytes = new ByteArrayOutputStream();
    private final PrintStream console = new PrintStream(consoleBytes, true, UTF_8);

    @Test
    void withMavenQuietTheAddressStillReachesTheConsole() {
        Recording log = new Recording(false);
        ServingAddress.show("src/strategy", ADDRESS, InetAddress.getLoopbackAddress(), log, console);
        assertThat(consoleBytes.toString(UTF_8)).isEqualTo(
                "Serving the strategy in src/strategy at http://127.0.0.1:41234/ (Ctrl-C to stop)" + System.lineSeparator());
        assertThat(log.infos).isEmpty();
    }

    @Test
    void otherwiseTheAddressIsLoggedOnceAndTheConsoleLeftAlone() {
        Recording log = new Recording(true);
        ServingAddress.show("src/strategy", ADDRESS, InetAddress.getLoopbackAddress(), log, console);
        assertThat(log.infos).containsExactly(
                "Serving the strategy in src/strategy at http://127.0.0.1:41234/ (Ctrl-C to stop)");
        assertThat(consoleBytes.size()).isZero();
        assertThat(log.warnings).isEmpty();
    }

    @Test
    void servedToTheWholeNetworkItWarnsThatAnyoneCanOpenIt() throws Exception {
        Recording log = new Recording(true);
        ServingAddress.show("src/strategy", URI.create("http://localhost:41234/"), InetAddress.getByName("0.0.0.0"), log,
                console);
        assertThat(log.warnings).containsExactly("The preview listens on 0.0.0.0, so anyone who can reach this machine"
                + " can open it; the default, -Dtradeoff.bind=127.0.0.1, keeps it to this machine.");
    }

    /** Maven's log at info level or, as with {@code -q}, above it; records what it is given at info. */
    private static final class Recording extends SystemStreamLog {
        private final boolean infoEnabled;
        private final List<String> infos = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Recording(boolean infoEnabled) {
            this.infoEnabled = infoEnabled;
        }

        @Override
        public boolean isInfoEnabled() {
            return infoEnabled;
        }

        @Override
        public void info(CharSequence content) {
            infos.add(content.toString());
        }

        @Override
        public void warn(CharSequence content) {
            warnings.add(content.toString());
        }
    }
}
