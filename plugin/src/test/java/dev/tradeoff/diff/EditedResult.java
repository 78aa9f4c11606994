package dev.tradeoff.diff;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * A real comparison's {@link DiffResult} with some of its parts replaced: for figures no strategy
 * gives exactly, such as an NPV that moves by exactly half a cent's rounding limit.
 */
final class EditedResult {

    private EditedResult() {
    }

    /** {@code result} with the named components ({@code "totals"}, {@code "changed"}, …) replaced: name, value, name, value… */
    static DiffResult of(DiffResult result, Object... namesAndValues) throws Exception {
        RecordComponent[] components = DiffResult.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getAccessor().invoke(result);
        }
        for (int n = 0; n < namesAndValues.length; n += 2) {
            String name = (String) namesAndValues[n];
            int index = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("DiffResult has no " + name);
            }
            values[index] = namesAndValues[n + 1];
        }
        Constructor<DiffResult> constructor = DiffResult.class.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        return constructor.newInstance(values);
    }
}
