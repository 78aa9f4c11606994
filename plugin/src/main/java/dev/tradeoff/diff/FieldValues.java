package dev.tradeoff.diff;

import dev.tradeoff.model.Benefit;
import dev.tradeoff.model.Enablement;
import dev.tradeoff.model.Initiative;
import dev.tradeoff.model.Money;
import dev.tradeoff.model.Plan;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.YamlName;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of an initiative and of the plan as JSON scalars, named as in the YAML, and the
 * fields that differ between two versions. Values are the loaded ones with SPEC.md defaults
 * applied (an omitted {@code start} is the plan start), so re-ordering keys or re-spelling
 * {@code 450k} as {@code 450000} is not a change. Money and numbers are {@link BigDecimal}s without
 * trailing zeros, quarters and enum values their YAML spelling, lists and maps one string in YAML
 * flow style; the user's own {@code x-} keys follow, each as its own field.
 */
final class FieldValues {

    private record Field<T>(String name, Function<T, Object> value) {
    }

    private static final List<Field<Initiative>> INITIATIVE = List.of(
            new Field<>("title", Initiative::title),
            new Field<>("kind", i -> name(i.kind())),
            new Field<>("owner", Initiative::owner),
            new Field<>("status", i -> name(i.status())),
            new Field<>("start", i -> quarter(i.start())),
            new Field<>("duration", Initiative::duration),
            new Field<>("effort", i -> number(i.effort())),
            new Field<>("oneOffCost", i -> money(i.oneOffCost())),
            new Field<>("runCost", i -> money(i.runCost())),
            new Field<>("benefits", i -> flow(i.benefits().stream().map(FieldValues::benefit).toList())),
            new Field<>("costOfDelay", i -> money(i.costOfDelay())),
            new Field<>("value", i -> number(i.value())),
            new Field<>("riskReduction", i -> number(i.riskReduction())),
            new Field<>("enables", i -> flow(i.enables().stream().map(FieldValues::enablement).toList())),
            new Field<>("keyResults", i -> flow(i.keyResults())),
            new Field<>("addresses", i -> flow(i.addresses())),
            new Field<>("summary", Initiative::summary),
            new Field<>("tags", i -> flow(i.tags())),
            new Field<>("links", i -> flow(i.links())));

    private static final List<Field<Plan>> PLAN = List.of(
            new Field<>("organization", Plan::organization),
            new Field<>("currency", Plan::currency),
            new Field<>("start", p -> quarter(p.start())),
            new Field<>("horizon", Plan::horizon),
            new Field<>("discountRate", p -> number(p.discountRate())),
            new Field<>("costPerPersonMonth", p -> money(p.costPerPersonMonth())),
            new Field<>("capacity", p -> number(p.capacity())),
            new Field<>("platformBand", p -> flow(List.of(number(p.platformBandLow()), number(p.platformBandHigh())))),
            new Field<>("matrixThreshold", p -> number(p.matrixThreshold())),
            new Field<>("focus", p -> number(p.focus())),
            new Field<>("signalWindow", Plan::signalWindow));

    private FieldValues() {
    }

    /** The fields of an initiative that differ, in YAML order, then its {@code x-} keys in the order written. */
    static List<FieldChange> changes(Initiative before, Initiative after) {
        return changes(INITIATIVE, before, after, before.extensions(), after.extensions());
    }

    /** The plan settings that differ, in the order of SPEC.md's table, then the {@code x-} keys. */
    static List<FieldChange> changes(Plan before, Plan after) {
        return changes(PLAN, before, after, before.extensions(), after.extensions());
    }

    private static <T> List<FieldChange> changes(List<Field<T>> fields, T before, T after,
            Map<String, Object> extensionsBefore, Map<String, Object> extensionsAfter) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<T> field : fields) {
            add(changes, field.name(), field.value().apply(before), field.value().apply(after));
        }
        Set<String> keys = new LinkedHashSet<>(extensionsBefore.keySet());
        keys.addAll(extensionsAfter.keySet());
        for (String key : keys) {
            add(changes, key, scalar(extensionsBefore.get(key)), scalar(extensionsAfter.get(key)));
        }
        return List.copyOf(changes);
    }

    private static void add(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String name(YamlName value) {
        return value == null ? null : value.yamlName();
    }

    private static String quarter(Quarter quarter) {
        return quarter == null ? null : quarter.toString();
    }

    private static BigDecimal money(Money money) {
        return money == null ? null : plain(money.value());
    }

    static BigDecimal number(double value) {
        return Double.isFinite(value) ? plain(BigDecimal.valueOf(value)) : null;
    }

    /** Without trailing zeros, so 450k, 450000 and 450000.0 are the same value. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Map<String, Object> benefit(Benefit benefit) {
        return ordered("type", name(benefit.type()), "amount", money(benefit.amount()), "ramp", benefit.ramp());
    }

    private static Map<String, Object> enablement(Enablement enablement) {
        return ordered("id", enablement.productId(), "speedup", number(enablement.speedup()));
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    /** A user value as a JSON scalar: strings, booleans and numbers as they are, anything else in flow style. */
    private static Object scalar(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigDecimal decimal) {
            return plain(decimal);
        }
        if (value instanceof java.math.BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Number number) {
            return number(number.doubleValue());
        }
        return flow(value);
    }

    /** YAML flow style: {@code [a, b]}, {@code {key: value}}; scalars as {@link #text}. */
    static String flow(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> e.getKey() + ": " + flow(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Iterable<?> list) {
            List<String> items = new ArrayList<>();
            list.forEach(item -> items.add(flow(item)));
            return items.stream().collect(Collectors.joining(", ", "[", "]"));
        }
        return text(value);
    }

    /** A scalar as text: numbers plain (no exponent), null as {@code null}. */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double d) {
            BigDecimal n = number(d);
            return n == null ? d.toString() : n.toPlainString();
        }
        if (value instanceof Float f) {
            return text(f.doubleValue());
        }
        return value.toString();
    }
}
