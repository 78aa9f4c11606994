package dev.tradeoff.render;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The components of records, found once per class, and the value at a path of components. */
final class RecordParts {

    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            RecordComponent[] components = type.getRecordComponents();
            if (components != null) {
                for (RecordComponent component : components) {
                    accessors.put(component.getName(), component.getAccessor());
                }
            }
            return Map.copyOf(accessors);
        }
    };

    /** What {@link #at} gives for a value it cannot read; callers count it as changed. */
    static final Object UNKNOWN = new Object();

    private RecordParts() {
    }

    static boolean isComponent(Class<?> type, String name) {
        return ACCESSORS.get(type).containsKey(name);
    }

    /**
     * The value at {@code path} below {@code root}: null when a record on the way is absent (the read
     * of that record tells), {@link #UNKNOWN} when it cannot be told (not a record, or not readable).
     */
    static Object at(Object root, List<String> path) {
        Object value = root;
        for (String name : path) {
            if (value == null) {
                return null;
            }
            Method accessor = ACCESSORS.get(value.getClass()).get(name);
            if (accessor == null) {
                return UNKNOWN;
            }
            try {
                value = accessor.invoke(value);
            } catch (ReflectiveOperationException | RuntimeException e) {
                return UNKNOWN;
            }
        }
        return value;
    }
}
