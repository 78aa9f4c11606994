package dev.tradeoff.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast whole-unit path of {@link MoneyFormat#full} writes what the exact decimal rounding writes. */
class MoneyFormatFullPropertiesTest {

    private final MoneyFormat usd = new MoneyFormat("USD");

    @Property(tries = 20_000)
    void sameTextAsDecimalRounding(@ForAll("amounts") double amount) {
        assertThat(usd.full(amount)).isEqualTo(byDecimalRounding(amount));
    }

    @Provide
    Arbitrary<Double> amounts() {
        Arbitrary<Double> halves = Arbitraries.longs().between(-2_000_000_000_000L, 2_000_000_000_000L)
                .map(n -> n + 0.5);
        Arbitrary<Double> nearHalves = Arbitraries.oneOf(halves.map(Math::nextUp), halves.map(Math::nextDown));
        return Arbitraries.oneOf(halves, nearHalves,
                Arbitraries.doubles().between(-1e15, 1e15),
                Arbitraries.doubles().between(-1000, 1000),
                Arbitraries.of(0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 0.49999999999999994, 999_999_999_999_999.9));
    }

    /** The formatting before the fast path: Java's shortest decimal, rounded half up. */
    private static String byDecimalRounding(double amount) {
        BigDecimal rounded = BigDecimal.valueOf(Math.abs(amount)).setScale(0, RoundingMode.HALF_UP);
        String digits = rounded.toPlainString();
        StringBuilder grouped = new StringBuilder();
        int first = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        grouped.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += 3) {
            grouped.append(',').append(digits, i, i + 3);
        }
        return (amount < 0 && rounded.signum() != 0 ? "\u2212" : "") + "$" + grouped;
    }
}
