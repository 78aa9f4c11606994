package dev.tradeoff.load;

import dev.tradeoff.model.Better;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.PlatformMetricKind;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/** {@code platform.yaml}: the internal platform's own product metrics, in the order written. */
final class PlatformReader {

    static final String EXPECTED = "a 'metrics' list";

    private static final List<String> KEYS = List.of("metrics");
    private static final List<String> METRIC_KEYS = List.of("metric", "kind", "unit", "better", "target", "values");

    private PlatformReader() {
    }

    /** The metrics, or null when platform.yaml has problems. */
    static List<PlatformMetric> read(YamlMapping root, NodeReader reader) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS, Map.of("metrics", METRIC_KEYS));
        YamlNode listNode = fields.required("metrics");
        List<YamlNode> items = listNode == null ? null : reader.list(listNode, "metrics");
        List<PlatformMetric> metrics = new ArrayList<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            YamlMapping entry = reader.mapping(item, "metrics");
            if (entry == null) {
                continue;
            }
            Fields metric = reader.fields(entry, "metric", METRIC_KEYS);
            String name = metric.requiredText("metric");
            PlatformMetricKind kind = metric.requiredChoice("kind", PlatformMetricKind.class);
            String unit = metric.text("unit");
            Better better = metric.requiredChoice("better", Better.class);
            Double target = metric.number("target", NumberRange.ANY);
            YamlNode valuesNode = metric.required("values");
            NavigableMap<Quarter, Double> values = valuesNode == null ? null
                    : reader.quarterValues(valuesNode, "values", NumberRange.ANY, 1);
            if (name != null && kind != null && better != null && values != null) {
                metrics.add(new PlatformMetric(name, kind, unit, better, target, values));
            }
        }
        return reader.problemCount() == before ? metrics : null;
    }
}
