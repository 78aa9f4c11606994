package dev.tradeoff.load;

import java.util.ArrayList;
import java.util.List;

/** Every problem found so far, across all files of the strategy folder. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(String file, int line, int column, String message) {
        found.add(new Problem(file, line, column, message));
    }

    /** Problems found elsewhere (in one file read on its own), in their order. */
    void addAll(List<Problem> problems) {
        found.addAll(problems);
    }

    /** A problem about a whole file. */
    void add(String file, String message) {
        add(file, 0, 0, message);
    }

    void add(String file, YamlNode at, String message) {
        add(file, at.line(), at.column(), message);
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
}
