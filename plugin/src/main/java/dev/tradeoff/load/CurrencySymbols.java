package dev.tradeoff.load;

import java.util.Set;

/**
 * Whether the symbol an amount is written with ({@code "€450k"}) belongs to the strategy's currency.
 * SPEC.md lets any of {@code $ € £ ¥} start an amount and reads it in the plan's currency, so
 * {@code "€450k"} in a USD plan counts as 450k dollars: valid, but rarely what was meant.
 */
final class CurrencySymbols {

    /** The currencies written with a plain "$": dollars, and the pesos and real that use it too. */
    private static final Set<String> DOLLAR_SIGN = Set.of(
            "USD", "AUD", "CAD", "NZD", "HKD", "SGD", "TWD", "BSD", "BBD", "BZD", "BMD", "BND", "KYD", "XCD",
            "FJD", "GYD", "JMD", "LRD", "NAD", "SBD", "SRD", "TTD", "ZWL",
            "MXN", "ARS", "CLP", "COP", "CUP", "DOP", "UYU", "BRL");
    private static final Set<String> POUND_SIGN = Set.of("GBP", "EGP", "FKP", "GIP", "SHP");
    private static final Set<String> YEN_SIGN = Set.of("JPY", "CNY");

    private CurrencySymbols() {
    }

    /** True when {@code symbol} is written for {@code currency}, or is not a currency symbol at all. */
    static boolean fits(char symbol, String currency) {
        return switch (symbol) {
            case '$' -> DOLLAR_SIGN.contains(currency);
            case '€' -> currency.equals("EUR");
            case '£' -> POUND_SIGN.contains(currency);
            case '¥' -> YEN_SIGN.contains(currency);
            default -> true;
        };
    }
}
