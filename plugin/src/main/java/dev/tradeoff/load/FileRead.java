package dev.tradeoff.load;

import java.util.List;

/**
 * What reading one file gave: its value (null when the file could not be read) and the problems
 * and warnings found in it, in the order found. Files are read on their own (often on another thread) and the
 * loader adds their problems to the rest in a fixed order, so the result never depends on timing.
 */
record FileRead<T>(T value, List<Problem> problems, List<Problem> warnings) {

    FileRead {
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
    }
}
