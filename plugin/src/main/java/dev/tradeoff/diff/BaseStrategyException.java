package dev.tradeoff.diff;

import dev.tradeoff.load.Problem;
import dev.tradeoff.load.StrategyException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The strategy at the base does not validate. It is the base's problem, not the change's: the
 * message names the base ({@code origin/main}, or the base folder) and each problem's file as it
 * is at the base ({@code origin/main:src/strategy/initiatives/x.yaml:3:7: ...}).
 */
public final class BaseStrategyException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String base;
    private final String filePrefix;
    private final transient List<Problem> problems;

    /**
     * @param base       the base as the user named it: a git ref or a folder
     * @param filePrefix what goes before each problem's file: {@code "origin/main:src/strategy/"}
     * @param cause      the loader's problems with the base
     */
    public BaseStrategyException(String base, String filePrefix, StrategyException cause) {
        super(null, cause, false, false);
        this.base = base;
        this.filePrefix = filePrefix;
        this.problems = cause.problems();
    }

    /** The base as the user named it. */
    public String base() {
        return base;
    }

    public String filePrefix() {
        return filePrefix;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** {@code The base strategy at origin/main has 2 problems:} followed by one problem per line. */
    public String format(String base, String filePrefix) {
        int count = problems.size();
        return "The base strategy at " + base + " has " + count + (count == 1 ? " problem:" : " problems:")
                + problems.stream().map(p -> "\n" + p.format(filePrefix)).collect(Collectors.joining());
    }

    @Override
    public String getMessage() {
        return format(base, filePrefix);
    }
}
