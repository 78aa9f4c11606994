package dev.tradeoff.init;

import java.nio.file.Path;
import java.util.List;

/** The starter was not written because these files exist already. */
public final class ExistingFilesException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Path> files;

    public ExistingFilesException(List<Path> files) {
        super("not replacing " + files.size() + (files.size() == 1 ? " existing file" : " existing files"), null,
                false, false);
        this.files = List.copyOf(files);
    }

    /** The files that are in the way. */
    public List<Path> files() {
        return files;
    }
}
