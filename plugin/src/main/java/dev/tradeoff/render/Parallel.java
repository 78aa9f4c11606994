package dev.tradeoff.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent render tasks on a fixed number of threads, the calling thread being one of
 * them. Each thread takes the next task not yet taken, so a few long tasks early in the list run
 * while the other threads work through the many short ones, and no thread sits idle while tasks
 * remain. Tasks write different files, so the order they run in never shows in the output. The
 * first task to fail stops the others from starting and its exception is rethrown.
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

    int threads() {
        return threads;
    }

    <T> void forEach(List<T> items, Task<T> task) throws IOException {
        if (threads == 1 || items.size() < 2) {
            for (T item : items) {
                task.run(item);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            int index;
            while (failure.get() == null && (index = next.getAndIncrement()) < items.size()) {
                try {
                    task.run(items.get(index));
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> helpers = new ArrayList<>();
        for (int i = 1; i < Math.min(threads, items.size()); i++) {
            Thread helper = new Thread(worker, "tradeoff-render-" + i);
            helper.setDaemon(true);
            helper.start();
            helpers.add(helper);
        }
        worker.run();
        try {
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException e) {
            failure.compareAndSet(null, e);
            helpers.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
        }
        rethrow(failure.get());
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
        }
        if (failure instanceof InterruptedException interrupted) {
            throw new IOException("rendering was interrupted", interrupted);
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        throw new IOException(failure);
    }
}
