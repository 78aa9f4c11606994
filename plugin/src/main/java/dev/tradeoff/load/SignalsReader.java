package dev.tradeoff.load;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.Indicator;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Signal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** {@code signals.yaml}: the metric series behind the platform-need indicators, in the order written. */
final class SignalsReader {

    static final String EXPECTED = "a 'signals' list";

    private static final List<String> KEYS = List.of("signals");
    private static final List<String> SIGNAL_KEYS = List.of("indicator", "metric", "unit", "better", "threshold", "values");

    private SignalsReader() {
    }

    /** The signals, or null when signals.yaml has problems. */
    static List<Signal> read(YamlMapping root, NodeReader reader) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS, Map.of("signals", SIGNAL_KEYS));
        YamlNode listNode = fields.required("signals");
        List<YamlNode> items = listNode == null ? null : reader.list(listNode, "signals");
        List<Signal> signals = new ArrayList<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            YamlMapping entry = reader.mapping(item, "signals");
            if (entry == null) {
                continue;
            }
            Fields signal = reader.fields(entry, "signal", SIGNAL_KEYS);
            Indicator indicator = signal.requiredChoice("indicator", Indicator.class);
            String metric = signal.requiredText("metric");
            String unit = signal.text("unit");
            Better better = signal.requiredChoice("better", Better.class);
            Double threshold = signal.number("threshold", NumberRange.ANY);
            YamlNode valuesNode = signal.required("values");
            NavigableMap<Quarter, Double> values = valuesNode == null ? null
                    : reader.quarterValues(valuesNode, "values", NumberRange.ANY, 2);
            if (indicator != null && metric != null && better != null && values != null) {
                signals.add(new Signal(indicator, metric, unit, better, threshold, values));
            }
        }
        return reader.problemCount() == before ? signals : null;
    }
}
