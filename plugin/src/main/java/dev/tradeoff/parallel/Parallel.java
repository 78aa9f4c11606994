package dev.tradeoff.parallel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs independent tasks on a fixed number of threads, the calling thread being one of them: the
 * loader's file reads, the view's slices of initiatives, the renderer's files. Each thread takes
 * the next task not yet taken, so a few long tasks early in the list run while the other threads
 * work through the many short ones, and no thread sits idle while tasks remain. Tasks must not
 * depend on each other's order: each writes its own file or its own slot of a result. The first
 * task to fail stops the others from starting and its exception is rethrown.
 */
public final class Parallel {

    /** A task that may fail with an {@link IOException}. */
    @FunctionalInterface
    public interface Task<T> {
        void run(T item) throws IOException;
    }

    private final int threads;
    private final String name;

    /** Up to {@code threads} threads (at least one), the helpers named {@code tradeoff-<name>-<n>}. */
    public Parallel(int threads, String name) {
        this.threads = Math.max(1, threads);
        this.name = name;
    }

    public int threads() {
        return threads;
    }

    /** The threads a request for {@code requested} gets: that many, or one per core when it is 0 or less. */
    public static int threadsFor(int requested) {
        return requested > 0 ? requested : Runtime.getRuntime().availableProcessors();
    }

    public <T> void forEach(List<T> items, Task<T> task) throws IOException {
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
            Thread helper = new Thread(worker, "tradeoff-" + name + "-" + i);
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
        Throwable failed = failure.get();
        rethrow(failed instanceof InterruptedException ? new IOException(name + " was interrupted", failed) : failed);
    }

    /**
     * Throws a task's failure as the caller would have seen it: an {@link IOException} as itself (or
     * the one inside an {@link UncheckedIOException}), unchecked exceptions and errors as they are,
     * anything else wrapped in an {@code IOException}. Does nothing for null.
     */
    public static void rethrow(Throwable failure) throws IOException {
        if (failure == null) {
            return;
        }
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof UncheckedIOException unchecked) {
            throw unchecked.getCause();
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
