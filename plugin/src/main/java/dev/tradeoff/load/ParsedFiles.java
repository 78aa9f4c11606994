package dev.tradeoff.load;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the last load read from each file, kept so that the next load reads again only the files
 * whose bytes changed: the preview server loads the same folder after every edit, and an edit
 * usually touches one file of thousands; the diff loads the base after the head, and a pull
 * request changes a few files of thousands. A file is reused only when its bytes are exactly those
 * read last time and the reader's other inputs (such as the plan's start) are equal, so a reused
 * file gives the same value and the same problems as reading it again. One load at a time.
 */
public final class ParsedFiles {

    /** One file as last read: its bytes, the reader's other inputs, and what came of it. */
    private record Kept(byte[] bytes, Object inputs, FileRead<?> read) {

        boolean matches(byte[] otherBytes, Object otherInputs) {
            return Arrays.equals(bytes, otherBytes) && Objects.equals(inputs, otherInputs);
        }
    }

    private volatile Map<String, Kept> last = Map.of();
    private Map<String, Kept> current;
    private int reused;

    public ParsedFiles() {
    }

    /** How many files the last load took from here instead of parsing them again. */
    public synchronized int reusedByLastLoad() {
        return reused;
    }

    /** Starts a load: files read from now on are kept for the next one. */
    synchronized void begin() {
        current = new ConcurrentHashMap<>();
    }

    /**
     * What reading {@code path} gives: the kept result when {@code bytes} and {@code inputs} are those of
     * the last load, else {@code read}'s (then kept). Safe to call from several threads during a load.
     */
    @SuppressWarnings("unchecked")
    <T> FileRead<T> read(String path, byte[] bytes, Object inputs, Supplier<FileRead<T>> read) {
        Kept kept = last.get(path);
        if (kept == null || !kept.matches(bytes, inputs)) {
            kept = new Kept(bytes, inputs, read.get());
        }
        current.put(path, kept);
        return (FileRead<T>) kept.read();
    }

    /** Ends a load that read every file: its files become the ones the next load compares with. */
    synchronized void finish() {
        int same = 0;
        for (Map.Entry<String, Kept> file : current.entrySet()) {
            if (last.get(file.getKey()) == file.getValue()) {
                same++;
            }
        }
        reused = same;
        last = Map.copyOf(current);
        current = null;
    }
}
