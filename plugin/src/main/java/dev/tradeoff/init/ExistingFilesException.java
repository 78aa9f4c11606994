package dev.tradeoff.init;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** The starter was not written because the strategy folder holds these files already. */
public final class ExistingFilesException extends Exception {

    private static final long serialVersionUID = 1L;

    /** How many files the explanation names before it only counts the rest: a whole strategy may be there. */
    static final int NAMED = 10;

    private final transient Path folder;
    private final transient List<Path> files;

    public ExistingFilesException(Path folder, List<Path> files) {
        super("not writing beside " + files.size() + (files.size() == 1 ? " existing file" : " existing files"), null,
                false, false);
        this.folder = folder;
        this.files = List.copyOf(files);
    }

    /** The files that are in the way. */
    public List<Path> files() {
        return files;
    }

    /** What to tell the user, a line each, with paths as {@code shown} names them ("" for the current folder). */
    public String explanation(Function<Path, String> shown) {
        String named = shown.apply(folder);
        StringBuilder message = new StringBuilder("Not writing a starter strategy into ")
                .append(named.isEmpty() ? "." : named).append(": ").append(files.size()).append(files.size() == 1 ? " file is" : " files are")
                .append(" already there:");
        for (Path file : files.subList(0, Math.min(NAMED, files.size()))) {
            message.append(System.lineSeparator()).append("  ").append(shown.apply(file));
        }
        if (files.size() > NAMED) {
            message.append(System.lineSeparator()).append("  and ").append(files.size() - NAMED).append(" more");
        }
        return message.append(System.lineSeparator())
                .append("A starter goes into a new or empty folder: move them away, or pass")
                .append(" -Dtradeoff.strategyDirectory=<another folder>.").toString();
    }
}
