package dev.tradeoff.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares an expected JSON tree with an actual one as a subset: every field of an expected
 * object must be in the actual object and match; fields the expected object leaves out are not
 * looked at. Arrays match element by element, in order and with the same length. Numbers agree
 * within 1e-9 relative or 1e-6 absolute; strings, booleans and nulls must be equal.
 * Each difference names its path, e.g. {@code $.initiatives[2].npv}.
 */
final class SubsetMatch {

    static final double RELATIVE = 1e-9;
    static final double ABSOLUTE = 1e-6;

    private final List<String> differences = new ArrayList<>();
    private int compared;

    private SubsetMatch() {
    }

    static SubsetMatch of(JsonNode expected, JsonNode actual) {
        SubsetMatch match = new SubsetMatch();
        match.compare("$", expected, actual);
        return match;
    }

    /** One line per difference: path, expected, actual. Empty when the actual tree holds the expected one. */
    List<String> differences() {
        return List.copyOf(differences);
    }

    /** How many leaves (numbers, strings, booleans, nulls, empty containers) were compared. */
    int compared() {
        return compared;
    }

    private void compare(String path, JsonNode expected, JsonNode actual) {
        if (actual == null || actual.isMissingNode()) {
            compared++;
            differences.add(path + ": expected " + expected + " but the field is absent");
            return;
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                differ(path, expected, actual);
                return;
            }
            if (expected.isEmpty()) {
                compared++;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()));
            }
        } else if (expected.isArray()) {
            if (!actual.isArray()) {
                differ(path, expected, actual);
                return;
            }
            if (expected.size() != actual.size()) {
                compared++;
                differences.add(path + ": expected " + expected.size() + " elements but got " + actual.size()
                        + " (actual " + abbreviate(actual) + ")");
                return;
            }
            if (expected.isEmpty()) {
                compared++;
            }
            for (int i = 0; i < expected.size(); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else if (expected.isNumber()) {
            compared++;
            if (!actual.isNumber() || !close(expected.doubleValue(), actual.doubleValue())) {
                differ(path, expected, actual);
            }
        } else {
            compared++;
            if (!expected.equals(actual)) {
                differ(path, expected, actual);
            }
        }
    }

    static boolean close(double expected, double actual) {
        double gap = Math.abs(expected - actual);
        return gap <= ABSOLUTE || gap <= RELATIVE * Math.max(Math.abs(expected), Math.abs(actual));
    }

    private void differ(String path, JsonNode expected, JsonNode actual) {
        differences.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
