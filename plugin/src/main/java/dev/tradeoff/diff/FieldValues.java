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

/**
 * The fields of an initiative and of the plan as JSON scalars, named as in the YAML, and the
 * fields that differ between two versions. Values are the loaded ones with SPEC.md defaults
 * applied (an omitted {@code start} is the plan start), so re-ordering keys or re-spelling
 * {@code 450k} as {@code 450000} is not a change. Money and numbers are {@link BigDecimal}s without
 * trailing zeros, quarters and enum values their YAML spelling, lists and maps one string in YAML
 * flow style; the user's own {@code x-} keys follow, each as its own field.
 */
final class FieldValues {

    /**
     * A field: its loaded value, and that value as a JSON scalar. Equal loaded values (records,
     * lists and numbers compare by value) have equal scalars, so only unequal ones are converted:
     * most fields of a changed initiative are as they were.
     */
    private record Field<T, V>(String name, Function<T, V> loaded, Function<V, Object> scalar) {

        static <T, V> Field<T, V> of(String name, Function<T, V> loaded, Function<V, Object> scalar) {
            return new Field<>(name, loaded, scalar);
        }

        /** A field whose loaded value is its scalar already. */
        static <T> Field<T, Object> plain(String name, Function<T, Object> loaded) {
            return new Field<>(name, loaded, value -> value);
        }

        void compare(T before, T after, List<FieldChange> changes) {
            V then = loaded.apply(before);
            V now = loaded.apply(after);
            if (!Objects.equals(then, now)) {
                add(changes, name, scalar.apply(then), scalar.apply(now));
            }
        }
    }

    private static final List<Field<Initiative, ?>> INITIATIVE = List.of(
            Field.plain("title", Initiative::title),
            Field.of("kind", Initiative::kind, FieldValues::name),
            Field.plain("owner", Initiative::owner),
            Field.of("status", Initiative::status, FieldValues::name),
            Field.of("start", Initiative::start, FieldValues::quarter),
            Field.plain("duration", Initiative::duration),
            Field.of("effort", Initiative::effort, FieldValues::number),
            Field.of("oneOffCost", Initiative::oneOffCost, FieldValues::money),
            Field.of("runCost", Initiative::runCost, FieldValues::money),
            Field.of("benefits", Initiative::benefits, b -> flow(b.stream().map(FieldValues::benefit).toList())),
            Field.of("costOfDelay", Initiative::costOfDelay, FieldValues::money),
            Field.of("value", Initiative::value, FieldValues::number),
            Field.of("riskReduction", Initiative::riskReduction, FieldValues::number),
            Field.of("enables", Initiative::enables, e -> flow(e.stream().map(FieldValues::enablement).toList())),
            Field.of("keyResults", Initiative::keyResults, FieldValues::flow),
            Field.of("addresses", Initiative::addresses, FieldValues::flow),
            Field.plain("summary", Initiative::summary),
            Field.of("tags", Initiative::tags, FieldValues::flow),
            Field.of("links", Initiative::links, FieldValues::flow));

    private static final List<Field<Plan, ?>> PLAN = List.of(
            Field.plain("organization", Plan::organization),
            Field.plain("currency", Plan::currency),
            Field.of("start", Plan::start, FieldValues::quarter),
            Field.plain("horizon", Plan::horizon),
            Field.of("discountRate", Plan::discountRate, FieldValues::number),
            Field.of("costPerPersonMonth", Plan::costPerPersonMonth, FieldValues::money),
            Field.of("capacity", Plan::capacity, FieldValues::number),
            Field.of("platformBand", p -> List.of(p.platformBandLow(), p.platformBandHigh()),
                    band -> flow(band.stream().map(FieldValues::number).toList())),
            Field.of("matrixThreshold", Plan::matrixThreshold, FieldValues::number),
            Field.of("focus", Plan::focus, FieldValues::number),
            Field.plain("signalWindow", Plan::signalWindow));

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

    private static <T> List<FieldChange> changes(List<Field<T, ?>> fields, T before, T after,
            Map<String, Object> extensionsBefore, Map<String, Object> extensionsAfter) {
        List<FieldChange> changes = new ArrayList<>();
        for (Field<T, ?> field : fields) {
            field.compare(before, after, changes);
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
        if (!(value instanceof Map<?, ?>) && !(value instanceof Iterable<?>)) {
            return text(value);
        }
        StringBuilder out = new StringBuilder();
        flow(value, out);
        return out.toString();
    }

    /** Written into one builder: a diff of 10,000 initiatives writes each one's lists twice. */
    private static void flow(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(entry.getKey()).append(": ");
                flow(entry.getValue(), out);
                separator = ", ";
            }
            out.append('}');
        } else if (value instanceof Iterable<?> list) {
            out.append('[');
            String separator = "";
            for (Object item : list) {
                out.append(separator);
                flow(item, out);
                separator = ", ";
            }
            out.append(']');
        } else {
            out.append(text(value));
        }
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
