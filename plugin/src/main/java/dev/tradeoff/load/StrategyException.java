package dev.tradeoff.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The strategy folder is not valid: every problem found, sorted by file, line and column. */
public final class StrategyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public StrategyException(List<Problem> problems) {
        super(null, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a StrategyException needs at least one problem");
        }
        List<Problem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        this.problems = List.copyOf(sorted);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** All problems, one per line, each with its file behind {@code folderPrefix}. */
    public String format(String folderPrefix) {
        return problems.stream().map(p -> p.format(folderPrefix)).collect(Collectors.joining("\n"));
    }

    /** All problems, one per line, with files relative to the strategy folder. */
    @Override
    public String getMessage() {
        return format("");
    }
}
