package dev.tradeoff.view;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

/**
 * Money in the strategy's currency, always with the same fixed symbols and digit grouping whatever
 * the machine's locale: {@code $1,234,567} in full and {@code $1.23M} compact, to three
 * significant figures, so that sentences add up as a reader checks them: "$1.25M over five
 * quarters" beside "$250k a quarter" ("$1.3M" would not divide). Rounded half up, as finance rounds.
 * A currency without minor units (ISO 4217: JPY, KRW, …) is never written below one unit: ¥0.4 is
 * "¥0", not "¥0.40".
 */
public final class MoneyFormat {

    private static final Map<String, String> SYMBOLS = Map.of(
            "USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "CNY", "¥", "INR", "₹",
            "AUD", "A$", "CAD", "C$", "CHF", "CHF ");

    /**
     * What a per-unit amount is said against in a currency without minor units: "¥167 for each
     * ¥100", as "$1.67 for each $1" says it with cents, to the same three figures.
     */
    private static final int PER_WHOLE_UNITS = 100;

    private final String symbol;
    private final boolean wholeUnits;

    public MoneyFormat(String currency) {
        this.symbol = SYMBOLS.getOrDefault(currency, currency + " ");
        this.wholeUnits = hasNoMinorUnit(currency);
    }

    private MoneyFormat(String symbol, boolean wholeUnits) {
        this.symbol = symbol;
        this.wholeUnits = wholeUnits;
    }

    /** The format that writes {@code symbol} (as {@link #symbol()} gives it) with cents: for charts, which get the symbol. */
    public static MoneyFormat withSymbol(String symbol) {
        return new MoneyFormat(symbol, false);
    }

    /** The format that writes {@code symbol}, in whole units only when {@code wholeUnits} (as {@link #wholeUnits()} gives it). */
    public static MoneyFormat withSymbol(String symbol, boolean wholeUnits) {
        return new MoneyFormat(symbol, wholeUnits);
    }

    /**
     * Whether ISO 4217 gives {@code currency} no minor unit (JPY, KRW): false for a code Java does not
     * know, as the strategy's currency may be any code, and for one without a defined minor unit (XAU).
     */
    private static boolean hasNoMinorUnit(String currency) {
        try {
            return currency != null && Currency.getInstance(currency).getDefaultFractionDigits() == 0;
        } catch (IllegalArgumentException unknown) {
            return false;
        }
    }

    public String symbol() {
        return symbol;
    }

    /** Whether amounts are written in whole units only: a currency without minor units, such as JPY. */
    public boolean wholeUnits() {
        return wholeUnits;
    }

    /** Formats are equal when they write the same symbol to the same minor unit: they then write every amount alike. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MoneyFormat format && format.symbol.equals(symbol) && format.wholeUnits == wholeUnits;
    }

    @Override
    public int hashCode() {
        return symbol.hashCode() * 31 + Boolean.hashCode(wholeUnits);
    }

    /** Whole units with thousands separators: {@code $1,234,567}, {@code −$20,000}. */
    public String full(double amount) {
        if (!Double.isFinite(amount)) {
            return "—";
        }
        double magnitude = Math.abs(amount);
        if (magnitude < EXACT_WHOLE_LIMIT) {
            // Half up like the BigDecimal path below, and below 2^52 the same number: the fraction
            // x − floor(x) is exact, and a tie is exactly representable, so Double.toString keeps it.
            long whole = (long) Math.floor(magnitude);
            if (magnitude - whole >= 0.5) {
                whole++;
            }
            return sign(amount, whole == 0) + symbol + NumberFormats.grouped(Long.toString(whole));
        }
        BigDecimal rounded = BigDecimal.valueOf(magnitude).setScale(0, RoundingMode.HALF_UP);
        return sign(amount, rounded.signum() == 0) + symbol + NumberFormats.grouped(rounded.toPlainString());
    }

    /** Below this a double is rounded without BigDecimal: a view formats ten of them per initiative. */
    private static final double EXACT_WHOLE_LIMIT = 1e15;

    /** Two significant figures past the unit: {@code $1.2M}, {@code $450k}, {@code $2.10}. */
    public String compact(double amount) {
        if (!Double.isFinite(amount)) {
            return "—";
        }
        String body = compactBody(Math.abs(amount), wholeUnits);
        boolean negative = amount < 0 && !body.matches("0(\\.0+)?[kMBT]?");
        return (negative ? "−" : "") + symbol + body;
    }

    private static final String[] UNITS = {"", "k", "M", "B", "T"};

    private static final MathContext THREE_FIGURES = new MathContext(3, RoundingMode.HALF_UP);

    private static String compactBody(double abs, boolean wholeUnits) {
        int unit = unitOf(abs);
        String text = inUnit(abs, unit, wholeUnits);
        // Rounding may reach the next unit: 999,999 reads "$1M", not "$1000k".
        if (unit < UNITS.length - 1 && new BigDecimal(text).compareTo(BigDecimal.valueOf(1000)) >= 0) {
            unit++;
            text = inUnit(abs, unit, wholeUnits);
        }
        // Past a thousand trillion there is no larger unit: group the digits, $976,454T.
        return NumberFormats.grouped(text) + UNITS[unit];
    }

    /** The largest of {@link #UNITS} that {@code abs} is at least one of: 2 (M) for 1,250,000. */
    private static int unitOf(double abs) {
        int unit = 0;
        while (unit < UNITS.length - 1 && abs >= Math.pow(1000, unit + 1)) {
            unit++;
        }
        return unit;
    }

    private static String inUnit(double abs, int unit, boolean wholeUnits) {
        if (unit == 0) {
            // Below one unit, cents: a cost of delay of 0.01 is not "$0". A yen has no cents: "¥0".
            boolean cents = !wholeUnits && abs >= 0.005 && abs < 0.995;
            return BigDecimal.valueOf(abs).setScale(cents ? 2 : 0, RoundingMode.HALF_UP).toPlainString();
        }
        return scaled(abs / Math.pow(1000, unit));
    }

    /**
     * Two amounts in one unit and to the same decimals, as a table's before and after are read against
     * each other: {@code $11.96M} and {@code $9.99M}, where {@link #compact} writes {@code $12M} and
     * {@code $9.99M}, which differ by $2.01M beside a change of $1.97M. Each keeps at least three
     * significant figures, at most two decimals. Amounts ten times apart or more, or below a thousand,
     * are each written as {@link #compact} writes them.
     */
    public String[] compactAlike(double first, double second) {
        double larger = Math.max(Math.abs(first), Math.abs(second));
        double smaller = Math.min(Math.abs(first), Math.abs(second));
        if (!Double.isFinite(larger) || larger < 1000 || smaller < larger / 10) {
            return new String[] {compact(first), compact(second)};
        }
        int unit = unitOf(larger);
        double scale = Math.pow(1000, unit);
        int decimals = Math.min(2, Math.max(figuresDecimals(Math.abs(first) / scale), figuresDecimals(Math.abs(second) / scale)));
        BigDecimal[] rounded = {inUnit(first, scale, decimals), inUnit(second, scale, decimals)};
        // Rounded up into the next unit ("1000.0k"): the unit is wrong, so say each as compact does.
        for (BigDecimal amount : rounded) {
            if (unit < UNITS.length - 1 && amount.compareTo(BigDecimal.valueOf(1000)) >= 0) {
                return new String[] {compact(first), compact(second)};
            }
        }
        return new String[] {written(first, rounded[0], unit), written(second, rounded[1], unit)};
    }

    /** The decimals that give {@code value} three significant figures: 2 for 9.99, 1 for 11.96, 0 for 450. */
    private static int figuresDecimals(double value) {
        return value <= 0 ? 0 : Math.max(0, 2 - (int) Math.floor(Math.log10(value)));
    }

    /** {@code amount}'s size in a unit of {@code scale}, to {@code decimals}, rounded half up. */
    private static BigDecimal inUnit(double amount, double scale, int decimals) {
        return BigDecimal.valueOf(Math.abs(amount) / scale).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** {@code amount} as its {@code rounded} size in {@code unit}, with its sign and symbol. */
    private String written(double amount, BigDecimal rounded, int unit) {
        return sign(amount, rounded.signum() == 0) + symbol + NumberFormats.grouped(rounded.toPlainString()) + UNITS[unit];
    }

    /**
     * An amount with cents: {@code $2.10}; in whole units in a currency without minor units
     * ({@code ¥2}), and then with thousands separators.
     */
    public String cents(double amount) {
        if (!Double.isFinite(amount)) {
            return "—";
        }
        BigDecimal rounded = BigDecimal.valueOf(Math.abs(amount)).setScale(wholeUnits ? 0 : 2, RoundingMode.HALF_UP);
        // Whole yen run to thousands ("¥16,667 for each ¥100"); amounts with cents are written as they always were.
        String digits = wholeUnits ? NumberFormats.grouped(rounded.toPlainString()) : rounded.toPlainString();
        return sign(amount, rounded.signum() == 0) + symbol + digits;
    }

    /**
     * The amount of money said against: {@code $1}, or {@code ¥100} in a currency without minor
     * units, where "¥1.67 for each ¥1" would need the yen's non-existent cents.
     */
    public String perUnitBase() {
        return compact(wholeUnits ? PER_WHOLE_UNITS : 1);
    }

    /**
     * {@code ratio} units of money for each of {@link #perUnitBase()}: {@code $2.10} for 2.1 (for
     * each $1), {@code ¥210} (for each ¥100) in a currency without minor units.
     */
    public String perUnit(double ratio) {
        return cents(wholeUnits ? ratio * PER_WHOLE_UNITS : ratio);
    }

    /** The minus of a negative amount, unless it rounds to zero ("$0", never "−$0"). */
    private static String sign(double amount, boolean roundsToZero) {
        return amount < 0 && !roundsToZero ? "−" : "";
    }

    /**
     * Three significant figures ({@code 1.25}, {@code 45.5}, {@code 450}), trailing zeros dropped
     * ({@code 1.2}, {@code 12}); whole beyond a thousand of the largest unit ({@code 976,454}).
     */
    private static String scaled(double value) {
        BigDecimal exact = BigDecimal.valueOf(value);
        BigDecimal rounded = value < 100 ? exact.round(THREE_FIGURES) : exact.setScale(0, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? "0" : rounded.stripTrailingZeros().toPlainString();
    }
}
