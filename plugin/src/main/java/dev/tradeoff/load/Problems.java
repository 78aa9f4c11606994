package dev.tradeoff.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found so far, across all files of the strategy folder, and the warnings: things
 * that are valid but probably not what was meant, which are told but do not stop a build.
 */
final class Problems {

    private final List<Problem> found = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    void add(String file, int line, int column, String message) {
        found.add(new Problem(file, line, column, message));
    }

    /** The problems and warnings of one file read on its own, in their order. */
    void addAll(FileRead<?> read) {
        found.addAll(read.problems());
        warnings.addAll(read.warnings());
    }

    /** A problem about a whole file. */
    void add(String file, String message) {
        add(file, 0, 0, message);
    }

    void add(String file, YamlNode at, String message) {
        add(file, at.line(), at.column(), message);
    }

    void warn(String file, YamlNode at, String message) {
        warn(file, at.line(), at.column(), message);
    }

    void warn(String file, int line, int column, String message) {
        warnings.add(new Problem(file, line, column, message));
    }

    /** How many so far: readers compare counts to tell whether their own file had problems. */
    int count() {
        return found.size();
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> all() {
        return List.copyOf(found);
    }

    List<Problem> warnings() {
        return List.copyOf(warnings);
    }
}
