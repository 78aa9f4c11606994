package dev.tradeoff.diff;

import dev.tradeoff.model.KeyResult;
import dev.tradeoff.model.Objective;
import dev.tradeoff.model.Page;
import dev.tradeoff.model.PageImage;
import dev.tradeoff.model.PlatformMetric;
import dev.tradeoff.model.Quarter;
import dev.tradeoff.model.Scale;
import dev.tradeoff.model.Signal;
import dev.tradeoff.model.Strategy;
import dev.tradeoff.model.Team;
import dev.tradeoff.model.YamlName;
import dev.tradeoff.view.NumberFormats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Compares the files of a strategy that are neither an initiative nor {@code strategy.yaml} (those
 * have comparisons of their own): {@code okrs/*.yaml}, {@code pages/*.md} and the images beside them, {@code platform.yaml},
 * {@code scale.yaml}, {@code signals.yaml} and {@code teams.yaml}. Many of their changes move no
 * figure (an objective's wording, a team's name, a page), and the diff would not show them at all.
 *
 * <p>They are compared by their loaded values, as an initiative's fields are: an edited comment,
 * re-ordered keys or {@code 0.10} re-spelt {@code 0.1} is no change of the strategy. So {@code x-}
 * keys count only where the model keeps them (an objective's).
 */
final class OtherFiles {

    /** A part of a loaded value that the reader can name: an objective's text, a team's people. */
    private record Part<T>(String name, Function<T, Object> value) {
    }

    private static final List<Part<Objective>> OBJECTIVE = List.of(
            new Part<>("objective text", Objective::objective),
            new Part<>("quarter", Objective::quarter),
            new Part<>("owner", Objective::owner));
    private static final List<Part<KeyResult>> KEY_RESULT = List.of(
            new Part<>("title", KeyResult::title),
            new Part<>("unit", KeyResult::unit),
            new Part<>("baseline", KeyResult::baseline),
            new Part<>("target", KeyResult::target),
            new Part<>("current", KeyResult::current));
    private static final List<Part<Page>> PAGE = List.of(
            new Part<>("title", Page::title),
            new Part<>("order", Page::order),
            new Part<>("text", Page::markdown));
    private static final List<Part<PlatformMetric>> PLATFORM_METRIC = List.of(
            new Part<>("kind", PlatformMetric::kind),
            new Part<>("unit", PlatformMetric::unit),
            new Part<>("better", PlatformMetric::better),
            new Part<>("target", PlatformMetric::target),
            new Part<>("values", PlatformMetric::values));
    private static final List<Part<Scale>> SCALE = List.of(
            new Part<>("metric", Scale::metric),
            new Part<>("unit", Scale::unit),
            new Part<>("capacity", Scale::capacity),
            new Part<>("headroom", Scale::headroom),
            new Part<>("values", Scale::values),
            new Part<>("growth", Scale::growth));
    private static final List<Part<Signal>> SIGNAL = List.of(
            new Part<>("unit", Signal::unit),
            new Part<>("better", Signal::better),
            new Part<>("threshold", Signal::threshold),
            new Part<>("values", Signal::values));
    private static final List<Part<Team>> TEAM = List.of(
            new Part<>("name", Team::name),
            new Part<>("type", Team::type),
            new Part<>("people", Team::people));

    private OtherFiles() {
    }

    /** Each of those files whose loaded content differs, in path order. */
    static List<FileChange> compare(Strategy before, Strategy after) {
        List<FileChange> files = new ArrayList<>();
        perFile("okrs/", ".yaml", byKey(before.objectives(), Objective::id), byKey(after.objectives(), Objective::id),
                OtherFiles::objective, files);
        perFile("pages/", ".md", byKey(before.pages(), Page::slug), byKey(after.pages(), Page::slug),
                (then, now) -> differing(PAGE, then, now), files);
        perFile("pages/", "", byKey(before.pageImages(), PageImage::path), byKey(after.pageImages(), PageImage::path),
                OtherFiles::image, files);
        add("platform.yaml", items("metric", byKey(before.platformMetrics(), PlatformMetric::metric),
                byKey(after.platformMetrics(), PlatformMetric::metric), PLATFORM_METRIC), files);
        add("scale.yaml", scale(before.scale(), after.scale()), files);
        add("signals.yaml", items("signal", byKey(before.signals(), OtherFiles::signal),
                byKey(after.signals(), OtherFiles::signal), SIGNAL), files);
        add("teams.yaml", items("team", byKey(before.teams(), Team::id), byKey(after.teams(), Team::id), TEAM),
                files);
        files.sort(Comparator.comparing(FileChange::path));
        return files;
    }

    private static List<String> objective(Objective before, Objective after) {
        List<String> changes = new ArrayList<>(differing(OBJECTIVE, before, after));
        changes.addAll(items("key result", byKey(before.keyResults(), KeyResult::id),
                byKey(after.keyResults(), KeyResult::id), KEY_RESULT));
        Set<String> keys = new LinkedHashSet<>(before.extensions().keySet());
        keys.addAll(after.extensions().keySet());
        for (String key : keys) {
            if (!Objects.equals(before.extensions().get(key), after.extensions().get(key))) {
                changes.add(key);
            }
        }
        return changes;
    }

    /** An image's bytes compared: "image changed, 12,345 → 13,002 bytes". */
    private static List<String> image(PageImage before, PageImage after) {
        return before.equals(after) ? List.of()
                : List.of("image changed, " + NumberFormats.count(before.size()) + " → " + NumberFormats.count(after.size())
                        + " bytes");
    }

    private static List<String> scale(Scale before, Scale after) {
        if (before == null || after == null) {
            return before == after ? List.of() : List.of(before == null ? "added" : "removed");
        }
        return differing(SCALE, before, after);
    }

    /** A series is known by its metric and indicator: "signal incidents (outages)". */
    private static String signal(Signal signal) {
        return signal.metric() + " (" + signal.indicator().yamlName() + ")";
    }

    /** One file per key ({@code okrs/<id>.yaml}): added, removed, or what differs in it. */
    private static <T> void perFile(String folder, String extension, Map<String, T> before, Map<String, T> after,
            BiFunction<T, T, List<String>> differ, List<FileChange> files) {
        Set<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            T then = before.get(key);
            T now = after.get(key);
            List<String> changes = then == null ? List.of("added")
                    : now == null ? List.of("removed")
                    : differ.apply(then, now);
            add(folder + key + extension, changes, files);
        }
    }

    private static void add(String path, List<String> changes, List<FileChange> files) {
        if (!changes.isEmpty()) {
            files.add(new FileChange(path, changes));
        }
    }

    /**
     * The names of the parts whose values differ, in the order given, each with its values when both
     * are short enough to read in a line: "people 13 → 18", "name 'Core' → 'Core platform'". A
     * reviewer approves numbers, not the names of fields; long text and series keep only the name.
     */
    private static <T> List<String> differing(List<Part<T>> parts, T before, T after) {
        List<String> names = new ArrayList<>();
        for (Part<T> part : parts) {
            Object then = part.value().apply(before);
            Object now = part.value().apply(after);
            if (!Objects.equals(then, now)) {
                String thenText = shortValue(then);
                String nowText = shortValue(now);
                names.add(thenText == null || nowText == null ? part.name() : part.name() + " " + thenText + " → " + nowText);
            }
        }
        return names;
    }

    /** Longer text than this is named, not quoted. */
    private static final int SHORT_TEXT = 40;

    /** A number, a quarter, a choice or a one-line text of at most {@link #SHORT_TEXT} characters as written; else null. */
    private static String shortValue(Object value) {
        if (value == null) {
            return "none";
        }
        if (value instanceof Number || value instanceof Quarter) {
            return FieldValues.text(value);
        }
        if (value instanceof YamlName choice) {
            return choice.yamlName();
        }
        if (value instanceof String text && text.length() <= SHORT_TEXT && text.lines().count() <= 1) {
            return "'" + text + "'";
        }
        return null;
    }

    /**
     * The items of a list, each known by its key: "team data added", "team core: name, people",
     * "team core removed", and "team order" when the same teams are written in another order (the
     * site lists them as written).
     */
    private static <T> List<String> items(String noun, Map<String, T> before, Map<String, T> after,
            List<Part<T>> parts) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, T> entry : after.entrySet()) {
            T then = before.get(entry.getKey());
            if (then == null) {
                changes.add(noun + " " + entry.getKey() + " added");
            } else {
                List<String> differ = differing(parts, then, entry.getValue());
                if (!differ.isEmpty()) {
                    changes.add(noun + " " + entry.getKey() + ": " + String.join(", ", differ));
                }
            }
        }
        for (String key : before.keySet()) {
            if (!after.containsKey(key)) {
                changes.add(noun + " " + key + " removed");
            }
        }
        List<String> orderBefore = before.keySet().stream().filter(after::containsKey).toList();
        List<String> orderAfter = after.keySet().stream().filter(before::containsKey).toList();
        if (!orderBefore.equals(orderAfter)) {
            changes.add(noun + " order");
        }
        return changes;
    }

    /** In the order written; a key written twice (two series of one metric) gets "#2". */
    private static <T> Map<String, T> byKey(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            String name = key.apply(item);
            for (int n = 2; map.containsKey(name); n++) {
                name = key.apply(item) + " #" + n;
            }
            map.put(name, item);
        }
        return map;
    }
}
