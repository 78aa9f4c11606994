package dev.tradeoff.load;

import java.util.BitSet;
import java.util.Locale;

/**
 * U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR are characters of a line to YAML 1.2, to editors
 * and to {@code grep -n}, but line breaks to the YAML 1.1 parser: a title pasted with one would not
 * parse unquoted, and every later problem of the file would be placed a line too low. So the parser
 * reads each as a stand-in, a private-use character that the file neither holds nor writes as an
 * escape, which it takes for text one column wide as an editor does; every key and value it reads
 * gets the separators back.
 */
final class LineSeparators {

    static final char LINE = '\u2028';
    static final char PARAGRAPH = '\u2029';
    private static final char FIRST_PRIVATE_USE = '\uE000';
    private static final char LAST_PRIVATE_USE = '\uF8FF';

    /** For a text without separators: nothing to stand in for. */
    private static final LineSeparators NONE = new LineSeparators('\0', '\0');

    private final char lineStandIn;
    private final char paragraphStandIn;

    private LineSeparators(char lineStandIn, char paragraphStandIn) {
        this.lineStandIn = lineStandIn;
        this.paragraphStandIn = paragraphStandIn;
    }

    /** The stand-ins for {@code text}; null when every private-use character is taken (a file made so). */
    static LineSeparators of(String text) {
        if (firstIn(text) < 0) {
            return NONE;
        }
        BitSet taken = takenPrivateUse(text);
        int line = taken.nextClearBit(0);
        int paragraph = taken.nextClearBit(line + 1);
        if (paragraph > LAST_PRIVATE_USE - FIRST_PRIVATE_USE) {
            return null;
        }
        return new LineSeparators((char) (FIRST_PRIVATE_USE + line), (char) (FIRST_PRIVATE_USE + paragraph));
    }

    /** Why {@code separator} cannot be read in a text {@link #of} has no stand-ins for. */
    static String unreadable(char separator) {
        return String.format(Locale.ROOT, "U+%04X (%s separator) cannot be read in a file that also holds every"
                + " private-use character (U+E000 to U+F8FF); remove one of them", (int) separator,
                separator == LINE ? "line" : "paragraph");
    }

    /** Index of the first separator in {@code text}, or -1. */
    static int firstIn(String text) {
        int line = text.indexOf(LINE);
        int paragraph = text.indexOf(PARAGRAPH);
        return line < 0 ? paragraph : paragraph < 0 ? line : Math.min(line, paragraph);
    }

    /** The text the parser reads: each separator as its stand-in (the same length, so every index holds). */
    String hide(String text) {
        return this == NONE ? text : text.replace(LINE, lineStandIn).replace(PARAGRAPH, paragraphStandIn);
    }

    /** {@code parsed}, a key, value or message from the parser, with its separators back. */
    String restore(String parsed) {
        if (this == NONE || parsed.indexOf(lineStandIn) < 0 && parsed.indexOf(paragraphStandIn) < 0) {
            return parsed;
        }
        return parsed.replace(lineStandIn, LINE).replace(paragraphStandIn, PARAGRAPH);
    }

    /**
     * The private-use characters (as offsets from U+E000) that {@code text} holds, or may make with a
     * double-quoted escape ({@code \uE000}, {@code \U0000E000}); escapes are looked for everywhere, which
     * at worst takes a few characters more than needed.
     */
    private static BitSet takenPrivateUse(String text) {
        BitSet taken = new BitSet();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_PRIVATE_USE && c <= LAST_PRIVATE_USE) {
                taken.set(c - FIRST_PRIVATE_USE);
            } else if (c == '\\' && i + 1 < text.length()) {
                int digits = text.charAt(i + 1) == 'u' ? 4 : text.charAt(i + 1) == 'U' ? 8 : 0;
                long escaped = hex(text, i + 2, digits);
                if (escaped >= FIRST_PRIVATE_USE && escaped <= LAST_PRIVATE_USE) {
                    taken.set((int) escaped - FIRST_PRIVATE_USE);
                }
            }
        }
        return taken;
    }

    /** The value of the {@code digits} hex digits at {@code from}, or -1 when they are not all there. */
    private static long hex(String text, int from, int digits) {
        if (digits == 0 || from + digits > text.length()) {
            return -1;
        }
        long value = 0;
        for (int i = from; i < from + digits; i++) {
            int digit = Character.digit(text.charAt(i), 16);
            if (digit < 0) {
                return -1;
            }
            value = value * 16 + digit;
        }
        return value;
    }
}
