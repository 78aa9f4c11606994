package dev.tradeoff.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/** The strategy folder is not valid: every problem found, sorted by file, line and column. */
public final class StrategyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;
    private final List<Problem> warnings;

    public StrategyException(List<Problem> problems) {
        this(problems, List.of());
    }

    /**
     * {@code problems}, and the warnings found beside them: told with the problems, so that fixing
     * these does not bring up more to look at.
     */
    public StrategyException(List<Problem> problems, List<Problem> warnings) {
        super(null, null, false, false);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a StrategyException needs at least one problem");
        }
        this.problems = sorted(problems);
        this.warnings = sorted(warnings);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The warnings found while reading, in the problems' order; they do not fail a build. */
    public List<Problem> warnings() {
        return warnings;
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
