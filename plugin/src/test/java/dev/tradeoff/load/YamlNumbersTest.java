package dev.tradeoff.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The character scans of {@link YamlNumbers} against the regular expressions they stand for. */
class YamlNumbersTest {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");

    @Property(tries = 20_000)
    void theScansAcceptExactlyWhatTheExpressionsMatch(@ForAll("numberish") String text) {
        assertThat(YamlNumbers.isPlainDecimal(text)).as("decimal %s", text).isEqualTo(DECIMAL.matcher(text).matches());
        assertThat(YamlNumbers.isDecimalInteger(text)).as("integer %s", text)
                .isEqualTo(INTEGER.matcher(text.trim()).matches());
    }

    /** Short strings of the characters numbers are made of, and a few that they are not. */
    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.eE+-_x ٣").ofMinLength(0).ofMaxLength(8);
    }

    @Test
    void integersBeyondFourHundredSignificantDigitsAreReadAsTenToTheFourHundred() {
        // Exact below the cap, leading zeros not counted; beyond it only "far too large" matters,
        // and converting a million digits exactly would take seconds.
        java.math.BigInteger cap = java.math.BigInteger.TEN.pow(YamlNumbers.MOST_DIGITS);
        assertThat(YamlNumbers.decimalInteger("9".repeat(400))).isEqualTo(cap.subtract(java.math.BigInteger.ONE));
        assertThat(YamlNumbers.decimalInteger("0".repeat(5000) + "12")).isEqualTo(12L);
        assertThat(YamlNumbers.decimalInteger("9".repeat(1_000_000))).isEqualTo(cap);
        assertThat(YamlNumbers.decimalInteger("-" + "9".repeat(1_000_000))).isEqualTo(cap.negate());
    }

    @Test
    void examples() {
        assertThat(YamlNumbers.isPlainDecimal("5.")).isTrue();
        assertThat(YamlNumbers.isPlainDecimal(".5")).isTrue();
        assertThat(YamlNumbers.isPlainDecimal("-1.5e+3")).isTrue();
        assertThat(YamlNumbers.isPlainDecimal(".")).isFalse();
        assertThat(YamlNumbers.isPlainDecimal("1e")).isFalse();
        assertThat(YamlNumbers.isPlainDecimal("1_000")).isFalse();
        assertThat(YamlNumbers.isPlainDecimal("٣")).as("an Arabic-Indic digit").isFalse();
        // Decimal whatever the leading zeros; a Long while it fits, else a BigInteger.
        assertThat(YamlNumbers.decimalInteger("012")).isEqualTo(12L);
        assertThat(YamlNumbers.decimalInteger("+012")).isEqualTo(12L);
        assertThat(YamlNumbers.decimalInteger("-0")).isEqualTo(0L);
        assertThat(YamlNumbers.decimalInteger("9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(YamlNumbers.decimalInteger("+00000000000000000000000012")).isEqualTo(12L);
        assertThat(YamlNumbers.decimalInteger("0".repeat(30))).as("only zeros, too long for a Long").isEqualTo(0L);
        assertThat(YamlNumbers.decimalInteger("9223372036854775808")).isEqualTo(new java.math.BigInteger("9223372036854775808"));
        assertThat(YamlNumbers.parseFloat("-.inf")).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(YamlNumbers.parseFloat(".NaN")).isNaN();
        assertThat(YamlNumbers.parseFloat("1_000.5")).isNull();
    }
}
