package dev.tradeoff.load;

import dev.tradeoff.model.Money;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code strategy.yaml}: the organisation and the plan's settings, with the defaults of SPEC.md. */
final class PlanReader {

    static final String EXPECTED = "organization, start, costPerPersonMonth and capacity";

    private static final List<String> KEYS = List.of("organization", "currency", "start", "horizon",
            "discountRate", "costPerPersonMonth", "capacity", "platformBand", "matrixThreshold", "focus",
            "signalWindow");
    private static final int MAX_SIGNAL_WINDOW = 400;
    private static final double DEFAULT_BAND_LOW = 0.20;
    private static final double DEFAULT_BAND_HIGH = 0.30;

    private PlanReader() {
    }

    /** The plan, or null when strategy.yaml has problems (all reported). */
    static Plan read(YamlMapping root, NodeReader reader) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS);
        String organization = fields.requiredText("organization");
        String currency = currency(fields, reader);
        reader.expectCurrency(currency);
        Quarter start = fields.requiredQuarter("start");
        int horizon = fields.wholeNumber("horizon", 1, 80, 12);
        double discountRate = fields.number("discountRate", NumberRange.between(0, 1), 0.10);
        Money costPerPersonMonth = fields.requiredMoney("costPerPersonMonth");
        Double capacity = fields.requiredNumber("capacity", NumberRange.above(0));
        double[] band = platformBand(fields, reader);
        double matrixThreshold = fields.number("matrixThreshold", NumberRange.ANY, 5);
        double focus = fields.number("focus", NumberRange.between(0, 1), 0.8);
        int signalWindow = fields.wholeNumber("signalWindow", 2, MAX_SIGNAL_WINDOW, 4);
        if (reader.problemCount() > before) {
            return null;
        }
        return new Plan(organization, currency, start, horizon, discountRate, costPerPersonMonth, capacity,
                band[0], band[1], matrixThreshold, focus, signalWindow, fields.extensions());
    }

    private static String currency(Fields fields, NodeReader reader) {
        YamlNode node = fields.get("currency");
        if (node == null) {
            return "USD";
        }
        String code = reader.text(node, "currency");
        if (code == null) {
            return null;
        }
        Set<String> known = Currency.getAvailableCurrencies().stream()
                .map(Currency::getCurrencyCode)
                .collect(Collectors.toSet());
        if (!known.contains(code)) {
            String hint = Suggestions.didYouMean(code, known.stream().sorted().toList());
            reader.problem(node, "currency: expected an ISO 4217 currency code such as USD, EUR or GBP, found "
                    + node.found() + hint);
            return null;
        }
        return code;
    }

    /** {@code [low, high]} with 0 ≤ low ≤ high ≤ 1. */
    private static double[] platformBand(Fields fields, NodeReader reader) {
        double[] defaults = {DEFAULT_BAND_LOW, DEFAULT_BAND_HIGH};
        YamlNode node = fields.get("platformBand");
        if (node == null) {
            return defaults;
        }
        if (!(node instanceof YamlSequence band) || band.items().size() != 2) {
            String found = node instanceof YamlSequence list && !list.items().isEmpty()
                    ? "a list of " + list.items().size() + (list.items().size() == 1 ? " value" : " values")
                    : node.found();
            reader.problem(node, "platformBand: expected [low, high], two shares from 0 to 1 such as [0.2, 0.3], found " + found);
            return defaults;
        }
        Double low = reader.number(band.items().get(0), "platformBand low", NumberRange.between(0, 1));
        Double high = reader.number(band.items().get(1), "platformBand high", NumberRange.between(0, 1));
        if (low == null || high == null) {
            return defaults;
        }
        if (low > high) {
            reader.problem(node, "platformBand: low (" + NumberRange.show(low) + ") must not be above high ("
                    + NumberRange.show(high) + ")");
            return defaults;
        }
        return new double[] {low, high};
    }
}
