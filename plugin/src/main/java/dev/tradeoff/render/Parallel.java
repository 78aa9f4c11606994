package dev.tradeoff.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;

/**
 * Runs independent render tasks on a fixed number of threads. Tasks write different files, so
 * the order they run in never shows in the output.
 */
final class Parallel {

    /** A render task that may fail with an {@link IOException}. */
    @FunctionalInterface
    interface Task<T> {
        void run(T item) throws IOException;
    }

    private final int threads;

    Parallel(int threads) {
        this.threads = Math.max(1, threads);
    }

    <T> void forEach(List<T> items, Task<T> task) throws IOException {
        if (threads == 1 || items.size() < 2) {
            for (T item : items) {
                task.run(item);
            }
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> items.parallelStream().forEach(item -> {
                try {
                    task.run(item);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("rendering was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        } finally {
            pool.shutdown();
        }
    }
}
