package dev.tradeoff.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The code-point order of ids, against the code points compared one by one. */
class IdOrderTest {

    @Property(tries = 20_000)
    void ordersByCodePoint(@ForAll("idLike") String a, @ForAll("idLike") String b) {
        int expected = Integer.signum(Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray()));

        assertThat(Integer.signum(IdOrder.CODE_POINTS.compare(a, b))).as("%s vs %s", a, b).isEqualTo(expected);
    }

    /**
     * Short strings sharing prefixes, with characters on both sides of the surrogates: ASCII, U+E000
     * to U+FFFF (which UTF-16 order puts after every surrogate), pairs, and lone surrogates.
     */
    @Provide
    Arbitrary<String> idLike() {
        return Arbitraries.strings().withChars("ab-9\uE000\uFFFD\uD83D\uDE80\uDE00\uD800").ofMaxLength(6);
    }

    @Test
    void aCharacterAboveU10000SortsAfterTheLastOfTheBasicPlane() {
        assertThat(IdOrder.CODE_POINTS.compare("a\uD83D\uDE80", "a\uFFFD")).isPositive();
        assertThat("a\uD83D\uDE80".compareTo("a\uFFFD")).as("UTF-16 order, for contrast").isNegative();
        assertThat(IdOrder.CODE_POINTS.compare("ab", "abc")).isNegative();
        assertThat(IdOrder.CODE_POINTS.compare("x-1", "x-1")).isZero();
    }
}
