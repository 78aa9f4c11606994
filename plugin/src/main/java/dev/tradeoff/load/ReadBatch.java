package dev.tradeoff.load;

import dev.tradeoff.parallel.Parallel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The file reads of one load, run together on a fixed number of threads (the calling thread being
 * one of them). Each read keeps its own problems; {@link #run} adds them to the load's problems in
 * the order the reads were added, however the threads interleaved. Every read runs, even after one
 * failed, so the failure rethrown is always that of the first failed read in order: the outcome
 * never depends on timing.
 */
final class ReadBatch {

    /** One file's read. */
    @FunctionalInterface
    interface Read<T> {
        FileRead<T> run() throws IOException;
    }

    /** A read added to the batch; its value is there once the batch has run. */
    static final class Pending<T> {
        private final Read<T> read;
        private FileRead<T> result;
        private Throwable failure;

        private Pending(Read<T> read) {
            this.read = read;
        }

        private void run() {
            try {
                result = read.run();
            } catch (Throwable e) {
                failure = e;
            }
        }

        /** The value read, null when the file could not be read. */
        T value() {
            return result.value();
        }
    }

    private final List<Pending<?>> reads = new ArrayList<>();

    <T> Pending<T> add(Read<T> read) {
        Pending<T> pending = new Pending<>(read);
        reads.add(pending);
        return pending;
    }

    /** Runs every read on up to {@code threads} threads, then adds their problems and warnings to {@code problems} in order. */
    void run(int threads, Problems problems) throws IOException {
        // A read keeps its own failure instead of throwing, so every read runs and the first
        // failure in file order is the one rethrown, whatever the threads' timing.
        new Parallel(threads, "load").forEach(reads, Pending::run);
        for (Pending<?> read : reads) {
            if (read.failure != null) {
                Parallel.rethrow(read.failure);
            }
        }
        for (Pending<?> read : reads) {
            problems.addAll(read.result);
        }
    }
}
