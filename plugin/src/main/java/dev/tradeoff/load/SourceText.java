package dev.tradeoff.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The text of one file: at most 5 MB of UTF-8, with a leading byte-order mark dropped. */
final class SourceText {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private SourceText() {
    }

    /**
     * {@code file} of {@code source} read again and decoded as the loader did, for placing a warning
     * found after loading; null when it is gone or cannot be read now.
     */
    static String readAgain(StrategySource source, String file, Problems problems) {
        try {
            Optional<byte[]> bytes = source.read(file);
            return bytes.isEmpty() ? null : decode(file, bytes.get(), problems);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    /** The decoded text, or null after recording why the bytes are not acceptable text. */
    static String decode(String file, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(file, "file is larger than 5 MB, the limit for one file of the strategy");
            return null;
        }
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        // Decode ourselves, reporting (not replacing) bad bytes, so the user learns where they are.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            TextPosition at = TextPosition.of(out.flip(), Integer.MAX_VALUE);
            int bad = bytes[in.position()] & 0xFF;
            problems.add(file, at.line(), at.column(), String.format(Locale.ROOT,
                    "invalid UTF-8: byte 0x%02X is not part of a valid character; save the file as UTF-8", bad));
            return null;
        }
        return out.flip().toString();
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }
}
