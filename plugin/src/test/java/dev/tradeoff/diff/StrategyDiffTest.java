package dev.tradeoff.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrategyDiffTest {

    @Test
    void sameLinesReadsCrLfAsLf() {
        assertThat(StrategyDiff.sameLines(bytes("a\r\nb\r\n"), bytes("a\nb\n"))).isTrue();
        assertThat(StrategyDiff.sameLines(bytes("a\r\nb"), bytes("a\nb\n"))).isFalse();
        assertThat(StrategyDiff.sameLines(bytes("a\rb"), bytes("a\nb"))).isFalse();
        // Only the CR right before an LF goes: "a\r\r\n" reads as "a\r\n", not as "a\n".
        assertThat(StrategyDiff.sameLines(bytes("a\r\r\n"), bytes("a\r\n"))).isFalse();
        assertThat(StrategyDiff.sameLines(bytes("\r"), bytes(""))).isFalse();
        assertThat(StrategyDiff.sameLines(bytes(""), bytes(""))).isTrue();
    }

    @Test
    void sameLinesAgreesWithTurningEveryCrLfIntoLf() {
        Random random = new Random(42);
        byte[] alphabet = bytes("\r\na");
        for (int n = 0; n < 20_000; n++) {
            byte[] a = randomBytes(random, alphabet);
            byte[] b = randomBytes(random, alphabet);
            assertThat(StrategyDiff.sameLines(a, b)).as("%s vs %s", Arrays.toString(a), Arrays.toString(b))
                    .isEqualTo(Arrays.equals(lf(a), lf(b)));
        }
    }

    private static byte[] randomBytes(Random random, byte[] alphabet) {
        byte[] bytes = new byte[random.nextInt(7)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = alphabet[random.nextInt(alphabet.length)];
        }
        return bytes;
    }

    /** The reference: a copy with every CR LF turned into LF. */
    private static byte[] lf(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < bytes.length; i++) {
            if (!(bytes[i] == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')) {
                out.write(bytes[i]);
            }
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
