package dev.tradeoff.load;

import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import java.util.List;
import java.util.NavigableMap;

/** {@code scale.yaml}: load against capacity, for the scalability inflexion. */
final class ScaleReader {

    static final String EXPECTED = "metric, capacity and values";

    private static final List<String> KEYS = List.of("metric", "unit", "capacity", "headroom", "values", "growth");

    private ScaleReader() {
    }

    /** The scale, or null when scale.yaml has problems. */
    static Scale read(YamlMapping root, NodeReader reader) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS);
        String metric = fields.requiredText("metric");
        String unit = fields.text("unit");
        Double capacity = fields.requiredNumber("capacity", NumberRange.above(0));
        double headroom = fields.number("headroom", NumberRange.aboveUpTo(0, 1), 0.8);
        YamlNode valuesNode = fields.required("values");
        NavigableMap<Quarter, Double> values = valuesNode == null ? null
                : reader.quarterValues(valuesNode, "values", NumberRange.above(0), 2);
        // A quarterly rate of -100% or less would make the projected load zero or negative.
        Double growth = fields.number("growth", NumberRange.above(-1));
        if (reader.problemCount() > before) {
            return null;
        }
        return new Scale(metric, unit, capacity, headroom, values, growth);
    }
}
