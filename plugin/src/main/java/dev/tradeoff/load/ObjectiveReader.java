package dev.tradeoff.load;

import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Quarter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code okrs/<objective-id>.yaml}: one objective with its key results. */
final class ObjectiveReader {

    static final String EXPECTED = "objective, quarter and keyResults";

    private static final List<String> KEYS = List.of("id", "objective", "quarter", "owner", "keyResults");
    private static final List<String> KEY_RESULT_KEYS = List.of("id", "title", "unit", "baseline", "target", "current");

    private ObjectiveReader() {
    }

    static ObjectiveDraft read(String id, YamlMapping root, NodeReader reader) {
        int before = reader.problemCount();
        Fields fields = reader.fields(root, null, KEYS, Map.of("keyResults", KEY_RESULT_KEYS));
        ExplicitId.check(fields, id, reader);
        String objective = fields.requiredText("objective");
        Quarter quarter = fields.requiredQuarter("quarter");
        String owner = fields.text("owner");
        YamlNode listNode = fields.required("keyResults");
        List<YamlNode> items = listNode == null ? null : reader.list(listNode, "keyResults");
        if (items != null && items.isEmpty()) {
            reader.problem(listNode, "keyResults: expected at least one key result, found " + listNode.found());
        }

        List<KeyResult> keyResults = new ArrayList<>();
        // Without a readable, non-empty list nothing is known about its ids: references into it are not judged.
        DefinedIds ids = new DefinedIds();
        if (items == null || items.isEmpty()) {
            ids.unreadable();
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (YamlNode item : items == null ? List.<YamlNode>of() : items) {
            YamlMapping entry = reader.mapping(item, "keyResults");
            if (entry == null) {
                ids.unread(item);
                continue;
            }
            Fields kr = reader.fields(entry, "key result", KEY_RESULT_KEYS);
            YamlNode idNode = kr.required("id");
            String krId = idNode == null ? null : reader.id(idNode, "id");
            String title = kr.requiredText("title");
            String unit = kr.text("unit");
            Double baseline = kr.requiredNumber("baseline", NumberRange.ANY);
            Double target = kr.requiredNumber("target", NumberRange.ANY);
            Double current = kr.requiredNumber("current", NumberRange.ANY);
            if (krId == null) {
                ids.unread(idNode);
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(krId, idNode.line());
            if (earlier != null) {
                reader.problem(idNode, "id: key result '" + krId + "' is already defined at line " + earlier);
                continue;
            }
            ids.add(krId);
            if (title != null && baseline != null && target != null && current != null) {
                keyResults.add(new KeyResult(krId, title, unit, baseline, target, current));
            }
        }
        Objective result = null;
        if (reader.problemCount() == before) {
            result = new Objective(id, objective, quarter, owner, keyResults, fields.extensions(), reader.file());
        }
        return new ObjectiveDraft(id, ids.known(), result);
    }
}
