package dev.tradeoff.load;

import dev.tradeoff.model.Money;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.YamlName;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The keys of one mapping. Unknown keys are reported on creation (with the closest allowed key);
 * keys starting with {@code x-} are the user's own and kept as {@link #extensions()}. A key written
 * with no value ({@code owner:} or {@code owner: ~}) counts as not given.
 */
final class Fields {

    static final String EXTENSION_PREFIX = "x-";


    private final NodeReader reader;
    private final YamlMapping mapping;
    private final String what;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    /** Allowed keys offered as "did you mean": already reported, so not reported again as missing. */
    private final Set<String> suggested = new HashSet<>();

    /**
     * @param itemKeys the keys of the items of this mapping's lists, by list key, the item's first
     *                 key first: a key of an item written a level too high is told where it goes
     */
    Fields(NodeReader reader, YamlMapping mapping, String what, List<String> allowedKeys,
            Map<String, List<String>> itemKeys) {
        this.reader = reader;
        this.mapping = mapping;
        this.what = what;
        for (YamlMapping.Entry entry : mapping.entries()) {
            String key = entry.key();
            if (key.startsWith(EXTENSION_PREFIX)) {
                extensions.put(key, reader.extensionValue(entry.value(), key));
            } else if (!allowedKeys.contains(key)) {
                reader.problem(entry.line(), entry.column(), unknownKey(key, allowedKeys, itemKeys));
            }
        }
    }

    private String unknownKey(String key, List<String> allowedKeys, Map<String, List<String>> itemKeys) {
        for (Map.Entry<String, List<String>> list : itemKeys.entrySet()) {
            List<String> keys = list.getValue();
            // Not the first key: a top-level 'type' more likely means 'kind' than a benefit's type.
            if (keys.indexOf(key) > 0) {
                return "unknown key '" + key + "' here: it belongs to an item of '" + list.getKey()
                        + "' (indent it under a '- " + keys.get(0) + ": …' item of " + list.getKey() + ")";
            }
        }
        Optional<String> meant = Suggestions.closest(key, allowedKeys);
        if (meant.isPresent()) {
            suggested.add(meant.get());
            return "unknown key '" + key + "'" + HiddenCharacters.note(key) + " (did you mean '" + meant.get() + "'?)";
        }
        if (key.equals("<<")) {
            return "unknown key '<<': YAML merge keys are not supported; write the keys out";
        }
        // "unknown key 'x-jira' (... or a key of your own starting with x-)" is nonsense until a hidden character is named.
        return "unknown key '" + key + "'" + HiddenCharacters.note(key) + " (expected " + NodeReader.alternatives(allowedKeys)
                + ", or a key of your own starting with x-)";
    }

    /** The user's own {@code x-} keys, in the order written. */
    Map<String, Object> extensions() {
        return extensions;
    }

    /** Where this mapping starts: the place to report a missing key. */
    YamlMapping mapping() {
        return mapping;
    }

    /** The value of {@code key}, or null when it is absent or has no value. */
    YamlNode get(String key) {
        YamlNode node = mapping.get(key);
        return node == null || node.isNothing() ? null : node;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** The value of a key that must be there; null after reporting it missing. */
    YamlNode required(String key) {
        return required(key, "");
    }

    /** The same, with {@code hint} after the report: " (platform or product)". */
    private YamlNode required(String key, String hint) {
        YamlNode node = mapping.get(key);
        if (node == null && !suggested.contains(key)) {
            reader.problem(mapping, "missing required key '" + key + "'" + (what == null ? "" : " in this " + what) + hint);
        }
        return node;
    }

    String requiredText(String key) {
        YamlNode node = required(key);
        return node == null ? null : reader.nonBlankText(node, key);
    }

    /** Optional text: null when absent. */
    String text(String key) {
        YamlNode node = get(key);
        return node == null ? null : reader.text(node, key);
    }

    Double requiredNumber(String key, NumberRange range) {
        YamlNode node = required(key);
        return node == null ? null : reader.number(node, key, range);
    }

    /** Optional number: null when absent (or wrong, after reporting it). */
    Double number(String key, NumberRange range) {
        YamlNode node = get(key);
        return node == null ? null : reader.number(node, key, range);
    }

    double number(String key, NumberRange range, double otherwise) {
        Double value = number(key, range);
        return value == null ? otherwise : value;
    }

    Integer requiredWholeNumber(String key, int min, int max) {
        YamlNode node = required(key);
        return node == null ? null : reader.wholeNumber(node, key, min, max);
    }

    int wholeNumber(String key, int min, int max, int otherwise) {
        YamlNode node = get(key);
        Integer value = node == null ? null : reader.wholeNumber(node, key, min, max);
        return value == null ? otherwise : value;
    }

    Money requiredMoney(String key) {
        YamlNode node = required(key);
        return node == null ? null : reader.money(node, key);
    }

    /** Optional money: {@code otherwise} when absent (or wrong, after reporting it). */
    Money money(String key, Money otherwise) {
        YamlNode node = get(key);
        Money value = node == null ? null : reader.money(node, key);
        return value == null ? otherwise : value;
    }

    Quarter requiredQuarter(String key) {
        YamlNode node = required(key);
        return node == null ? null : reader.quarter(node, key);
    }

    /** A key that must name one of {@code type}'s values; missing, the report names them. */
    <E extends Enum<E> & YamlName> E requiredChoice(String key, Class<E> type) {
        YamlNode node = required(key, " (" + NodeReader.alternatives(YamlName.spellings(type)) + ")");
        return node == null ? null : reader.choice(node, key, type);
    }

    <E extends Enum<E> & YamlName> E choice(String key, Class<E> type, E otherwise) {
        YamlNode node = get(key);
        E value = node == null ? null : reader.choice(node, key, type);
        return value == null ? otherwise : value;
    }

    /** The items of a list key; empty when absent, null when not a list (after reporting it). */
    List<YamlNode> list(String key) {
        YamlNode node = get(key);
        return node == null ? List.of() : reader.list(node, key);
    }
}
